package org.chancery.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.chancery.mapping.Kind;
import org.chancery.text.DateExpression;
import org.chancery.text.Folding;
import org.chancery.text.Ordinals;
import org.chancery.text.Token;

/**
 * Finds meetings: a meeting word ("sommet", "dialogue", "gathering") with what its stretch of the
 * sentence says — round ("troisième", "3ème", "la 4ème", "next"), date, place, states and bodies
 * taking part, planned or held — and the series a numbered round belongs to. Chairs come from
 * chair cues ("coprésidée par", "led by") in the same sentence, or for the meeting being reported.
 */
public final class MeetingStage implements Stage {
    /** Words for a round of something else rather than a kind of meeting of their own. */
    private static final Set<String> GENERIC = Set.of("meeting", "round", "edition");
    /** Kinds of meeting that are recurring formats by nature. */
    private static final Set<String> RECURRING = Set.of("dialogue", "consultations", "forum", "congress");
    private static final int MAX_PHRASE = 14;

    @Override
    public void process(DocumentReading r) {
        SeriesFinding currentSeries = null;
        MeetingFinding current = null;
        for (Sentence s : r.sentences) {
            List<Mention> ms = r.mentions(s.index());
            List<int[]> groups = groups(ms, s.tokens());
            List<MeetingFinding> here = new ArrayList<>();
            List<Window> windows = Window.around(s, groups);
            for (int g = 0; g < groups.size(); g++) {
                int[] group = groups.get(g);
                Window w = windows.get(g);
                if (firstSince(s.tokens(), group)) continue;
                MeetingFinding m = read(r, s, ms, group, w);
                if (m.edition != null || m.series != null || (m.nextRound && currentSeries != null)) {
                    SeriesFinding series = m.series;
                    if (series == null || (currentSeries != null && compatible(currentSeries, series))) {
                        if (currentSeries != null) {
                            if (series != null) {
                                currentSeries.states.addAll(series.states);
                                if (currentSeries.topic == null) currentSeries.topic = series.topic;
                            }
                            m.series = currentSeries;
                        } else if (series == null) {
                            m.series = new SeriesFinding(m.kind, s.index());
                            m.series.states.addAll(m.stateParticipants);
                            m.series.phrase = m.phrase;
                        }
                    }
                    currentSeries = m.series;
                }
                if (!m.isSpecific()) continue;
                r.meetings.add(m);
                here.add(m);
            }
            attachChairs(r, s, ms, here.isEmpty() ? current : here.get(here.size() - 1));
            for (MeetingFinding m : here) if (!m.planned) current = m;
        }
    }

    /**
     * "It was the first 2+2 meeting since Modi's visit", "la première réunion depuis 2019": a
     * comparison that looks back from the meeting being reported, not the first round of a series
     * (nor a meeting of its own, so the date and place of what follows "since" stay unattached).
     */
    private static boolean firstSince(List<Token> tokens, int[] group) {
        boolean first = false;
        for (int i = group[0] - 1; i >= Math.max(0, group[0] - 5) && !first; i--) {
            first = Ordinals.parse(tokens.get(i).text()).orElse(0) == 1;
        }
        if (!first) return false;
        for (int i = group[1]; i < Math.min(tokens.size(), group[1] + 3); i++) {
            String n = tokens.get(i).norm();
            if (n.equals("since") || n.equals("depuis")) return true;
        }
        return false;
    }

    private static boolean compatible(SeriesFinding a, SeriesFinding b) {
        if (!a.kind.equals(b.kind) && !GENERIC.contains(b.kind)) return false;
        if (a.topic != null && b.topic != null && !a.topic.equals(b.topic)) return false;
        return b.states.isEmpty() || a.states.isEmpty() || a.states.containsAll(b.states) || b.states.containsAll(a.states);
    }

