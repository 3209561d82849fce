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
import org.chancery.text.Ordinals;
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
 * parlementaire du Conseil de l'Europe", "the IAEA Board of Governors" — one node per organisation and organ;</li>
 * <li>any other body the text names by a capitalised head word of words.ttl's {@code BodyHead} with the words that make
 * it a name: "the Crisis and Support Centre", "the Department of Boundary and Ocean Affairs", "le Comité de pilotage de
 * la coopération", "la Direction de l'eau potable et de l'assainissement", "the Congress of the Republic" — one node
 * per name and state (see {@link #namedBody}).</li>
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

    /** words.ttl: heads of a body's name ("Commission", "Comité", "Centre"), words before which a name never goes on. */
    private final Set<String> bodyHeads;
    private final Set<String> bodyLinks;
    private final Set<String> bodyArticles;
    private final Set<String> ordinalSuffixes;
    private final FunctionWords words;
    /** Seats of power ("Presidential Secretariat") are places, read by SiteStage: never bodies. */
    private final List<List<String>> seats = new ArrayList<>();

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
        this.bodyHeads = mappings.wordSet("BodyHead");
        this.ordinalSuffixes = mappings.wordSet("OrdinalSuffix");
        this.bodyLinks = mappings.wordSet("BodyNameLink");
        this.bodyArticles = mappings.wordSet("BodyNameArticle");
        this.words = FunctionWords.of(mappings);
        for (String w : mappings.words("SeatOfPower")) for (String f : w.split("\\|")) seats.add(Folding.foldedWords(f.strip()));
    }

    @Override
    public void process(DocumentReading r) {
        String dominant = r.dominantState();
        for (Sentence s : r.sentences) {
            List<Token> t = s.tokens();
            List<Mention> ms = r.mentions(s.index());
            List<int[]> taken = new ArrayList<>(); // token spans named by a ministry or an organ
            for (int i = 0; i < t.size(); i++) {
                ministry(r, s, t, ms, i, taken);
                organ(r, s, t, ms, i, taken);
            }
            if (titleCase(t)) continue;
            for (int i = 1; i < t.size(); i++) {
                int end = namedBody(r, s, t, ms, i, dominant, taken);
                if (end > i) i = end - 1;
            }
        }
    }

    // ---- foreign ministries

    private void ministry(DocumentReading r, Sentence s, List<Token> t, List<Mention> ms, int i, List<int[]> taken) {
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
            for (String st : states) if (st != null) foreignMinistry(r, s, st, i, topicEnd, taken);
            return;
        }
        // "Foreign Ministry", "Foreign Office", "MFA" after the state: "Egypt's Foreign Ministry", "the Russian MFA"
        int end = phraseAt(t, i, foreignBefore);
        if (end < 0) return;
        Mention before = stateBefore(t, ms, i);
        if (before != null && before.stateIri() != null) foreignMinistry(r, s, before.stateIri(), i, end, taken);
        else for (String st : statesAfter(t, ms, end)) foreignMinistry(r, s, st, i, end, taken);
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

    private void foreignMinistry(DocumentReading r, Sentence s, String state, int start, int end, List<int[]> taken) {
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
        taken.add(new int[] {start, end});
    }

    // ---- organs of known organisations

    private void organ(DocumentReading r, Sentence s, List<Token> t, List<Mention> ms, int i, List<int[]> taken) {
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
            taken.add(new int[] {start, end});
            return;
        }
    }

    // ---- other bodies named by a head word

    /**
     * A body named around a capitalised head word at {@code i}: English puts the name's words before the head ("the
     * Crisis and Support Centre", "Maldives National Defence Force"), both languages put complements after it ("of
     * Boundary and Ocean Affairs", "de pilotage de la coopération", "d'État"), French adjectives too ("Commission mixte",
     * "Cabinet royal"). A head alone ("the Commission", "le Comité en question") points back to a body and is no name;
     * a name that runs on into a capitalised word ("Council of Ministers Meeting") is something else's name. The node is
     * keyed by the name and the state named inside it or, failing that, the state the document names most, so that
     * "the Council of Ministers" of two states are two bodies. Returns the name's end, or -1.
     */
    private int namedBody(DocumentReading r, Sentence s, List<Token> t, List<Mention> ms, int i, String dominant, List<int[]> taken) {
        Token head = t.get(i);
        if (!head.isWord() || !head.isCapitalized() || head.isAllCaps() || !bodyHeads.contains(head.norm())) return -1;
        // a head inside a title ("président du Conseil") is still a body's; inside a known name or a meeting word it is not,
        // unless a complement follows ("the Congress of the Republic")
        boolean cueHead = false;
        for (Mention m : ms) {
            if (m.start() > i || i >= m.end() || m.kind() == Kind.ROLE) continue;
            if (m.kind() != Kind.CUE) return -1;
            cueHead = true;
        }
        for (int[] x : taken) if (x[0] <= i && i < x[1]) return -1;
        // English: capitalised words (a state's name among them) back from the head, "and" between two of them
        int start = i;
        String state = null;
        for (int k = i - 1; k >= 1; k--) {
            Token w = t.get(k);
            Mention m = covering(ms, k);
            if (m != null && m.stateIri() != null && m.start() >= 1) {
                state = m.stateIri();
                start = m.start();
                k = m.start();
                // "the Nepal–India Joint Commission": a pair of states names a joint body
                if (k >= 2 && t.get(k - 1).text().matches("[-–—]")) {
                    Mention other = covering(ms, k - 2);
                    if (other != null && other.stateIri() != null && other.start() >= 1) {
                        start = other.start();
                        k = other.start();
                    }
                }
                continue;
            }
            if (m != null && m.kind() != Kind.CUE) break;
            if (w.isWord() && w.isCapitalized() && !w.isAllCaps() && NameSpan.couldBeName(w, words)) start = k;
            else if ((w.is("and") || w.is("et")) && k > 1 && t.get(k - 1).isCapitalized() && covering(ms, k - 1) == null) continue;
            else break;
        }
        if (start < i && !t.get(start).isCapitalized()) start++; // never begin on "and"
        // after the head: French adjectives, then complements "of the X", "de la X et de la Y"
        int end = i + 1;
        boolean french = "fr".equals(r.language);
        while (french && end < t.size() && end - i <= 2 && plainWord(t.get(end)) && !t.get(end).isCapitalized() && covering(ms, end) == null) end++;
        // an adjective stands before a complement, a comma or a name, never before an object: "le Conseil adoptera un …"
        if (end > i + 1 && end < t.size() && t.get(end).isWord() && !t.get(end).isCapitalized() && !bodyLinks.contains(t.get(end).norm())) end = i + 1;
        int coreEnd = end;
        int k = end;
        while (k < t.size() && bodyLinks.contains(t.get(k).norm())) {
            int j = k + 1;
            if (t.get(k).is("and") || t.get(k).is("et")) {
                // "et de soutien", "and Ocean Affairs": a second complement, never a second body ("et du Conseil des ministres")
                if (j < t.size() && bodyLinks.contains(t.get(j).norm()) && !t.get(j).is("and") && !t.get(j).is("et")) j++;
                else if (j >= t.size() || !t.get(j).isCapitalized()) break; // "le Conseil et assume …": a clause goes on
            }
            while (j < t.size() && bodyArticles.contains(t.get(j).norm())) j++;
            int w = j;
            while (w < t.size() && w - j < 3 && plainWord(t.get(w)) && (french || t.get(w).isCapitalized())) {
                Mention m = covering(ms, w);
                if (m != null && m.kind() != Kind.ROLE && m.kind() != Kind.CUE) break; // a title, a portfolio are words of a name
                if (w > j && bodyHeads.contains(t.get(w).norm()) && t.get(w).isCapitalized()) break;
                w++;
            }
            if (w == j) break;
            if (bodyHeads.contains(t.get(j).norm()) && t.get(j).isCapitalized()) break; // "et du Conseil des ministres": another body
            end = w;
            k = w;
        }
        if (start == i && end == i + 1) return -1;
        if (cueHead && end == i + 1) return -1;
        // the name as a format is called, with or without its complements: "la 13e session de la Haute Commission mixte"
        if (numbered(r, t, start, coreEnd - start > 1 ? coreEnd : end)) return -1;
        if (end < t.size() && t.get(end).isWord() && t.get(end).isCapitalized() && covering(ms, end) != null
                && covering(ms, end).kind() == Kind.CUE) return -1;
        for (int[] x : taken) if (x[0] < end && start < x[1]) return -1;
        for (List<String> seat : seats) if (Folding.phraseEnd(t, start, seat) >= 0) return -1;
        for (int x = start; x < end; x++) {
            Mention m = covering(ms, x);
            if (m != null && m.stateIri() != null && state == null) state = m.stateIri();
        }
        String name = s.surface(r.document.text(), start, end);
        // a foreign ministry with no state named beside it is ministry()'s to read, or nobody's
        String folded = " " + String.join(" ", Folding.foldedWords(name)) + " ";
        for (List<String> f : foreignTopics) if (folded.contains(" " + String.join(" ", f) + " ")) return -1;
        for (List<String> f : foreignBefore) if (folded.contains(" " + String.join(" ", f) + " ")) return -1;
        String st = state != null ? state : dominant;
        String iri = Dip.iri("institution", Folding.fold(name).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "")
                + (st == null ? "" : "-" + st.substring(st.lastIndexOf('/') + 1).toLowerCase()));
        if (mappings.entity(iri) == null) {
            r.defined.putIfAbsent(iri, new KnownEntity(iri, Kind.INSTITUTION, Map.of(r.language == null ? "en" : r.language, name),
                    null, null, Set.of(), null, null, null));
        }
        r.noteKnown(iri, name, s.index());
        taken.add(new int[] {start, end});
        return end;
    }

    /**
     * The name's words follow an ordinal somewhere in the document ("the 6th Binational Cabinet", "la 12e
     * session de la grande Commission mixte", "the fifth meeting of the Joint Commission"): a format whose rounds the
     * report counts, which the meeting stages read as a series, not a standing body.
     */
    private boolean numbered(DocumentReading r, List<Token> t, int start, int end) {
        List<String> core = new ArrayList<>();
        for (int k = start; k < end; k++) core.add(t.get(k).norm());
        for (Sentence s : r.sentences) {
            List<Token> u = s.tokens();
            for (int k = 0; k + core.size() <= u.size(); k++) {
                boolean same = true;
                for (int c = 0; c < core.size() && same; c++) same = u.get(k + c).norm().equals(core.get(c));
                if (!same) continue;
                for (int b = Math.max(0, k - 6); b < k; b++) {
                    Token o = u.get(b);
                    if (titleBetween(r.mentions(s.index()), b, k)) continue; // "le Premier ministre du Conseil …"

                    if (Ordinals.parse(o.text()).isPresent()) return true;
                    if (o.isNumber() && b + 1 < k && ordinalSuffixes.contains(u.get(b + 1).norm())) return true;
                }
            }
        }
        return false;
    }

    private static boolean titleBetween(List<Mention> ms, int from, int to) {
        for (Mention m : ms) if (m.kind() == Kind.ROLE && m.start() < to && from < m.end()) return true;
        return false;
    }

    /** A word that may be part of a name: no function word, no clause word ("qui", "was", "entre"). */
    private boolean plainWord(Token w) {
        return w.isWord() && !w.isElision() && !words.notNames().contains(w.norm()) && !words.phraseStops().contains(w.norm());
    }

    /** A headline in title case ("Minister Meets Council Chair"): its capitals say nothing of names. */
    private static boolean titleCase(List<Token> t) {
        int n = 0, lower = 0;
        for (Token w : t) {
            if (!w.isWord() || w.text().length() < 4) continue;
            n++;
            if (!w.isCapitalized()) lower++;
        }
        return n >= 3 && lower <= 1;
    }

    private static Mention covering(List<Mention> ms, int i) {
        for (Mention m : ms) if (m.start() <= i && i < m.end() && m.kind() != Kind.CUE) return m;
        for (Mention m : ms) if (m.start() <= i && i < m.end()) return m;
        return null;
    }

    private static boolean covered(List<Mention> ms, int i, boolean roles) {
        for (Mention m : ms) if (m.start() <= i && i < m.end() && (roles || m.kind() != Kind.ROLE)) return true;
        return false;
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
