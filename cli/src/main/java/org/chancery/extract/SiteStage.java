package org.chancery.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
 * The seats of power every state has under a common name, where audiences, credentials and talks take place: "the
 * State House", "le palais de la République", "the Presidential Palace", "le palais national". Each is a place of one
 * state: the state of a place named in the same sentence ("the State House in Dar es Salaam"), else of the first place
 * the document names (its dateline, mostly: the host's seat, not the guest's), else the one state the sentence names,
 * else the state the document names most. Without a state it is left out, since one name stands for many buildings.
 * Towns the text itself places in a state are read here too (see {@link #cities}).
 */
public final class SiteStage implements Stage {
    private final Mappings mappings;
    private final List<Site> sites = new ArrayList<>();

    private record Site(List<String> words, String en, String fr) {}

    /** words.ttl: "city", "ville"; locatives ("in", "à"); region words ("province"); links inside a name ("de"). */
    private final Set<String> cityWords;
    private final FunctionWords words;
    private final Set<String> locatives;
    private final Set<String> regionWords;
    private final Set<String> nameLinks;

    public SiteStage(Mappings mappings) {
        this.mappings = mappings;
        this.words = FunctionWords.of(mappings);
        this.cityWords = mappings.wordSet("CityWord");
        this.locatives = mappings.wordSet("EncounterPlaceWord");
        this.regionWords = mappings.wordSet("RegionNoun");
        this.nameLinks = mappings.wordSet("PlaceNameLink");
        for (String w : mappings.words("SeatOfPower")) {
            String[] p = w.split("\\|");
            String en = p[0].strip(), fr = p.length > 1 ? p[1].strip() : en;
            sites.add(new Site(Folding.foldedWords(en), en, fr));
            if (p.length > 1) sites.add(new Site(Folding.foldedWords(fr), en, fr));
        }
        sites.sort((a, b) -> b.words.size() - a.words.size());
    }

    @Override
    public void process(DocumentReading r) {
        String firstPlaceState = null;
        for (Sentence s : r.sentences) {
            for (Mention m : r.mentions(s.index())) {
                if (m.kind() == Kind.PLACE && m.entity() != null && m.entity().inState() != null) {
                    firstPlaceState = m.entity().inState();
                    break;
                }
            }
            if (firstPlaceState != null) break;
        }
        String dominant = r.dominantState();
        cities(r);
        for (Sentence s : r.sentences) {
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                for (Site site : sites) {
                    int end = Folding.phraseEnd(t, i, site.words);
                    if (end < 0 || overlaps(r.mentions(s.index()), i, end)) continue;
                    String state = stateOf(r.mentions(s.index()), firstPlaceState, dominant);
                    if (state == null) break;
                    KnownEntity st = mappings.entity(state);
                    if (st == null) break;
                    String iri = Dip.iri("place", Folding.fold(site.en).replaceAll("[^a-z0-9]+", "-") + "-"
                            + state.substring(state.lastIndexOf('/') + 1).toLowerCase());
                    if (!r.defined.containsKey(iri)) {
                        Map<String, String> labels = new LinkedHashMap<>();
                        labels.put("en", site.en + " (" + st.label("en") + ")");
                        labels.put("fr", site.fr + " (" + st.label("fr") + ")");
                        r.defined.put(iri, new KnownEntity(iri, Kind.PLACE, labels, null, state, Set.of(), null, null, null));
                    }
                    String surface = s.surface(r.document.text(), i, end);
                    add(r, new Mention(Kind.PLACE, s.index(), i, end, surface, r.defined.get(iri), null));
                    r.noteKnown(iri, surface, s.index());
                    i = end - 1;
                    break;
                }
            }
        }
    }

    /**
     * The state of a place named in the sentence, else of the first place the document names, else the one state the
     * sentence names, else the state the document names most.
     */
    private static String stateOf(List<Mention> ms, String firstPlaceState, String dominant) {
        Set<String> places = new LinkedHashSet<>(), states = new LinkedHashSet<>();
        for (Mention m : ms) {
            if (m.kind() == Kind.PLACE && m.entity() != null && m.entity().inState() != null) places.add(m.entity().inState());
            if (m.stateIri() != null) states.add(m.stateIri());
        }
        if (places.size() == 1) return places.iterator().next();
        if (!places.isEmpty()) return null;
        // "received his Ghanaian counterpart at the Palais de la République", in a report datelined Dakar: the host's
        // seat, not the guest's; "the ambassador of France presented his credentials at the Presidential Palace"
        if (firstPlaceState != null) return firstPlaceState;
        return states.size() == 1 ? states.iterator().next() : dominant;
    }

    /** The state the document names most often, where one leads; null on a tie. */
    /**
     * Towns the mappings do not know, named where the text says they are towns of a state: "the Colombian city of
     * Villa de Leyva", "la ville de Yuxi, province chinoise du Yunnan", "à Kindia, en Guinée", "in Gyumri, Armenia".
     */
    private void cities(DocumentReading r) {
        for (Sentence s : r.sentences) {
            List<Token> t = s.tokens();
            List<Mention> ms = r.mentions(s.index());
            for (int i = 1; i + 1 < t.size(); i++) {
                String w = t.get(i).norm();
                int nameStart = -1;
                String state = null;
                boolean city = cityWords.contains(w) && !t.get(i).isCapitalized();
                if (city && (t.get(i + 1).norm().equals("of") || t.get(i + 1).norm().equals("de") || t.get(i + 1).norm().equals("d'"))) {
                    nameStart = i + 2;
                    // "the Colombian city of", "la ville chinoise de"
                    for (Mention m : ms) if (m.kind() == Kind.DEMONYM && (m.end() == i)) state = m.stateIri();
                } else if (city && i + 2 < t.size() && t.get(i + 2).norm().equals("de")) {
                    Mention d = null;
                    for (Mention m : ms) if (m.kind() == Kind.DEMONYM && m.start() == i + 1) d = m;
                    if (d != null) {
                        state = d.stateIri();
                        nameStart = i + 3;
                    }
                } else if (locatives.contains(w)) {
                    nameStart = i + 1;
                }
                if (nameStart < 0 || nameStart >= t.size()) continue;
                int end = nameEnd(t, ms, nameStart);
                if (end < 0) continue;
                String after = stateAfter(t, ms, end);
                if (state == null) state = after;
                if (state == null && city) state = stateOf(ms, null, null);
                if (state == null || (!city && after == null)) continue;
                KnownEntity st = mappings.entity(state);
                if (st == null) continue;
                String name = s.surface(r.document.text(), nameStart, end);
                String iri = Dip.iri("place", Folding.fold(name).replaceAll("[^a-z0-9]+", "-") + "-"
                        + state.substring(state.lastIndexOf('/') + 1).toLowerCase());
                r.defined.putIfAbsent(iri, new KnownEntity(iri, Kind.PLACE, Map.of(r.language == null ? "en" : r.language, name), null,
                        state, Set.of(), null, null, null));
                add(r, new Mention(Kind.PLACE, s.index(), nameStart, end, name, r.defined.get(iri), null));
                r.noteKnown(iri, name, s.index());
                i = end - 1;
            }
        }
    }

    /** The end of a town's name at {@code i}: capitalised words, with a small word between two ("Villa de Leyva"); -1. */
    private int nameEnd(List<Token> t, List<Mention> ms, int i) {
        if (!nameWord(t.get(i), ms, i)) return -1;
        int k = i + 1;
        while (k < t.size() && k - i < 4) {
            if (nameWord(t.get(k), ms, k)) k++;
            else if (k + 1 < t.size() && nameLinks.contains(t.get(k).norm()) && nameWord(t.get(k + 1), ms, k + 1)) k += 2;
            else break;
        }
        return k;
    }

    /** A capitalised word that is no month, weekday or function word and no part of anything already named. */
    private boolean nameWord(Token w, List<Mention> ms, int k) {
        if (!w.isWord() || !w.isCapitalized() || w.isAllCaps() || !NameSpan.couldBeName(w, words)) return false;
        for (Mention m : ms) if (m.start() <= k && k < m.end()) return false;
        return true;
    }

    /** The state right after a town: ", Colombia", ", en Guinée", ", province chinoise du Yunnan", " (Peru)". */
    private String stateAfter(List<Token> t, List<Mention> ms, int end) {
        if (end >= t.size() || !(t.get(end).text().equals(",") || t.get(end).text().equals("("))) return null;
        for (int k = end + 1; k < t.size() && k - end <= 3; k++) {
            for (Mention m : ms) if (m.start() == k && m.stateIri() != null) return m.stateIri();
            if (!locatives.contains(t.get(k).norm()) && !regionWords.contains(t.get(k).norm())) return null;
        }
        return null;
    }

    private static boolean overlaps(List<Mention> ms, int start, int end) {
        for (Mention m : ms) if (m.kind() != Kind.CUE && m.kind() != Kind.ROLE && m.start() < end && start < m.end()) return true;
        return false;
    }

    private static void add(DocumentReading r, Mention m) {
        List<Mention> list = new ArrayList<>(r.mentions(m.sentence()));
        list.add(m);
        list.sort(Comparator.comparingInt(Mention::start));
        r.mentions.put(m.sentence(), list);
    }
}
