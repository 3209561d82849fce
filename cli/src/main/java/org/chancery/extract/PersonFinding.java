package org.chancery.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A person named in one document as holding a role: the forms of the name, titles, whom they act for. */
public final class PersonFinding {
    public final Set<String> names = new LinkedHashSet<>();
    public final List<Evidenced<String>> titles = new ArrayList<>();
    public final List<Evidenced<String>> represents = new ArrayList<>();
    /** Where a posted diplomat is accredited: a state or an institution ("Ambassador of A to B": B). */
    public final List<Evidenced<String>> accreditedTo = new ArrayList<>();
    /** Bodies they are a member of (dip:memberOf): the chair or secretariat named after their title ("Secretary-General
     *  of the OAS", "président en exercice de l'UA"), or a body whose head the text says they were elected or appointed. */
    public final List<Evidenced<String>> memberOf = new ArrayList<>();
    public final List<Integer> sentences = new ArrayList<>();
    /** The text calls them a visitor or a guest ("the visiting minister", "arrived in Dakar"): not of the host's state. */
    public boolean visitor;
    /** The rank of the role heading their first title (map:rank of roles.ttl: Minister, Official …), or null. */
    public String rank;

    public PersonFinding(String name, int sentence) {
        names.add(name);
        sentences.add(sentence);
    }

    /** The longest form: "Marcelo Rebelo de Sousa" rather than "M. Rebelo de Sousa" or "Rebelo de Sousa". */
    public String fullestName() {
        return names.stream().max(java.util.Comparator.comparingInt(String::length)).orElseThrow();
    }

    /** The first state they act for, by the mappings' kinds, or null (a body or nobody). */
    public String state(org.chancery.mapping.Mappings mappings) {
        for (Evidenced<String> e : represents) {
            org.chancery.mapping.KnownEntity k = mappings.entity(e.value());
            if (k != null && k.kind() == org.chancery.mapping.Kind.STATE) return e.value();
        }
        return null;
    }

    public void absorb(PersonFinding other) {
        names.addAll(other.names);
        titles.addAll(other.titles);
        represents.addAll(other.represents);
        accreditedTo.addAll(other.accreditedTo);
        memberOf.addAll(other.memberOf);
        sentences.addAll(other.sentences);
        visitor |= other.visitor;
        if (rank == null) rank = other.rank;
    }
}
