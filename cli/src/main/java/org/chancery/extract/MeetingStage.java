package org.chancery.extract;

import org.chancery.mapping.Mappings;
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
    /** Function words, weekdays and phrase stops of words.ttl. */
    private final FunctionWords words;

    public MeetingStage(Mappings mappings) {
        this.mappings = mappings;
        this.words = FunctionWords.of(mappings);
        this.pointers = mappings.wordSet("MeetingPointer");
        this.ellipsisVerbs = mappings.wordSet("RoundEllipsisVerb");
        this.complement = mappings.wordSet("MeetingComplement");
        this.roundWords = mappings.wordSet("RoundWord");
        this.links = mappings.wordSet("RoundLink");
        this.generic = mappings.wordSet("GenericMeetingKind");
        this.recurring = mappings.wordSet("RecurringMeetingKind");
        this.nextWords = mappings.wordSet("NextRoundWord");
        this.since = mappings.wordSet("SinceWord");
        this.subjectLinks = mappings.wordSet("MeetingAsSubjectLink");
        this.datePrepositions = mappings.wordSet("DatePreposition");
        this.ordinalSuffixes = mappings.wordSet("OrdinalSuffix");
        this.notRounds = mappings.wordSet("OrdinalNotRound");
        this.nameLinks = mappings.wordSet("NameLink");
        this.agendaWords = mappings.wordSet("AgendaWord");

        this.agentWords = mappings.wordSet("PassiveAgent");
    }

    /** "programme", "plan", "calendar": a plan of meetings ("a programme of consultations"), not a meeting (AgendaWord). */
    private final Set<String> agendaWords;

    /** "anniversary", "anniversaire" after an ordinal: it counts years, not rounds (OrdinalNotRound). */
    private final Set<String> notRounds;
    /** Small words a format's name goes on with after its meeting word: "Dialogue on …", "Sommet de la …" (NameLink). */
    private final Set<String> nameLinks;

    private final Mappings mappings;

    /** "ème", "th" written apart from their number: "la 12 ème session" (OrdinalSuffix). */
    private final Set<String> ordinalSuffixes;
    /** "par", "by": the agent word after a chair participle ("coprésidée mercredi à Dakar, par …"). */
    private final Set<String> agentWords;
    /** How far the agent may stand from the participle, and the chairs' names from the agent. */
    private static final int AGENT_GAP = 8, CHAIR_SPAN = 20;

    /** "on", "le" before a date: a meeting's name ends before them (DatePreposition). */
    private final Set<String> datePrepositions;

    /** "mémorandum d'entente pour des consultations": words making a meeting an agreement's subject (MeetingAsSubjectLink). */
    private final Set<String> subjectLinks;
    /** At most this many words between an agreement's word and a meeting word it is about. */
    private static final int SUBJECT_GAP = 3;

    /** "a memorandum on regular consultations", "un programme de consultations": what an agreement is about, not a meeting. */
    private boolean agreementSubject(List<Mention> ms, List<Token> t, int[] group) {
        // "a programme of consultations for 2023-2024 was signed": a plan of meetings, not one held.
        if (group[0] >= 2 && agendaWords.contains(t.get(group[0] - 2).norm()) && subjectLinks.contains(t.get(group[0] - 1).norm())) return true;
        for (Mention x : ms) {
            if (!x.isCue("AgreementWord") || x.end() > group[0] || group[0] - x.end() > SUBJECT_GAP) continue;
            if (x.end() == group[0] || !subjectLinks.contains(t.get(x.end()).norm())) continue;
            boolean words = true;
            for (int i = x.end(); i < group[0]; i++) if (!t.get(i).isWord() && !t.get(i).isElision()) words = false;
            if (words) return true;
        }
        return false;
    }

    /** Words that point at a meeting named before ("the", "cette"); words.ttl's MeetingPointer. */
    private final Set<String> pointers;
    /** What follows an ordinal standing for a round: "the third will be …", "la 8e se tiendra …". */
    private final Set<String> ellipsisVerbs;
    /** Words linking an edition to its meeting ("of", "de"). */
    private final Set<String> complement;
    /** Words for a round of a series ("round", "séance"). */
    private final Set<String> roundWords;
    /** Words between a round word and its series ("of the", "de la"). */
    private final Set<String> links;

    /** Kinds for a round of something else rather than a kind of meeting of their own (words.ttl's GenericMeetingKind). */
    private final Set<String> generic;
    /** Kinds of meeting that are recurring formats by nature (RecurringMeetingKind). */
    private final Set<String> recurring;
    /** Words of a planned cue that make it the next round ("next", "prochain"; NextRoundWord). */
    private final Set<String> nextWords;
    /** "since", "depuis" (SinceWord): what follows counts time, not rounds. */
    private final Set<String> since;
    private static final int MAX_PHRASE = 14;

    @Override
    public void process(DocumentReading r) {
        SeriesFinding currentSeries = null;
        MeetingFinding current = null;
        currentAt = -1;
        // "… Conference of the Parties (COP28)": the short name of a series, its number glued on.
        java.util.Map<String, SeriesFinding> shortNames = new java.util.HashMap<>();
        for (Sentence s : r.sentences) {
            List<Mention> ms = r.mentions(s.index());
            List<int[]> groups = groups(ms, s.tokens());
            java.util.Set<Integer> bodyRounds = bodyRounds(r, s, ms, groups);
            if (!shortNames.isEmpty()) numbered(r, s, ms, shortNames);
            List<MeetingFinding> here = new ArrayList<>();
            List<Window> windows = Window.around(s, groups);
            for (int g = 0; g < groups.size(); g++) {
                int[] group = groups.get(g);
                Window w = windows.get(g);
                if (agreementSubject(ms, s.tokens(), group)) continue;
                MeetingFinding m = read(r, s, ms, group, w);
                if (bodyRounds.contains(group[0])) asBodyRound(m, ms, group);
                // "its 13th session", "la 12e session": a round named by its round word alone is one of the format being reported.
                if (m.edition != null && m.series != null && currentSeries != null && bareRound(m.series.phrase)) {
                    MeetingFinding same = null;
                    for (MeetingFinding o : here) if (o.series == currentSeries && o.edition == null && !o.planned) same = o;
                    if (same != null) {
                        // "La Commission mixte a clôturé lundi sa 13e session": one meeting, the round of the format named before.
                        same.edition = m.edition;
                        if (same.date == null) same.date = m.date;
                        if (same.place == null) same.place = m.place;
                        same.stateParticipants.addAll(m.stateParticipants);
                        same.institutionParticipants.addAll(m.institutionParticipants);
                        continue;
                    }
                    m.series = null;
                }
                // "The conference, which opened on 30 November …": the meeting being reported, not another one.
                if (current != null && m.edition == null && !m.planned && group[1] - group[0] == 1 && group[0] > 0
                        && pointers.contains(s.tokens().get(group[0] - 1).norm())) {
                    current.stateParticipants.addAll(m.stateParticipants); // "Co-hosted by Kenya and Portugal, the conference …"
                    currentAt = s.index();
                    continue;
                }
                // "after five days of talks", "un cycle de négociations": a complement, not a meeting of its own.
                if (m.edition == null && group[0] > 0 && complement.contains(s.tokens().get(group[0] - 1).norm())
                        && !recurring.contains(m.kind)) {
                    continue;
                }
                if (m.edition != null || m.series != null || (m.nextRound && currentSeries != null)) {
                    SeriesFinding series = m.series;
                    if (series == null || (currentSeries != null && compatible(currentSeries, series))) {
                        if (currentSeries != null) {
                            if (series != null) {
                                // A body's conference keeps its key when its rounds are hosted by different states.
                                if (currentSeries.institution == null) currentSeries.states.addAll(series.states);
                                if (currentSeries.topic == null) currentSeries.topic = series.topic;
                                // The fullest name a report gives the format: "Kyrgyzstan–Japan Dialogue on Digital Governance" over "dialogue".
                                if (series.phrase != null && (currentSeries.phrase == null || series.phrase.length() > currentSeries.phrase.length())) {
                                    currentSeries.phrase = series.phrase;
                                }
                            }
                            m.series = currentSeries;
                        } else if (series == null) {
                            m.series = new SeriesFinding(m.kind, s.index());
                            m.series.states.addAll(m.stateParticipants);
                            m.series.phrase = m.phrase;
                            // "the 48th Pacific Islands Forum Leaders Meeting": the body's meetings, not those of the states named beside it.
                            if (m.stateParticipants.size() < 2 && !m.institutionParticipants.isEmpty()) {
                                m.series.institution = m.institutionParticipants.iterator().next();
                            }
                        }
                    }
                    currentSeries = m.series;
                }
                if (m.edition != null && m.series != null) {
                    String shortName = shortName(s.tokens(), w, m.edition.value());
                    if (shortName != null) {
                        shortNames.putIfAbsent(shortName, m.series);
                        if (m.series.shortName == null) m.series.shortName = shortName;
                    }
                }
                if (!m.isSpecific()) continue;
                r.meetings.add(m);
                here.add(m);
            }
            if (groups.isEmpty() && current != null && ms.stream().anyMatch(x -> x.isCue("GatheringCue"))) {
                // "Elle a réuni les ministres … de la Guinée, du Mali …": who took part in the meeting just reported.
                for (Mention x : ms) if (x.kind() == Kind.STATE) current.stateParticipants.add(x.stateIri());
            }
            if (groups.isEmpty() && currentSeries != null) {
                MeetingFinding m = ellipsis(r, s, ms, currentSeries);
                if (m != null) {
                    r.meetings.add(m);
                    here.add(m);
                }
            }
            attachChairs(r, s, ms, here.isEmpty() ? current : here.get(here.size() - 1));
            boolean near = current != null && s.index() - currentAt <= ATTEND_REACH;
            attendance(r, s, ms, here.isEmpty() ? (near ? current : null) : here.get(here.size() - 1));
            for (MeetingFinding m : here) {
                if (m.planned) continue;
                current = m;
                currentAt = s.index();
            }
        }
        headline(r);
    }

    /**
     * "UN Ocean Conference closes in Lisbon …" over "The second United Nations Ocean Conference
     * closed in Lisbon on 1 July": a headline names the meeting the story reports, without its
     * number or date. It is that meeting, not another.
     */
    private static void headline(DocumentReading r) {
        if (r.meetings.size() < 2) return;
        MeetingFinding first = r.meetings.get(0);
        if (first.edition != null || first.date != null || first.planned || first.sentence > 2) return;
        for (MeetingFinding m : r.meetings.subList(1, r.meetings.size())) {
            if (m.planned || !m.kind.equals(first.kind)) continue;
            if (first.place != null && m.place != null && !first.place.value().equals(m.place.value())) continue;
            m.stateParticipants.addAll(first.stateParticipants);
            m.institutionParticipants.addAll(first.institutionParticipants);
            r.meetings.remove(0);
            return;
        }
    }

    private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile("(\\p{Lu}{2,6})(\\d{1,3})");

    /** "(COP28)" right after a 28th round: "COP" is the series' short name. */
    private static String shortName(List<Token> t, Window w, int edition) {
        for (int i = w.from() + 1; i + 1 < w.to(); i++) {
            if (!t.get(i - 1).text().equals("(")) continue;
            java.util.regex.Matcher m = NUMBERED.matcher(t.get(i).text());
            if (m.matches() && Integer.parseInt(m.group(2)) == edition) return m.group(1);
        }
        return null;
    }

    /** "COP29 will be held in Baku …": a round of a series named by its short name and number. */
    private void numbered(DocumentReading r, Sentence s, List<Mention> ms, java.util.Map<String, SeriesFinding> shortNames) {
        List<Token> t = s.tokens();
        List<int[]> at = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            java.util.regex.Matcher m = NUMBERED.matcher(t.get(i).text());
            if (m.matches() && shortNames.containsKey(m.group(1)) && !(i > 0 && t.get(i - 1).text().equals("("))) at.add(new int[] {i, i + 1});
        }
        if (at.isEmpty()) return;
        List<Window> windows = Window.around(s, at);
        for (int k = 0; k < at.size(); k++) {
            java.util.regex.Matcher x = NUMBERED.matcher(t.get(at.get(k)[0]).text());
            x.matches();
            SeriesFinding series = shortNames.get(x.group(1));
            MeetingFinding m = read(r, s, ms, at.get(k), windows.get(k));
            m.kind = series.kind;
            m.series = series;
            m.phrase = series.phrase != null ? series.phrase : series.kind;
            m.edition = new Evidenced<>(Integer.parseInt(x.group(2)), s.index());
            m.nextRound = false;
            boolean known = r.meetings.stream().anyMatch(o -> o.series == series && o.edition != null && o.edition.value().equals(m.edition.value()));
            if (!known && m.isSpecific()) r.meetings.add(m);
        }
    }

    /** "The third will be co-hosted by Costa Rica and France in 2025": a round of the series just reported, its word left out. */
    private MeetingFinding ellipsis(DocumentReading r, Sentence s, List<Mention> ms, SeriesFinding series) {
        List<Token> t = s.tokens();
        // "The first, resolution ES-11/1, …" counts resolutions, not rounds.
        if (ms.stream().anyMatch(x -> x.isCue("ResolutionWord") || x.isCue("AgreementWord"))) return null;
        // "The third will be …", "La prochaine, la 8e, se tiendra …": an article and an ordinal near the start.
        int at = -1;
        for (int i = 1; i < Math.min(t.size() - 1, 6); i++) {
            if (!pointers.contains(t.get(i - 1).norm()) || Ordinals.parse(t.get(i).text()).isEmpty()) continue;
            Token next = t.get(i + 1);
            boolean free = true;
            for (Mention x : ms) if (x.start() <= i && i < x.end()) free = false; // "Le Premier ministre" is a title
            if (!free || (next.isWord() && !ellipsisVerbs.contains(next.norm()))) continue;
            at = i;
            break;
        }
        if (at < 0) return null;
        OptionalInt ordinal = Ordinals.parse(t.get(at).text());
        if (ordinal.getAsInt() > 200) return null;
        MeetingFinding m = read(r, s, ms, new int[] {at, at + 1}, new Window(s, 0, t.size()));
        m.kind = series.kind;
        m.series = series;
        m.phrase = series.phrase != null ? series.phrase : series.kind;
        m.edition = new Evidenced<>(ordinal.getAsInt(), s.index());
        m.nextRound = false;
        return m.isSpecific() ? m : null;
    }

    /** A generic kind ranks lowest, a round word ("session") next, a format's own kind ("commission", "dialogue") highest. */
    private int kindRank(String kind) {
        return generic.contains(kind) ? 0 : roundWords.contains(Folding.fold(kind)) ? 1 : 2;
    }

    /** A series phrase that is a round word alone ("Session", "round"): the round names no format of its own. */
    private boolean bareRound(String phrase) {
        return phrase != null && !phrase.contains(" ") && roundWords.contains(Folding.fold(phrase));
    }

    /**
     * "Sixty-sixth General Assembly", "the 66th General Assembly adopted …": an ordinal just before a body's
     * name, with no meeting word after it, is a numbered session of that body. Returns the start tokens of
     * those bodies, added to the meeting groups. The first of anything is left out ("the first UN mission").
     */
    private java.util.Set<Integer> bodyRounds(DocumentReading r, Sentence s, List<Mention> ms, List<int[]> groups) {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        List<Token> t = s.tokens();
        for (Mention x : ms) {
            if (x.kind() != Kind.INSTITUTION || x.start() == 0) continue;
            boolean inGroup = false;
            for (int[] g : groups) if (x.start() < g[1] + 3 && x.end() + 3 > g[0]) inGroup = true;
            if (inGroup) continue;
            OptionalInt o = ordinal(t, x.start() - 1, r.dates(s.index()));
            if (o.isEmpty() || o.getAsInt() < 2) continue;
            // What follows the name ends it: the sentence, a sign, a linking or a stop word — not a noun it qualifies ("the 2nd UN mission").
            if (x.end() < t.size()) {
                Token next = t.get(x.end());
                if (next.isWord() && !words.phraseStops().contains(next.norm()) && !words.dangling().contains(next.norm())
                        && !nameLinks.contains(next.norm())) continue;
            }
            out.add(x.start());
            groups.add(new int[] {x.start(), x.end()});
        }
        groups.sort(java.util.Comparator.comparingInt(g -> g[0]));
        return out;
    }

    /** A body's numbered session: of the kind "session", in the series of that body's sessions, the body taking part. */
    private static void asBodyRound(MeetingFinding m, List<Mention> ms, int[] group) {
        for (Mention x : ms) {
            if (x.kind() != Kind.INSTITUTION || x.start() != group[0]) continue;
            m.kind = "session";
            m.phrase = x.surface();
            SeriesFinding series = new SeriesFinding("session", m.sentence);
            series.institution = x.entity().iri();
            series.phrase = x.surface();
            m.series = series;
            m.institutionParticipants.add(x.entity().iri());
        }
    }

    private boolean compatible(SeriesFinding a, SeriesFinding b) {
        if (!a.kind.equals(b.kind) && !generic.contains(b.kind)) return false;
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
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            // "2+2 Ministerial Dialogue", "Japan–India dialogue": signs inside a name do not separate meetings.
            if (!t.isWord() && !t.isElision() && !t.text().equals("-") && !t.text().equals("+") && !t.text().equals("–")) return false;
        }
        return true;
    }

    private MeetingFinding read(DocumentReading r, Sentence s, List<Mention> ms, int[] group, Window w) {
        MeetingFinding m = new MeetingFinding(s.index());
        String kind = null;
        for (Mention x : ms) {
            if (x.isCue("MeetingWord") && x.start() >= group[0] && x.end() <= group[1]) {
                String k = x.cue().value() == null ? "meeting" : x.cue().value();
                // "session de la commission mixte", "the Joint Commission … its 14th session": the format's own kind over a round word.
                if (kind == null || kindRank(k) >= kindRank(kind)) kind = k;
            }
        }
        m.kind = kind == null ? "meeting" : kind;
        m.phrase = phrase(r.document.text(), s, ms, group, words, r.dates(s.index()), datePrepositions);
        List<DateExpression> dates = new ArrayList<>();
        for (DateExpression d : r.dates(s.index())) if (w.contains(d) && !since(s, d)) dates.add(d);
        OptionalInt edition = edition(s.tokens(), ms, dates, group, w);
        if (edition.isEmpty()) edition = glued(s.tokens(), group, w);
        if (edition.isPresent()) m.edition = new Evidenced<>(edition.getAsInt(), s.index());
        boolean next = false;
        String topic = null;
        for (Mention x : ms) {
            if (!w.contains(x)) continue;
            if (x.isCue("PlannedCue")) {
                m.planned = true;
                String f = Folding.fold(x.surface());
                for (String n : nextWords) if (f.contains(n)) next = true;
            }
            if (x.isCue("TopicCue") && topic == null) topic = x.cue().value();
            if (x.kind() == Kind.PLACE && m.place == null) m.place = new Evidenced<>(x.entity().iri(), s.index());
            if (x.stateIri() != null) m.stateParticipants.add(x.stateIri());
            if (x.kind() == Kind.INSTITUTION) m.institutionParticipants.add(x.entity().iri());
        }
        // The date nearest the meeting words, a dated day or month before a bare year: "se tiendra à Tokyo en 2026",
        // not the "2025-2026" of the work programme earlier in the sentence.
        int at = s.tokens().get(Math.min(group[1], s.tokens().size()) - 1).end();
        java.util.Comparator<DateExpression> nearest = java.util.Comparator.comparingInt(d -> Math.abs(d.start() - at));
        DateExpression date = dates.stream().filter(d -> d.month() != null).min(nearest)
                .orElse(dates.stream().min(nearest).orElse(null));
        if (date != null) m.date = new Evidenced<>(date, s.index());
        boolean recurring = this.recurring.contains(m.kind);
        if (!generic.contains(m.kind) && (recurring || m.edition != null || next)) {
            SeriesFinding series = new SeriesFinding(m.kind, s.index());
            series.states.addAll(m.stateParticipants);
            series.topic = topic;
            series.phrase = seriesPhrase(formatName(r, s, group, m.phrase));
            if (m.stateParticipants.size() < 2 && !m.institutionParticipants.isEmpty()) series.institution = m.institutionParticipants.iterator().next();
            m.series = series;
        }
        if (next && m.edition == null) m.nextRound = true;
        return m;
    }

    /** An ordinal just before the meeting words, or "la 4ème" / "for the fourth time" in its stretch. */
    private OptionalInt edition(List<Token> tokens, List<Mention> ms, List<DateExpression> dates, int[] group, Window w) {
        // "the first 2+2 meeting since …", "la première visite depuis …" counts time, not rounds.
        boolean since = false;
        for (int i = group[1]; i < w.to(); i++) {
            if (this.since.contains(tokens.get(i).norm())) since = true;
        }
        // "the 50th Pacific Islands Forum Leaders Meeting", "the 11th China–EU summit": a body's or a state's name counts as one word.
        int steps = 0;
        for (int i = group[0] - 1; i >= w.from() && steps < 4; i--, steps++) {
            Mention named = nameEndingAt(ms, i);
            if (named != null && named.start() >= w.from()) {
                i = named.start();
                continue;
            }
            OptionalInt o = ordinal(tokens, i, dates);
            if (o.isPresent()) return since && o.getAsInt() == 1 ? OptionalInt.empty() : o;
        }
        if (since) return OptionalInt.empty();
        // "the Joint Commission closed its fourteenth session": the ordinal between the meeting words.
        for (int i = group[0] + 1; i < group[1] - 1; i++) {
            OptionalInt o = ordinal(tokens, i, dates);
            if (o.isPresent()) return o;
        }
        // "la 4ème", "for the fourth time": just after the words, not an ordinal of the next meeting named.
        for (int i = group[1]; i < Math.min(w.to(), group[1] + 4); i++) {
            OptionalInt o = ordinal(tokens, i, dates);
            if (o.isPresent()) return o;
        }
        return OptionalInt.empty();
    }

    /** A body's or a state's name ending at token i (inclusive). */
    private static Mention nameEndingAt(List<Mention> ms, int i) {
        for (Mention m : ms) {
            if ((m.kind() == Kind.INSTITUTION || m.stateIri() != null) && m.end() - 1 == i && m.start() < i + 1) return m;
        }
        return null;
    }

    /** "Conference of the Parties (COP28)": a short name with its number glued on, in brackets after the meeting's name. */
    private static OptionalInt glued(List<Token> t, int[] group, Window w) {
        for (int i = group[1] + 1; i + 1 < Math.min(w.to(), group[1] + MAX_PHRASE + 4); i++) {
            if (!t.get(i - 1).text().equals("(") || !t.get(i + 1).text().equals(")")) continue;
            java.util.regex.Matcher m = NUMBERED.matcher(t.get(i).text());
            if (m.matches()) {
                int n = Integer.parseInt(m.group(2));
                return n >= 1 && n <= 200 ? OptionalInt.of(n) : OptionalInt.empty();
            }
            return OptionalInt.empty();
        }
        return OptionalInt.empty();
    }

    /** An ordinal at token i: one word ("12e", "third"), or a number and its ending written apart ("12 ème"). */
    private OptionalInt ordinal(List<Token> tokens, int i, List<DateExpression> dates) {
        Token t = tokens.get(i);
        // "the 25th anniversary", "le 25e anniversaire": the ordinal counts years, not rounds.
        int after = t.isNumber() && i + 1 < tokens.size() && ordinalSuffixes.contains(tokens.get(i + 1).norm()) ? i + 2 : i + 1;
        if (after < tokens.size() && notRounds.contains(tokens.get(after).norm())) return OptionalInt.empty();
        // "Sixty-sixth", "vingt-troisième": the tokens split at hyphens; the whole compound is the ordinal, not its last part.
        int j = i;
        while (j >= 2 && tokens.get(j - 1).text().equals("-") && tokens.get(j - 2).isWord()
                && tokens.get(j - 1).start() == tokens.get(j - 2).end() && tokens.get(j).start() == tokens.get(j - 1).end()) j -= 2;
        for (int k = j; k < i; k += 2) {
            StringBuilder b = new StringBuilder();
            for (int x = k; x <= i; x++) b.append(tokens.get(x).text());
            OptionalInt o = Ordinals.parse(b.toString());
            if (o.isPresent()) return o.getAsInt() <= 200 ? o : OptionalInt.empty();
        }
        if (t.isNumber() && i + 1 < tokens.size() && ordinalSuffixes.contains(tokens.get(i + 1).norm())
                && tokens.get(i + 1).start() - t.end() <= 1) {
            for (DateExpression d : dates) if (t.start() >= d.start() && t.end() <= d.end()) return OptionalInt.empty();
            try {
                int n = Integer.parseInt(t.text());
                return n >= 1 && n <= 200 ? OptionalInt.of(n) : OptionalInt.empty();
            } catch (NumberFormatException e) {
                return OptionalInt.empty();
            }
        }
        return ordinal(t, dates);
    }

    private static OptionalInt ordinal(Token t, List<DateExpression> dates) {
        for (DateExpression d : dates) if (t.start() >= d.start() && t.end() <= d.end()) return OptionalInt.empty();
        OptionalInt o = Ordinals.parse(t.text());
        return o.isPresent() && o.getAsInt() <= 200 ? o : OptionalInt.empty();
    }

    /** The meeting words and what qualifies them: "Congrès des chefs des religions mondiales et traditionnelles". */
    static String phrase(String text, Sentence s, List<Mention> ms, int[] group, FunctionWords words) {
        return phrase(text, s, ms, group, words, List.of(), Set.of());
    }

    /** As above, ending before a date and the preposition that brings it ("a meeting on July 28"). */
    static String phrase(String text, Sentence s, List<Mention> ms, int[] group, FunctionWords words,
                         List<DateExpression> dates, Set<String> datePrepositions) {
        List<Token> tokens = s.tokens();
        java.util.Set<Integer> dateStarts = new java.util.HashSet<>();
        for (DateExpression d : dates) dateStarts.add(d.start());
        int end = group[1];
        while (end < tokens.size() && end - group[0] < MAX_PHRASE) {
            Mention body = startingInstitution(ms, end);
            if (body != null) {
                end = body.end(); // "… de l'Organisation pour la mise en valeur du fleuve Sénégal (OMVS)": the whole name, then stop
                break;
            }
            Token t = tokens.get(end);
            if (!t.isWord() && !t.isElision() && !t.text().equals("-") && !t.text().equals("+")) break;
            if (words.phraseStops().contains(t.norm())) break;
            if (startsPlaceOrDate(ms, end)) break;
            if (dateStarts.contains(t.start())) break;
            if (datePrepositions.contains(t.norm()) && end + 1 < tokens.size() && dateStarts.contains(tokens.get(end + 1).start())) break;
            end++;
        }
        while (end > group[1] && words.dangling().contains(tokens.get(end - 1).norm())) end--;
        // Names put in front: "their 2+2 Ministerial Dialogue", "the UN Ocean Conference", "an EU–Japan summit".
        int start = group[0];
        while (start > 0 && group[0] - start < 5 && frontQualifier(tokens, start - 1, words)) start--;
        while (start < group[0] && !tokens.get(start).isWord()) start++;
        return s.surface(text, start, end);
    }

    private static boolean frontQualifier(List<Token> tokens, int i, FunctionWords words) {
        Token t = tokens.get(i);
        String x = t.text();
        if (x.equals("+") || x.equals("–") || x.equals("-")) return i > 0 && tokens.get(i - 1).end() == t.start();
        if (t.isNumber()) return i + 1 < tokens.size() && tokens.get(i + 1).text().equals("+");
        if (!t.isWord() || !t.isCapitalized() || Ordinals.parse(x).isPresent()) return false;
        return NameSpan.couldBeName(t, words) && !words.phraseStops().contains(t.norm());
    }

    /**
     * The name of the format a meeting belongs to ends with its meeting words unless a name goes on ("Dialogue on
     * …", "Commission Mixte RDC-…"): "The latest round of the Strategic Dialogue confirmed …" names the Strategic
     * Dialogue. French puts adjectives after the noun ("commission mixte"), so there only a participle ends it
     * ("Sommet marquant …").
     */
    private String formatName(DocumentReading r, Sentence s, int[] group, String phrase) {
        List<Token> t = s.tokens();
        // "The Namibia–Peru Joint Commission closed its fourteenth session": the name ends where a verb follows it.
        for (int i = group[0] + 1; i < group[1]; i++) {
            if (words.phraseStops().contains(t.get(i).norm()) && t.get(i - 1).isCapitalized()) return cut(r, t, group, phrase, i);
        }
        if (group[1] >= t.size()) return phrase;
        Token next = t.get(group[1]);
        if (!next.isWord() || next.isCapitalized() || nameLinks.contains(next.norm())) return phrase;
        if ("fr".equals(r.language) && !next.norm().endsWith("ant")) return phrase;
        return cut(r, t, group, phrase, group[1]);
    }

    /** The phrase up to token {@code end} (exclusive). */
    private static String cut(DocumentReading r, List<Token> t, int[] group, String phrase, int end) {
        String text = r.document.text();
        for (int k = group[0]; k >= Math.max(0, group[0] - 6); k--) {
            int from = t.get(k).start();
            if (!text.startsWith(phrase, from)) continue;
            int cut = t.get(end - 1).end() - from;
            return cut > 0 && cut < phrase.length() ? phrase.substring(0, cut) : phrase;
        }
        return phrase;
    }

    /** "Round of the Japan–India dialogue on …" names the round; the series is "Japan–India dialogue on …". */
    String seriesPhrase(String phrase) {
        String[] words = phrase.split(" ");
        if (words.length < 3 || !roundWords.contains(Folding.fold(words[0]))) return phrase;
        int i = 1;
        while (i < words.length - 1 && links.contains(Folding.fold(words[i]))) i++;
        return i == 1 ? phrase : String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
    }


    /** "depuis 2019", "since March": the start of a span of time, not the meeting's date. */
    private boolean since(Sentence s, DateExpression d) {
        Token before = null;
        for (Token t : s.tokens()) if (t.end() <= d.start()) before = t;
        return before != null && since.contains(before.norm());
    }

    private static Mention startingInstitution(List<Mention> ms, int i) {
        for (Mention m : ms) if (m.kind() == Kind.INSTITUTION && m.start() == i) return m;
        return null;
    }

    private static boolean startsPlaceOrDate(List<Mention> ms, int i) {
        for (Mention m : ms) if (m.kind() == Kind.PLACE && m.start() == i) return true;
        return false;
    }

    /** The sentence where the meeting being reported was last named or pointed at ("the session", "ce sommet"). */
    private int currentAt = -1;
    /** How many sentences after the meeting being reported was last named a sentence may say who attended it. */
    private static final int ATTEND_REACH = 4;
    /** At most this many words between an AttendCue and the meeting word it governs ("took part in the 23rd IORA meeting"). */
    private static final int ATTEND_GAP = 8;

    /**
     * Who attended a meeting. After an AttendCue ("took part in", "a participé à", "participation au") followed closely by
     * a meeting word, the officials named before the cue; after an AttendedByCue ("attended by", "others in attendance
     * were") the officials and states named after it; after a RepresentedByCue ("Cabo Verde was represented by
     * X") the officials after it and the state or body named just before it. An attending official's state takes part
     * too, except for one who represents the side named before "represented by".
     */
    private void attendance(DocumentReading r, Sentence s, List<Mention> ms, MeetingFinding meeting) {
        if (meeting == null) return;
        Mention active = null, passive = null, represented = null;
        for (Mention x : ms) {
            if (x.isCue("AttendCue") && active == null && meetingWordAfter(ms, x)) active = x;
            if (x.isCue("AttendedByCue") && passive == null) passive = x;
            if (x.isCue("RepresentedByCue") && represented == null) represented = x;
        }
        if (active == null && passive == null && represented == null) return;
        for (OfficialStage.Placed p : r.placedPersons.getOrDefault(s.index(), List.of())) {
            boolean subject = active != null && p.nameStart() < active.start();
            boolean agent = passive != null && p.nameStart() >= passive.end();
            boolean delegate = represented != null && p.nameStart() >= represented.end();
            if (!subject && !agent && !delegate) continue;
            if (meeting.participants.stream().noneMatch(e -> e.value() == p.person())) meeting.participants.add(new Evidenced<>(p.person(), s.index()));
            if (delegate && !subject && !agent) continue;
            String state = p.person().state(mappings);
            if (state != null) meeting.stateParticipants.add(state);
        }
        if (passive != null) for (Mention x : ms) if (x.start() >= passive.end() && x.kind() == Kind.STATE) meeting.stateParticipants.add(x.stateIri());
        if (represented == null || represented.start() == 0) return;
        for (Mention x : ms) {
            if (x.end() != represented.start()) continue;
            if (x.stateIri() != null) meeting.stateParticipants.add(x.stateIri());
            // A body becomes a side only of a meeting already known by a body or a series: the first body names a meeting without one.
            else if (x.kind() == Kind.INSTITUTION && (meeting.series != null || !meeting.institutionParticipants.isEmpty())) {
                meeting.institutionParticipants.add(x.entity().iri());
            }
        }
    }

    /** A meeting word within a few words after {@code cue}. */
    private static boolean meetingWordAfter(List<Mention> ms, Mention cue) {
        for (Mention x : ms) if (x.isCue("MeetingWord") && x.start() >= cue.end() && x.start() - cue.end() <= ATTEND_GAP) return true;
        return false;
    }

    private void attachChairs(DocumentReading r, Sentence s, List<Mention> ms, MeetingFinding meeting) {
        if (meeting == null) return;
        int cueEnd = -1, verbStart = -1, agent = -1;
        for (Mention m : ms) {
            if (m.isCue("ChairCue")) cueEnd = cueEnd < 0 ? m.end() : Math.min(cueEnd, m.end());
            if (m.isCue("ChairVerbCue") && verbStart < 0) verbStart = m.start();
            if (m.isCue("ChairParticipleCue") && agent < 0) agent = agentAfter(s.tokens(), m.end());
        }
        if (cueEnd < 0 && verbStart < 0 && agent < 0) return;
        for (OfficialStage.Placed p : r.placedPersons.getOrDefault(s.index(), List.of())) {
            boolean after = cueEnd >= 0 && p.nameStart() >= cueEnd - 1;
            boolean subject = verbStart >= 0 && p.nameStart() < verbStart; // "X and Y headed the delegation"
            // "coprésidée mercredi à Dakar, par A …, et B …": the names just after the agent, not a later clause's
            boolean agented = agent >= 0 && p.nameStart() > agent && p.nameStart() - agent <= CHAIR_SPAN;
            if (after || subject || agented) meeting.chairs.add(new Evidenced<>(p.person(), s.index()));
        }
    }

    /** The agent word ("par", "by") a few tokens after a chair participle, with no sentence break between; or -1. */
    private int agentAfter(List<org.chancery.text.Token> t, int from) {
        for (int k = from; k < t.size() && k - from <= AGENT_GAP; k++) {
            String x = t.get(k).text();
            if (x.equals(";") || x.equals(":") || x.equals(".")) return -1;
            if (agentWords.contains(t.get(k).norm())) return k;
        }
        return -1;
    }
}