    /** Meeting words close together ("la troisième réunion du Dialogue annuel") are one meeting. */
    private static List<int[]> groups(List<Mention> ms, List<Token> tokens) {
        List<int[]> out = new ArrayList<>();
        for (Mention m : ms) {
            if (!m.isCue("MeetingWord")) continue;
            if (!out.isEmpty()) {
                int[] last = out.get(out.size() - 1);
                if (m.start() - last[1] <= 6 && noComma(tokens, last[1], m.start())) {
                    last[1] = m.end();
                    continue;
                }
            }
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    private static boolean noComma(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) if (!tokens.get(i).isWord() && !tokens.get(i).isElision() && !tokens.get(i).text().equals("-")) return false;
        return true;
    }

    private MeetingFinding read(DocumentReading r, Sentence s, List<Mention> ms, int[] group, Window w) {
        MeetingFinding m = new MeetingFinding(s.index());
        String kind = null;
        for (Mention x : ms) {
            if (x.isCue("MeetingWord") && x.start() >= group[0] && x.end() <= group[1]) {
                String k = x.cue().value() == null ? "meeting" : x.cue().value();
                if (kind == null || GENERIC.contains(kind) || !GENERIC.contains(k)) kind = k;
            }
        }
        m.kind = kind == null ? "meeting" : kind;
        m.phrase = phrase(r.document.text(), s, ms, group);
        List<DateExpression> dates = new ArrayList<>();
        for (DateExpression d : r.dates(s.index())) if (w.contains(d)) dates.add(d);
        OptionalInt edition = edition(s.tokens(), dates, group, w);
        if (edition.isPresent()) m.edition = new Evidenced<>(edition.getAsInt(), s.index());
        boolean next = false;
        String topic = null;
        for (Mention x : ms) {
            if (!w.contains(x)) continue;
            if (x.isCue("PlannedCue")) {
                m.planned = true;
                String f = Folding.fold(x.surface());
                if (f.contains("next") || f.contains("prochain") || f.contains("upcoming") || f.contains("suivant")) next = true;
            }
            if (x.isCue("TopicCue") && topic == null) topic = x.cue().value();
            if (x.kind() == Kind.PLACE && m.place == null) m.place = new Evidenced<>(x.entity().iri(), s.index());
            if (x.stateIri() != null) m.stateParticipants.add(x.stateIri());
            if (x.kind() == Kind.INSTITUTION) m.institutionParticipants.add(x.entity().iri());
        }
        DateExpression date = dates.stream().filter(d -> d.month() != null).findFirst().orElse(dates.isEmpty() ? null : dates.get(0));
        if (date != null) m.date = new Evidenced<>(date, s.index());
        boolean recurring = RECURRING.contains(m.kind);
        if (!GENERIC.contains(m.kind) && (recurring || m.edition != null || next)) {
            SeriesFinding series = new SeriesFinding(m.kind, s.index());
            series.states.addAll(m.stateParticipants);
            series.topic = topic;
            series.phrase = seriesPhrase(m.phrase);
            if (m.stateParticipants.size() < 2 && !m.institutionParticipants.isEmpty()) series.institution = m.institutionParticipants.iterator().next();
            m.series = series;
        }
        if (next && m.edition == null) m.nextRound = true;
        return m;
    }

    /** An ordinal just before the meeting words, or "la 4ème" / "for the fourth time" in its stretch. */
    private static OptionalInt edition(List<Token> tokens, List<DateExpression> dates, int[] group, Window w) {
        for (int i = group[0] - 1; i >= Math.max(w.from(), group[0] - 4); i--) {
            OptionalInt o = ordinal(tokens.get(i), dates);
            if (o.isPresent()) return o;
        }
        for (int i = group[1]; i < w.to(); i++) {
            OptionalInt o = ordinal(tokens.get(i), dates);
            if (o.isPresent()) return o;
        }
        return OptionalInt.empty();
    }

    private static OptionalInt ordinal(Token t, List<DateExpression> dates) {
        for (DateExpression d : dates) if (t.start() >= d.start() && t.end() <= d.end()) return OptionalInt.empty();
        OptionalInt o = Ordinals.parse(t.text());
        return o.isPresent() && o.getAsInt() <= 200 ? o : OptionalInt.empty();
    }

    /** The meeting words and what qualifies them: "Congrès des chefs des religions mondiales et traditionnelles". */
    static String phrase(String text, Sentence s, List<Mention> ms, int[] group) {
        List<Token> tokens = s.tokens();
        int end = group[1];
        while (end < tokens.size() && end - group[0] < MAX_PHRASE) {
            Token t = tokens.get(end);
            if (!t.isWord() && !t.isElision() && !t.text().equals("-") && !t.text().equals("+")) break;
            if (Phrase.STOP_WORDS.contains(t.norm())) break;
            if (startsPlaceOrDate(ms, end)) break;
            end++;
        }
        while (end > group[1] && Phrase.DANGLING.contains(tokens.get(end - 1).norm())) end--;
        return s.surface(text, group[0], end);
    }

    /** "Round of the Japan–India dialogue on …" names the round; the series is "Japan–India dialogue on …". */
    static String seriesPhrase(String phrase) {
        String[] words = phrase.split(" ");
        if (words.length < 3 || !ROUND_WORDS.contains(Folding.fold(words[0]))) return phrase;
        int i = 1;
        while (i < words.length - 1 && LINKS.contains(Folding.fold(words[i]))) i++;
        return i == 1 ? phrase : String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
    }

    private static final Set<String> ROUND_WORDS = Set.of("round", "meeting", "edition", "session", "sitting",
            "reunion", "tour", "seance", "cycle");
    private static final Set<String> LINKS = Set.of("of", "the", "du", "de", "des", "la", "le", "les", "d'", "l'", "de la");

    private static boolean startsPlaceOrDate(List<Mention> ms, int i) {
        for (Mention m : ms) if (m.kind() == Kind.PLACE && m.start() == i) return true;
        return false;
    }

    private static void attachChairs(DocumentReading r, Sentence s, List<Mention> ms, MeetingFinding meeting) {
        if (meeting == null) return;
        int cueEnd = -1;
        for (Mention m : ms) if (m.isCue("ChairCue")) cueEnd = cueEnd < 0 ? m.end() : Math.min(cueEnd, m.end());
        if (cueEnd < 0) return;
        for (OfficialStage.Placed p : r.placedPersons.getOrDefault(s.index(), List.of())) {
            if (p.nameStart() >= cueEnd - 1 || p.nameStart() >= cueEnd) meeting.chairs.add(new Evidenced<>(p.person(), s.index()));
        }
    }
}
