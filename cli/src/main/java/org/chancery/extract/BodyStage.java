package org.chancery.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chancery.graph.Dip;
import org.chancery.mapping.Kind;
import org.chancery.mapping.KnownEntity;
import org.chancery.mapping.Mappings;
import org.chancery.text.Folding;
import org.chancery.text.Token;

/**
 * Institutions the mappings do not list but the text names by a known pattern, so that every state's ministry and
 * every organisation's organs are found without an entry each:
 * <ul>
 * <li>a state's foreign ministry: "the Ministry of Foreign Affairs of the Republic of Senegal", "le ministère des
 * Affaires étrangères et des Sénégalais de l'extérieur de la République du Sénégal", "Egypt's Foreign Ministry", "the
 * Tajik Ministry of Foreign Affairs", "les ministères des Affaires étrangères du Mali et du Niger" — one node per state
 * (the mappings' entry where there is one, {@code mfa-xx} otherwise), so French and English reports meet;</li>
 * <li>an organ of a known organisation: "the ECOWAS Commission", "the Permanent Council of the OAS", "l'Assemblée
 * parlementaire du Conseil de l'Europe", "the IAEA Board of Governors" — one node per organisation and organ.</li>
 * </ul>
 * Only the entity is recorded (no mention replaces the names inside it, which the other stages read).
 */
public final class BodyStage implements Stage {
    private final Mappings mappings;
    /** Words of words.ttl: a ministry's head, its foreign-affairs topic (one entry "foreign affairs"), the links. */
    private final Set<String> ministryHeads;
    private final List<List<String>> foreignTopics = new ArrayList<>();
    private final List<List<String>> foreignBefore = new ArrayList<>();
    private final Set<String> links;
    private final Set<String> continuations;
    /** Organs: the folded words of each form, with its English and French names. */
    private final List<Organ> organs = new ArrayList<>();
    /** Foreign ministries the mappings list, by the state they act for. */
    private final Map<String, String> mfaByState = new HashMap<>();

    private record Organ(List<String> words, String en, String fr) {}

    public BodyStage(Mappings mappings) {
        this.mappings = mappings;
        this.ministryHeads = mappings.wordSet("MinistryHead");
        this.links = mappings.wordSet("MembershipLink");
        this.continuations = mappings.wordSet("MinistryContinuation");
        for (String w : mappings.words("ForeignAffairsTopic")) foreignTopics.add(Folding.foldedWords(w));
        for (String w : mappings.words("ForeignMinistryName")) foreignBefore.add(Folding.foldedWords(w));
        for (String w : mappings.words("OrganisationOrgan")) {
            String[] p = w.split("\\|");
            String en = p[0].strip(), fr = p.length > 1 ? p[1].strip() : en;
            organs.add(new Organ(Folding.foldedWords(en), en, fr));
            if (p.length > 1) organs.add(new Organ(Folding.foldedWords(fr), en, fr));
        }
        organs.sort((a, b) -> b.words.size() - a.words.size());
        for (KnownEntity e : mappings.entities()) if (e.ministryOf() != null) mfaByState.putIfAbsent(e.ministryOf(), e.iri());
    }

    @Override
    public void process(DocumentReading r) {
        for (Sentence s : r.sentences) {
            List<Token> t = s.tokens();
            List<Mention> ms = r.mentions(s.index());
            for (int i = 0; i < t.size(); i++) {
                ministry(r, s, t, ms, i);
                organ(r, s, t, ms, i);
            }
        }
    }

    // ---- foreign ministries

    private void ministry(DocumentReading r, Sentence s, List<Token> t, List<Mention> ms, int i) {
        int topicEnd;
        boolean head = ministryHeads.contains(t.get(i).norm());
        if (head) {
            // "Ministry of Foreign Affairs", "ministère des Affaires étrangères", "ministère sénégalais des Affaires étrangères"
            int j = i + 1;
            Mention demonym = null;
            Mention d = at(ms, j);
            if (d != null && d.kind() == Kind.DEMONYM) {
                demonym = d;
                j = d.end();
            }
            while (j < t.size() && links.contains(t.get(j).norm())) j++;
            topicEnd = phraseAt(t, j, foreignTopics);
            if (topicEnd < 0) return;
            List<String> states = new ArrayList<>();
            if (demonym != null) states.add(demonym.stateIri());
            Mention before = stateBefore(t, ms, i);
            if (before != null) states.add(before.stateIri());
            if (states.isEmpty()) states.addAll(statesAfter(t, ms, topicEnd));
            for (String st : states) if (st != null) foreignMinistry(r, s, st, i, topicEnd);
            return;
        }
        // "Foreign Ministry", "Foreign Office", "MFA" after the state: "Egypt's Foreign Ministry", "the Russian MFA"
        int end = phraseAt(t, i, foreignBefore);
        if (end < 0) return;
        Mention before = stateBefore(t, ms, i);
        if (before != null && before.stateIri() != null) foreignMinistry(r, s, before.stateIri(), i, end);
        else for (String st : statesAfter(t, ms, end)) foreignMinistry(r, s, st, i, end);
    }

    /** The state or demonym just before {@code i}: "Egypt's", "the Tajik", "Senegal". */
    private static Mention stateBefore(List<Token> t, List<Mention> ms, int i) {
        int k = i;
        if (k > 0 && (t.get(k - 1).norm().equals("s") || t.get(k - 1).text().equals("'s") || t.get(k - 1).text().equals("’s"))) k--;
        if (k > 0 && (t.get(k - 1).text().equals("'") || t.get(k - 1).text().equals("’"))) k--;
        for (Mention m : ms) if (m.end() == k && m.stateIri() != null) return m;
        return null;
    }

