package org.chancery.extract;

import java.util.ArrayList;
import java.util.List;
import org.chancery.mapping.Entry;
import org.chancery.mapping.Gazetteer;
import org.chancery.mapping.GazetteerMatch;
import org.chancery.mapping.Kind;

/**
 * Finds the names the mappings know. Entities and cues take the leftmost-longest match; role
 * titles keep every match, nested ones too ("Président" inside "assistant du Président"), since a
 * name may follow the inner one.
 */
public final class GazetteerStage implements Stage {
    private final Gazetteer gazetteer;

    public GazetteerStage(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public void process(DocumentReading r) {
        String text = r.document.text();
        for (Sentence s : r.sentences) {
            List<Mention> out = new ArrayList<>();
            int covered = 0;
            for (GazetteerMatch m : gazetteer.findAll(s.tokens())) {
                String surface = s.surface(text, m.start(), m.end());
                boolean free = m.start() >= covered;
                boolean nonRole = false;
                for (Entry e : m.entries()) {
                    if (e.kind() == Kind.ROLE) {
                        out.add(new Mention(Kind.ROLE, s.index(), m.start(), m.end(), surface, e.entity(), null));
                    } else if (free) {
                        out.add(new Mention(e.kind(), s.index(), m.start(), m.end(), surface, e.entity(), e.cue()));
                        nonRole = true;
                        if (e.kind() == Kind.STATE || e.kind() == Kind.PLACE || e.kind() == Kind.INSTITUTION) {
                            r.noteKnown(e.entity().iri(), surface, s.index());
                        }
                    }
                }
                if (nonRole) covered = m.end();
            }
            r.mentions.put(s.index(), out);
        }
    }
}
