package org.chancery.extract;

import java.util.Map;
import java.util.Set;
import org.chancery.mapping.Kind;
import org.chancery.mapping.KnownEntity;
import org.chancery.mapping.Mappings;

/**
 * States that the document names together with a format or organisation they belong to (by the
 * mappings' member lists): "le C5+1 … des États-Unis" gives the United States as a member of C5+1.
 */
public final class MembershipStage implements Stage {
    private final Mappings mappings;

    public MembershipStage(Mappings mappings) {
        this.mappings = mappings;
    }

    @Override
    public void process(DocumentReading r) {
        for (Map.Entry<String, Evidenced<Set<String>>> e : r.known.entrySet()) {
            KnownEntity inst = mappings.entity(e.getKey());
            if (inst == null || inst.kind() != Kind.INSTITUTION || inst.members().isEmpty()) continue;
            for (String state : inst.members()) {
                if (r.known.containsKey(state) || demonymNamed(r, state)) {
                    r.memberships.add(new Evidenced<>(new String[] {state, inst.iri()}, e.getValue().sentence()));
                }
            }
        }
    }

    private static boolean demonymNamed(DocumentReading r, String state) {
        for (var list : r.mentions.values()) for (Mention m : list) if (m.kind() == Kind.DEMONYM && state.equals(m.stateIri())) return true;
        return false;
    }
}