    /**
     * The states after a ministry's topic: "of the Republic of Senegal", "et des Sénégalais de l'extérieur de la
     * République du Sénégal", "of Uzbekistan and Belarus". Only across links and the words of a longer ministry name.
     */
    private List<String> statesAfter(List<Token> t, List<Mention> ms, int from) {
        List<String> out = new ArrayList<>();
        int k = from;
        // a longer name first: "and International Cooperation", "et des Sénégalais de l'extérieur"
        int limit = from < t.size() && continuations.contains(t.get(from).norm()) ? from + 10 : from + 3;
        while (k < t.size() && k <= limit) {
            Mention m = at(ms, k);
            boolean linked = k > from && (links.contains(t.get(k - 1).norm()) || t.get(k - 1).isElision());
            if (m != null && m.kind() == Kind.STATE && linked) break;
            if (m != null && m.kind() != Kind.DEMONYM && m.kind() != Kind.CUE) return out;
            String x = t.get(k).text();
            if (!t.get(k).isWord() && !t.get(k).isElision() && !x.equals("-")) return out;
            k = m != null ? m.end() : k + 1;
        }
        // "of Uzbekistan and (the Republic of) Belarus"
        while (k < t.size()) {
            Mention m = at(ms, k);
            if (m == null || m.kind() != Kind.STATE) break;
            out.add(m.stateIri());
            k = m.end();
            if (k >= t.size() || !(t.get(k).norm().equals("and") || t.get(k).norm().equals("et"))) break;
            k++;
            while (k < t.size() && (links.contains(t.get(k).norm()) || t.get(k).isElision())) k++;
        }
        return out;
    }

    private void foreignMinistry(DocumentReading r, Sentence s, String state, int start, int end) {
        String surface = s.surface(r.document.text(), start, end);
        String iri = mfaByState.get(state);
        if (iri == null) {
            KnownEntity st = mappings.entity(state);
            if (st == null) return;
            iri = Dip.iri("institution", "mfa-" + state.substring(state.lastIndexOf('/') + 1).toLowerCase());
            if (!r.defined.containsKey(iri)) {
                Map<String, String> labels = new LinkedHashMap<>();
                labels.put("en", "Ministry of Foreign Affairs of " + st.label("en"));
                labels.put("fr", "ministère des Affaires étrangères (" + st.label("fr") + ")");
                r.defined.put(iri, new KnownEntity(iri, Kind.INSTITUTION, labels, null, null, Set.of(), null, state, null));
            }
        }
        r.noteKnown(iri, surface, s.index());
    }

    // ---- organs of known organisations

    private void organ(DocumentReading r, Sentence s, List<Token> t, List<Mention> ms, int i) {
        for (Organ o : organs) {
            int end = Folding.phraseEnd(t, i, o.words);
            if (end < 0) continue;
            // "ECOWAS Commission", "the IAEA board of governors"
            Mention parent = null;
            for (Mention m : ms) if (m.end() == i && m.kind() == Kind.INSTITUTION) parent = m;
            // "the Permanent Council of the OAS", "l'Assemblée parlementaire du Conseil de l'Europe"; "the commission of …"
            // in lower case is a common noun
            if (parent == null && t.get(i).isCapitalized()) {
                int k = end;
                while (k < t.size() && k - end <= 2 && (links.contains(t.get(k).norm()) || t.get(k).isElision())) k++;
                if (k > end) for (Mention m : ms) if (m.start() == k && m.kind() == Kind.INSTITUTION) parent = m;
                if (parent != null) end = parent.end();
            }
            if (parent == null || parent.entity() == null) return;
            KnownEntity p = parent.entity();
            int start = Math.min(i, parent.start());
            String iri = Dip.iri("institution", Folding.fold(p.iri().substring(p.iri().lastIndexOf('/') + 1)) + "-"
                    + Folding.fold(o.en).replaceAll("[^a-z0-9]+", "-"));
            if (mappings.entity(iri) == null && !r.defined.containsKey(iri)) {
                Map<String, String> labels = new LinkedHashMap<>();
                labels.put("en", title(o.en) + " of the " + p.label("en"));
                labels.put("fr", capitalize(o.fr) + " (" + p.label("fr") + ")");
                r.defined.put(iri, new KnownEntity(iri, Kind.INSTITUTION, labels, null, null, Set.of(), p.iri(), null, null));
            }
            r.noteKnown(iri, s.surface(r.document.text(), start, end), s.index());
            return;
        }
    }

    /** The end of the first phrase of {@code phrases} that starts at {@code i}, or -1. */
    private static int phraseAt(List<Token> t, int i, List<List<String>> phrases) {
        for (List<String> p : phrases) {
            int end = Folding.phraseEnd(t, i, p);
            if (end >= 0) return end;
        }
        return -1;
    }

    private static Mention at(List<Mention> ms, int i) {
        for (Mention m : ms) if (m.start() == i && m.kind() != Kind.ROLE) return m;
        return null;
    }

    private static String capitalize(String x) {
        return x.isEmpty() ? x : Character.toUpperCase(x.charAt(0)) + x.substring(1);
    }

    private static String title(String x) {
        StringBuilder b = new StringBuilder();
        for (String w : x.split(" ")) {
            if (b.length() > 0) b.append(' ');
            b.append(w.length() <= 3 && b.length() > 0 ? w : capitalize(w));
        }
        return b.toString();
    }
}
