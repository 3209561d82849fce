package org.chancery.extract;

import org.chancery.mapping.Mappings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chancery.graph.Dip;
import org.chancery.mapping.Entry;
import org.chancery.mapping.Gazetteer;
import org.chancery.mapping.GazetteerMatch;
import org.chancery.mapping.Kind;
import org.chancery.mapping.KnownEntity;
import org.chancery.text.Folding;
import org.chancery.text.Token;

/**
 * Institutions the mappings do not know, defined by the text itself: an organisation's name
 * followed by its acronym in brackets ("Organisation pour la mise en valeur du fleuve Sénégal
 * (OMVS)", "Alliance of Small Island States (AOSIS)"). Later uses of the acronym in the document
 * name the same institution; the acronym gives the IRI, so other reports of it meet.
 */
public final class AcronymStage implements Stage {
    /** Function words, weekdays and phrase stops of words.ttl. */
    private final FunctionWords words;

    public AcronymStage(Mappings mappings) {
        this.words = FunctionWords.of(mappings);
        this.links = mappings.wordSet("NameLink");
        this.heads = mappings.wordSet("OrganisationHead");
    }

    /** Small words inside an organisation's name ("of the", "pour la"), words.ttl's NameLink. */
    private final Set<String> links;

    /** Words an organisation's name starts with, words.ttl's OrganisationHead. */
    private final Set<String> heads;
    private static final int MAX_NAME = 12;

    @Override
    public void process(DocumentReading r) {
        String text = r.document.text();
        for (Sentence s : r.sentences) {
            List<Token> t = s.tokens();
            for (int i = 1; i + 2 < t.size(); i++) {
                if (!t.get(i).text().equals("(") || !t.get(i + 2).text().equals(")")) continue;
                Token acr = t.get(i + 1);
                if (!acronym(acr.text()) || covered(r.mentions(s.index()), i + 1)) continue;
                int start = nameStart(t, i, r.mentions(s.index()), words);
                if (start < 0) continue;
                String name = s.surface(text, start, i);
                String iri = Dip.iri("institution", Folding.fold(acr.text()).replaceAll("[^a-z0-9]+", "-"));
                r.defined.putIfAbsent(iri, new KnownEntity(iri, Kind.INSTITUTION, Map.of(r.language == null ? "en" : r.language, name),
                        null, null, Set.of(), null, null, null));
                KnownEntity e = r.defined.get(iri);
                add(r, new Mention(Kind.INSTITUTION, s.index(), start, i + 3, s.surface(text, start, i + 3), e, null));
                r.noteKnown(iri, name, s.index());
            }
        }
        if (r.defined.isEmpty()) return;
        // Every later use of a defined name or acronym, matched as the mappings' names are.
        Gazetteer names = new Gazetteer();
        for (KnownEntity e : r.defined.values()) {
            String acr = acronymOf(r, e);
            if (acr != null) names.add(acr, new Entry(Kind.INSTITUTION, e, null, Gazetteer.exactKey(acr)));
            for (String label : e.prefLabels().values()) names.add(label, new Entry(Kind.INSTITUTION, e, null, null));
        }
        for (Sentence s : r.sentences) {
            for (GazetteerMatch g : names.findAll(s.tokens())) {
                boolean free = true;
                for (int i = g.start(); i < g.end(); i++) if (covered(r.mentions(s.index()), i)) free = false;
                if (!free) continue;
                KnownEntity e = g.entries().get(0).entity();
                String surface = s.surface(text, g.start(), g.end());
                add(r, new Mention(Kind.INSTITUTION, s.index(), g.start(), g.end(), surface, e, null));
                r.noteKnown(e.iri(), surface, s.index());
            }
        }
    }

    private static String acronymOf(DocumentReading r, KnownEntity e) {
        for (List<Mention> ms : r.mentions.values()) {
            for (Mention m : ms) {
                if (m.entity() == e && m.surface().endsWith(")")) {
                    String x = m.surface();
                    return x.substring(x.lastIndexOf('(') + 1, x.length() - 1).strip();
                }
            }
        }
        return null;
    }

    static boolean acronym(String x) {
        if (x.length() < 2 || x.length() > 8 || !Character.isUpperCase(x.charAt(0))) return false;
        int upper = 0;
        for (char c : x.toCharArray()) {
            if (Character.isUpperCase(c)) upper++;
            else if (!Character.isDigit(c) && !Character.isLowerCase(c)) return false;
        }
        return upper >= 2;
    }

    /** Back from the bracket to a capitalised organisation head, over the name's words; -1 when there is none. */
    private int nameStart(List<Token> t, int bracket, List<Mention> ms, FunctionWords words) {
        // English puts the head last: "Japan International Cooperation Agency (JICA)" — capitalised words back to the first.
        int k = bracket - 1, first = -1;
        boolean head = false;
        while (k >= 0 && bracket - k <= MAX_NAME) {
            Token w = t.get(k);
            if (inside(ms, k, Kind.INSTITUTION) || inside(ms, k, Kind.ROLE)) break;
            if (w.isWord() && w.isCapitalized() && NameSpan.couldBeName(w, words)) {
                first = k;
                head |= heads.contains(Folding.fold(w.text()));
            } else if (!(links.contains(w.norm()) && !w.norm().equals("the")) && !w.text().equals("-")) {
                break;
            }
            k--;
        }
        if (head && first >= 0) return first;
        for (k = bracket - 1; k >= 0 && bracket - k <= MAX_NAME; k--) {
            Token w = t.get(k);
            if (!w.isWord() && !w.isElision() && !w.text().equals("-")) return -1;
            if (inside(ms, k, Kind.INSTITUTION) || inside(ms, k, Kind.ROLE)) return -1; // a known name: not a new one
            if (w.isCapitalized() && heads.contains(Folding.fold(w.text()))) return k;
            if (!w.isCapitalized() && !links.contains(w.norm()) && w.isWord() && bracket - k > 8) return -1;
        }
        return -1;
    }

    private static boolean covered(List<Mention> ms, int i) {
        for (Mention m : ms) if (m.start() <= i && i < m.end()) return true;
        return false;
    }

    private static boolean inside(List<Mention> ms, int i, Kind kind) {
        for (Mention m : ms) if (m.start() <= i && i < m.end() && m.kind() == kind) return true;
        return false;
    }

    private static void add(DocumentReading r, Mention m) {
        List<Mention> list = new ArrayList<>(r.mentions(m.sentence()));
        // A defined name takes the place of the states and places inside it ("… du fleuve Sénégal").
        list.removeIf(x -> x.start() >= m.start() && x.end() <= m.end() && x.kind() != Kind.CUE);
        list.add(m);
        list.sort(Comparator.comparingInt(Mention::start));
        r.mentions.put(m.sentence(), list);
    }
}
