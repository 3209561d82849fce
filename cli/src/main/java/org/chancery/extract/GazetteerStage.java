package org.chancery.extract;

import java.util.ArrayList;
import java.util.List;
import org.chancery.mapping.Entry;
import org.chancery.mapping.Gazetteer;
import org.chancery.mapping.GazetteerMatch;
import org.chancery.mapping.Kind;
import org.chancery.text.Token;

/**
 * Finds the names the mappings know. Entities and cues take the leftmost-longest match; role
 * titles keep every match, nested ones too ("Président" inside "assistant du Président"), since a
 * name may follow the inner one.
 */
public final class GazetteerStage implements Stage {
    private final Gazetteer gazetteer;
    /** Function words, weekdays and phrase stops of words.ttl. */
    private final FunctionWords words;

    public GazetteerStage(Gazetteer gazetteer, FunctionWords words) {
        this(gazetteer, words, java.util.Set.of());
    }

    /** {@code inWords}: words after which a place name is where things happen, never a given name (words.ttl's InPlaceWord). */
    public GazetteerStage(Gazetteer gazetteer, FunctionWords words, java.util.Set<String> inWords) {
        this.words = words;
        this.gazetteer = gazetteer;
        this.inWords = inWords;
    }

    /** "in Samarkand Acting Foreign Minister X …": after "in", "dans", a place name before a capitalised word is the place. */
    private final java.util.Set<String> inWords;

    @Override
    public void process(DocumentReading r) {
        String text = r.document.text();
        for (Sentence s : r.sentences) {
            List<Mention> out = new ArrayList<>();
            int covered = 0;
            List<GazetteerMatch> matches = gazetteer.findAll(s.tokens());
            for (GazetteerMatch m : matches) {
                boolean located = m.start() > 0 && inWords.contains(s.tokens().get(m.start() - 1).norm());
                if (!located && givenName(m, s.tokens(), matches, words)) continue;
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
                        } else if (e.kind() == Kind.DEMONYM && e.entity() != null && e.entity().kind() == Kind.STATE) {
                            // "the Chilean government", "la partie chinoise", "les autorités maliennes": the state is named,
                            // though the adjective is no name of it.
                            r.noteNamed(e.entity().iri(), s.index());
                        }
                    }
                }
                if (nonRole) covered = m.end();
            }
            r.mentions.put(s.index(), out);
        }
    }

    /**
     * A one-word place name followed at once by an unknown capitalised word is a person's given
     * name, not the place: "Florence Parly", "Victoria Nuland", "Lima Ruiz"; not before a word that opens a title
     * ("Samarkand Acting Foreign Minister …").
     */
    static boolean givenName(GazetteerMatch m, List<Token> tokens, List<GazetteerMatch> all, FunctionWords words) {
        if (m.end() - m.start() != 1 || m.end() >= tokens.size()) return false;
        for (Entry e : m.entries()) if (e.kind() != Kind.PLACE) return false;
        Token here = tokens.get(m.start()), next = tokens.get(m.end());
        if (next.start() - here.end() != 1 || !next.isWord() || !next.isCapitalized() || next.isAllCaps()
                || next.text().length() < 2 || !NameSpan.couldBeName(next, words) || words.titleOpeners().contains(next.norm())) {
            return false;
        }
        for (GazetteerMatch o : all) if (o.start() == m.end()) return false;
        return true;
    }
}
