package org.chancery.extract;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.chancery.mapping.Kind;
import org.chancery.mapping.KnownEntity;
import org.chancery.mapping.Mappings;
import org.chancery.mapping.MeetingKind;
import org.chancery.text.DateExpression;
import org.chancery.text.Folding;
import org.chancery.text.Token;

/**
 * Finds everyday meetings: a visit, talks, a telephone or video call, an audience, a presentation of
 * credentials, a minister receiving a counterpart. A sentence with such a word (lexicon.ttl:
 * EncounterWord, ReceiveCue, or a "talks"/"meeting" word that is no round of a series) is a meeting
 * when it names two sides: two states, or officials of two states. The side named before a
 * receiving verb, or the state where the visit or talks take place, is the host. One event told
 * several times (headline, lead, body) is one meeting: later sentences about the same sides join it.
 */
public final class EncounterStage implements Stage {
    /** MeetingWord kinds that are everyday meetings unless they are a numbered round of a series (words.ttl's EverydayMeetingKind). */
    private final Set<String> everydayKinds;
    /** "presented his credentials to President X", "ses lettres de créance au président X": whom they are handed to (CredentialsRecipient). */
    private final Set<String> recipientWords;
    /** "received his counterpart", "a reçu ses homologues", "received a delegation": people, though no title (CounterpartWord). */
    private final Set<String> counterparts;

    private final Mappings mappings;
    /** Weekdays and days named from today (words.ttl): never the guest of "received". */
    private final Set<String> days;

    public EncounterStage(Mappings mappings) {
        this.mappings = mappings;
        Set<String> days = new java.util.HashSet<>(mappings.wordSet("Weekday"));
        days.addAll(mappings.wordSet("RelativeDay"));
        this.days = Set.copyOf(days);
        this.locativeWords = mappings.wordSet("EncounterPlaceWord");
        this.agent = mappings.wordSet("PassiveAgent");
        this.passiveWords = mappings.wordSet("PassiveAuxiliary");
        this.since = mappings.wordSet("SinceWord");
        this.pointers = mappings.wordSet("EncounterPointer");
        this.complement = mappings.wordSet("EncounterComplement");
        this.beforeGuest = mappings.wordSet("BeforeGuest");
        this.everydayKinds = mappings.wordSet("EverydayMeetingKind");
        this.recipientWords = mappings.wordSet("CredentialsRecipient");
        this.counterparts = mappings.wordSet("CounterpartWord");
        this.titleArticles = mappings.wordSet("BareTitleArticle");
        this.titleLinks = mappings.wordSet("TitleLink");
        Set<String> attributive = new java.util.HashSet<>();
        for (String w : mappings.wordSet("AttributivePlanned")) attributive.add(Folding.fold(w));
        this.attributivePlanned = Set.copyOf(attributive);
    }

    /** The stage of one document: the word lists of {@code stage}, folded once, and a fresh reading state. */
    private EncounterStage(EncounterStage stage) {
        this.mappings = stage.mappings;
        this.days = stage.days;
        this.locativeWords = stage.locativeWords;
        this.agent = stage.agent;
        this.passiveWords = stage.passiveWords;
        this.since = stage.since;
        this.pointers = stage.pointers;
        this.complement = stage.complement;
        this.beforeGuest = stage.beforeGuest;
        this.everydayKinds = stage.everydayKinds;
        this.recipientWords = stage.recipientWords;
        this.counterparts = stage.counterparts;
        this.titleArticles = stage.titleArticles;
        this.titleLinks = stage.titleLinks;
        this.attributivePlanned = stage.attributivePlanned;
    }

    /** "next", "prochaine", "à venir": planned only said of the noun they stand by (folded). */
    private final Set<String> attributivePlanned;

    /** "the", "la": before a title standing alone for someone named earlier ("La ministre a rencontré …"). */
    private final Set<String> titleArticles;
    /** Words that carry a title on ("minister of …", "ministre des …", "chargé de …"): then it is no bare title. */
    private final Set<String> titleLinks;

    /** Words before a place or state that say where something happens: "visit to Egypt", "en visite au Maroc". */
    private final Set<String> locativeWords;
    /** "was received by", "a été reçu par": the host comes after the verb. */
    private final Set<String> agent;
    /** "He was received at the palace by …", "a été reçu par …": the one received comes first. */
    private final Set<String> passiveWords;
    /** "since", "depuis" before a date: the start of a span, not the day of the meeting. */
    private final Set<String> since;
    /** Words before "talks"/"meeting" that point at the meeting just reported. */
    private final Set<String> pointers;
    /** Words before "talks"/"meeting" that make it a span of time ("two years of negotiations"). */
    private final Set<String> complement;
    /** Words between a receiving verb and whom it receives: "a reçu mercredi son homologue", "received in audience the …". */
    private final Set<String> beforeGuest;

    @Override
    public void process(DocumentReading r) {
        new EncounterStage(this).readAll(r); // the reading state is per document; the lists are shared
    }

    private void readAll(DocumentReading r) {
        List<MeetingFinding> found = new ArrayList<>();
        for (Sentence s : r.sentences) {
            MeetingFinding one = read(r, s);
            if (one == null) {
                accompanying(r, s);
                signing(r, s);
                heldAt(r, s);
                continue;
            }
            for (MeetingFinding m : separate(r, s, one)) {
                joinPending(m);
                add(r, found, m);
            }
            pending.clear();
        }
        absorb(r, found);
        for (MeetingFinding m : found) {
            placeFromContext(r, m);
            placeFromLead(r, m);
            counterpartHosts(m);
            headHosts(r, m);
        }
    }

    /** Ranks of roles.ttl from the top: a head of state outranks a head of government, who outranks a minister. */
    private static final List<String> RANKS = List.of("HeadOfState", "HeadOfGovernment", "Minister");

    /** The rank of the person's role: the one their first title was read with, else the first role a title of theirs names. */
    private int rankOf(PersonFinding p) {
        String rank = p.rank;
        // "les présidents sénégalais, Macky Sall, et sud-africain, Jacob Zuma": a title read from a plural carries no rank.
        for (int t = 0; rank == null && t < p.titles.size(); t++) {
            for (org.chancery.mapping.GazetteerMatch g : mappings.gazetteer().findAll(org.chancery.text.Tokenizer.tokenize(p.titles.get(t).value()))) {
                for (org.chancery.mapping.Entry e : g.entries()) {
                    if (e.kind() == Kind.ROLE && e.entity() != null && e.entity().rank() != null) rank = e.entity().rank();
                }
                if (rank != null) break;
            }
        }
        int i = rank == null ? -1 : RANKS.indexOf(rank);
        return i < 0 ? RANKS.size() : i;
    }

    /**
     * A visit with its receiving state known and no one said to receive: "President B began a state visit to A" then
     * "… the press conference of Presidents B and X": the visit is hosted by the receiving state's highest office the
     * report names. Of the receiving state's officials who took part, the one who outranks the others hosts; when none
     * of them took part and the guest is a head of state, the receiving state's one head of state the document names
     * hosts (heads of state receive heads of state). Of several hosts, one who outranks the others is the host.
     */
    private void headHosts(DocumentReading r, MeetingFinding m) {
        if (m.hosts.size() >= 2) {
            // "the President and the Foreign Minister of A received …": the one who outranks the others hosts, they take part.
            List<Evidenced<PersonFinding>> hosts = new ArrayList<>(m.hosts);
            hosts.sort(java.util.Comparator.comparingInt(p -> rankOf(p.value())));
            if (rankOf(hosts.get(0).value()) >= rankOf(hosts.get(1).value())) return;
            addPersons(m.participants, hosts);
            m.hosts.clear();
            m.hosts.add(hosts.get(0));
            return;
        }
        if (m.planned || m.hostStates.size() != 1 || !m.hosts.isEmpty() || !"inPerson".equals(mode(m))) return;
        String host = m.hostStates.iterator().next();
        List<Evidenced<PersonFinding>> own = new ArrayList<>();
        boolean headGuest = false;
        for (Evidenced<PersonFinding> p : m.participants) {
            String st = stateOf(p.value());
            if (host.equals(st)) own.add(p);
            else if (st != null && rankOf(p.value()) == 0) headGuest = true;
        }
        if (own.size() >= 2) {
            own.sort(java.util.Comparator.comparingInt(p -> rankOf(p.value())));
            if (rankOf(own.get(0).value()) < rankOf(own.get(1).value())) m.hosts.add(own.get(0));
            return;
        }
        if (!own.isEmpty() || !headGuest) return;
        PersonFinding head = null;
        for (PersonFinding p : r.persons) {
            if (rankOf(p) != 0 || !host.equals(stateOf(p)) || p.visitor) continue;
            if (head != null) return; // two heads of the receiving state: which one is not said
            head = p;
        }
        if (head == null) return;
        int at = head.sentences.stream().mapToInt(Integer::intValue).min().orElse(m.sentence);
        m.hosts.add(new Evidenced<>(head, at));
        m.participants.add(new Evidenced<>(head, at));
    }

    /**
     * "B arrived in A for a visit … B held talks with A's minister X": of the receiving state, the one official who
     * took part in the in-person meeting is the one who received the guest, though no sentence says "received".
     */
    private void counterpartHosts(MeetingFinding m) {
        if (m.planned || m.hostStates.size() != 1 || !m.hosts.isEmpty() || !"inPerson".equals(mode(m))) return;
        String host = m.hostStates.iterator().next();
        Evidenced<PersonFinding> only = null;
        for (Evidenced<PersonFinding> p : m.participants) {
            // Named where the meeting is told, not among signatories or a delegation listed after it.
            if (!host.equals(stateOf(p.value())) || !m.sentences.contains(p.sentence())) continue;
            if (only != null) return; // two of the host's officials: which one received is not said
            only = p;
        }
        if (only != null) m.hosts.add(only);
    }

    /** The state an official represents, or null. */
    private String stateOf(PersonFinding p) {
        return p.state(mappings);
    }

    /** How many sentences before an in-person meeting the one whose place it shares may be told. */
    private static final int CONTEXT_REACH = 2;

    /**
     * "While attending the G20 ministers' meeting in Bonn, the minister met X. She took the opportunity to meet several
     * counterparts, among them …": an in-person meeting whose sentence names no place is where the meeting of one of
     * its sides told just before took place (the conference on whose margins, or the trip during which, it was held).
     */
    private void placeFromContext(DocumentReading r, MeetingFinding m) {
        if (m.place != null || m.planned || !"inPerson".equals(mode(m))) return;
        for (Mention x : r.mentions(m.sentence)) if (x.kind() == Kind.PLACE) return; // a place of its own sentence, not taken
        MeetingFinding best = null;
        for (MeetingFinding o : r.meetings) {
            if (o == m || o.place == null || o.planned || o.sentence > m.sentence || m.sentence - o.sentence > CONTEXT_REACH) continue;
            if (mode(o) != null && !"inPerson".equals(mode(o))) continue;
            boolean shared = o.stateParticipants.stream().anyMatch(m.stateParticipants::contains)
                    || o.participants.stream().anyMatch(p -> m.participants.stream().anyMatch(q -> q.value() == p.value()));
            if (shared && (best == null || o.sentence > best.sentence)) best = o;
        }
        if (best != null) m.place = best.place;
    }

    /** How many sentences at the start of a report may say where the visit it tells takes place. */
    private static final int LEAD = 3;

    /**
     * "Le Sénégal et l'Égypte ont signé vendredi à Dakar …" then "… une visite officielle … au Sénégal": an
     * in-person meeting the text gives no place for is where the lead says things happen, when that place lies
     * in the host's state.
     */
    private void placeFromLead(DocumentReading r, MeetingFinding m) {
        if (m.place != null || m.planned || m.hostStates.isEmpty() || !"inPerson".equals(mode(m))) return;
        for (Sentence s : r.sentences) {
            if (s.index() >= LEAD) break;
            List<Token> t = s.tokens();
            for (Mention x : r.mentions(s.index())) {
                if (x.kind() != Kind.PLACE || x.start() == 0 || !locativeWords.contains(t.get(x.start() - 1).norm())) continue;
                if (!m.hostStates.contains(x.entity().inState())) continue;
                m.place = new Evidenced<>(x.entity().iri(), s.index());
                return;
            }
        }
    }

    /** How far after the meeting last reported a sentence may list who else took part in it. */
    private static final int ACCOMPANY_REACH = 3;

    /**
     * "Le président haïtien était accompagné de M. A, ministre …; M. B …", "Du côté cubain, étaient présents …":
     * the officials of a sentence with an AccompanyCue (lexicon.ttl) and no meeting of its own took part in the
     * meeting just reported.
     */
    private void accompanying(DocumentReading r, Sentence s) {
        if (last == null || last.planned || !"inPerson".equals(mode(last))) return;
        int lastAt = last.sentences.stream().mapToInt(Integer::intValue).max().orElse(last.sentence);
        if (s.index() <= lastAt || s.index() - lastAt > ACCOMPANY_REACH) return;
        if (r.mentions(s.index()).stream().noneMatch(x -> x.isCue("AccompanyCue"))) return;
        for (OfficialStage.Placed p : r.placedPersons.getOrDefault(s.index(), List.of())) {
            addPersons(last.participants, List.of(new Evidenced<>(p.person(), s.index())));
        }
    }

    /** Sentences of one side about an encounter not yet told with both sides: the meeting told next may take them in. */
    private final List<MeetingFinding> pending = new ArrayList<>();
    /** How many sentences before a meeting a sentence of one side about it may come (headline, lead). */
    private static final int PENDING_REACH = 3;

    /**
     * "President X on Thursday, 4 October, received credentials from five envoys" (one side only), then "The envoys
     * … included the ambassadors of A, B and C": the first sentence's date, place and host belong to the meeting
     * the second tells.
     */
    private MeetingFinding oneSided(DocumentReading r, Sentence s, MeetingKind kind, Mention receive, Map<PersonFinding, Integer> persons,
                                    Map<String, Integer> states, Map<PersonFinding, String> stateOf, String place, boolean placeIsLocative, int anchor) {
        List<Token> t = s.tokens();
        MeetingFinding p = new MeetingFinding(s.index());
        p.everyday = true;
        p.kind = kind.kind();
        p.stateParticipants.addAll(states.keySet());
        p.stateParticipants.addAll(stateOf.values());
        for (PersonFinding x : persons.keySet()) p.participants.add(new Evidenced<>(x, s.index()));
        boolean remote = !"inPerson".equals(kind.mode());
        if (receive != null && receivesSomeone(r, s, r.mentions(s.index()), receive)) {
            int cue = t.get(receive.start()).start();
            boolean passive = (receive.end() < t.size() && agent.contains(t.get(receive.end()).norm()))
                    || (receive.start() > 0 && passiveWords.contains(t.get(receive.start() - 1).norm()));
            for (Map.Entry<PersonFinding, Integer> e : persons.entrySet()) {
                if ((e.getValue() < cue) == passive) continue;
                p.hosts.add(new Evidenced<>(e.getKey(), s.index()));
                if (stateOf.containsKey(e.getKey())) p.hostStates.add(stateOf.get(e.getKey()));
            }
        }
        if (place != null && placeIsLocative && !remote) p.place = new Evidenced<>(place, s.index());
        DateExpression date = null;
        for (DateExpression d : r.dates(s.index())) {
            // A visit, talks or a call happens on a day: "in 2023", "the 2030 agenda" in its sentence is a time frame, not its date.
            if (since(t, d) || (d.month() == null && d.day() == null && d.weekday() == null)) continue;
            if (date == null || Math.abs(d.start() - anchor) < Math.abs(date.start() - anchor)) date = d;
        }
        if (date != null) p.date = new Evidenced<>(date, s.index());
        p.planned = planned(r.mentions(s.index()), t);
        return p;
    }

    /** The sentences of one side just before {@code m} that are about it (same way of meeting, its sides, no other day). */
    private void joinPending(MeetingFinding m) {
        for (MeetingFinding p : pending) {
            if (m.sentence - p.sentence > PENDING_REACH || p.planned != m.planned || !Objects.equals(mode(p), mode(m))) continue;
            if (!m.stateParticipants.containsAll(p.stateParticipants)) continue;
            if (p.date != null && m.date != null && !sameDay(p.date.value(), m.date.value())) continue;
            if (!p.hostStates.isEmpty() && !m.hostStates.isEmpty() && !m.hostStates.containsAll(p.hostStates)) continue;
            if (m.date == null) m.date = p.date;
            if (m.place == null) m.place = p.place;
            m.hostStates.addAll(p.hostStates);
            addPersons(m.hosts, p.hosts);
            addPersons(m.participants, p.participants);
            m.sentences.add(p.sentence);
        }
    }

    /**
     * "The event, which was held at the State House in Dar es Salaam, …" just after a meeting with no place: where
     * it was held, when the place lies in the state of one of its sides.
     */
    private void heldAt(DocumentReading r, Sentence s) {
        if (last == null || last.place != null || last.planned || !"inPerson".equals(mode(last))) return;
        int lastAt = last.sentences.stream().mapToInt(Integer::intValue).max().orElse(last.sentence);
        if (s.index() <= lastAt || s.index() - lastAt > ACCOMPANY_REACH) return;
        List<Mention> ms = r.mentions(s.index());
        if (ms.stream().noneMatch(x -> x.isCue("HeldCue"))) return;
        List<Token> t = s.tokens();
        for (Mention x : ms) {
            if (x.stateIri() != null && !last.stateParticipants.contains(x.stateIri())) return; // another side: another event
        }
        for (Mention x : ms) {
            if (x.kind() != Kind.PLACE || x.start() == 0 || !locativeWords.contains(t.get(x.start() - 1).norm())) continue;
            if (!last.stateParticipants.contains(x.entity().inState())) continue;
            last.place = new Evidenced<>(x.entity().iri(), s.index());
            return;
        }
    }

    /** How far after the in-person meeting last reported a sentence of one side may go on about it. */
    private static final int FOLLOW_REACH = 2;

    /**
     * A sentence with an in-person meeting word and one side only, close after an in-person meeting of that side: it
     * tells who else took part (the other side is a pronoun, "she", "the guest").
     */
    private boolean followsOn(Sentence s, MeetingKind kind, Set<String> states, Map<PersonFinding, String> stateOf) {
        if (last == null || last.planned || !"inPerson".equals(kind.mode()) || !"inPerson".equals(mode(last))) return false;
        int lastAt = last.sentences.stream().mapToInt(Integer::intValue).max().orElse(last.sentence);
        if (s.index() <= lastAt || s.index() - lastAt > FOLLOW_REACH || stateOf.isEmpty()) return false;
        if (!last.stateParticipants.containsAll(states)) return false;
        // Every official of the sentence is of a side of that meeting: no one of an unknown side joins.
        for (PersonFinding p : placed.keySet()) if (!last.stateParticipants.contains(stateOf.get(p))) return false;
        return true;
    }

    /**
     * "Two agreements were signed by A's foreign minister X and B's minister Y" shortly after a visit of B to A is told:
     * the signatories took part in that visit. Only officials of the visit's sides join, and only just after it.
     */
    private void signing(DocumentReading r, Sentence s) {
        if (last == null || last.planned || last.stateParticipants.size() < 2 || !"inPerson".equals(mode(last))) return;
        int lastAt = last.sentences.stream().mapToInt(Integer::intValue).max().orElse(last.sentence);
        if (s.index() <= lastAt || s.index() - lastAt > ACCOMPANY_REACH) return;
        if (r.mentions(s.index()).stream().noneMatch(x -> x.isCue("SignedCue"))) return;
        List<Evidenced<PersonFinding>> signers = new ArrayList<>();
        for (OfficialStage.Placed p : r.placedPersons.getOrDefault(s.index(), List.of())) {
            String st = stateOf(p.person());
            if (st == null || !last.stateParticipants.contains(st)) return; // someone of another side: another event
            signers.add(new Evidenced<>(p.person(), s.index()));
        }
        addPersons(last.participants, signers);
    }

    /** "X held separate meetings with the ministers of A, B and C": one meeting of X's side with each of the others. */
    private List<MeetingFinding> separate(DocumentReading r, Sentence s, MeetingFinding m) {
        if (r.mentions(s.index()).stream().noneMatch(x -> x.isCue("SeparateCue")) || at < 0) return List.of(m);
        Set<String> own = new LinkedHashSet<>(m.hostStates);
        for (Map.Entry<PersonFinding, Integer> e : placed.entrySet()) if (e.getValue() < at && stateOfPlaced.containsKey(e.getKey())) own.add(stateOfPlaced.get(e.getKey()));
        for (Map.Entry<String, Integer> e : statesPlaced.entrySet()) if (e.getValue() < at) own.add(e.getKey());
        List<String> others = new ArrayList<>();
        for (String st : m.stateParticipants) if (!own.contains(st)) others.add(st);
        // "X, foreign minister, received his counterparts of A, B and C": X's side is X, though the text names no state of X.
        boolean ownPerson = false;
        for (Map.Entry<PersonFinding, Integer> e : placed.entrySet()) if (e.getValue() < at && !stateOfPlaced.containsKey(e.getKey())) ownPerson = true;
        if ((own.isEmpty() && !ownPerson) || others.size() < 2) return List.of(m);
        // Of officials of no named state before the verb, the first is the subject; the others are named in its clauses
        // ("…, in the delegation led by Prime Minister Y, received …").
        PersonFinding subject = null;
        int subjectAt = Integer.MAX_VALUE;
        for (Map.Entry<PersonFinding, Integer> e : placed.entrySet()) {
            if (e.getValue() < at && !stateOfPlaced.containsKey(e.getKey()) && e.getValue() < subjectAt) {
                subject = e.getKey();
                subjectAt = e.getValue();
            }
        }
        final PersonFinding lead = own.isEmpty() ? subject : null;
        List<MeetingFinding> out = new ArrayList<>();
        for (String other : others) {
            MeetingFinding x = new MeetingFinding(m.sentence);
            x.everyday = true;
            x.kind = m.kind;
            x.phrase = m.phrase;
            x.date = m.date;
            x.place = m.place;
            x.planned = m.planned;
            x.stateParticipants.addAll(own);
            x.stateParticipants.add(other);
            x.hostStates.addAll(m.hostStates);
            for (Evidenced<PersonFinding> h : m.hosts) if (lead == null || h.value() == lead || stateOfPlaced.containsKey(h.value())) x.hosts.add(h);
            for (Evidenced<PersonFinding> p : m.participants) {
                String st = stateOfPlaced.get(p.value());
                if (st == null && lead != null && p.value() != lead && placed.getOrDefault(p.value(), -1) < at) continue;
                if (st == null || own.contains(st) || st.equals(other)) x.participants.add(p);
            }
            out.add(x);
        }
        return out;
    }

    private void add(DocumentReading r, List<MeetingFinding> found, MeetingFinding m) {
            MeetingFinding same = null;
            for (MeetingFinding e : found) if (sameEvent(e, m)) same = e;
            if (same == null) {
                found.add(m);
                r.meetings.add(m);
                last = m;
            } else {
                join(same, m);
                last = same;
            }
    }

    private void absorb(DocumentReading r, List<MeetingFinding> found) {
        // "Following the negotiations, …" read by the meeting stage elsewhere: the same talks, when no other sides are named.
        for (Iterator<MeetingFinding> it = r.meetings.iterator(); it.hasNext(); ) {
            MeetingFinding n = it.next();
            if (n.everyday || n.series != null || n.edition != null || n.planned || !everydayKinds.contains(n.kind)) continue;
            for (MeetingFinding e : found) {
                if (e.planned || !e.stateParticipants.containsAll(n.stateParticipants) || !"inPerson".equals(mode(e))) continue;
                if (e.date != null && n.date != null && !sameDay(e.date.value(), n.date.value())) continue;
                if (e.date == null) e.date = n.date;
                if (e.place == null) e.place = n.place;
                e.institutionParticipants.addAll(n.institutionParticipants);
                it.remove();
                break;
            }
        }
    }

    /** The everyday meeting reported last, which sentences without sides of their own may go on about. */
    private MeetingFinding last;
    /** Of the sentence read last: where its meeting word is, and where its officials and states are named. */
    private int at = -1;
    private Map<PersonFinding, Integer> placed = Map.of();
    private Map<String, Integer> statesPlaced = Map.of();
    private Map<PersonFinding, String> stateOfPlaced = Map.of();

    private MeetingFinding read(DocumentReading r, Sentence s) {
        List<Mention> ms = r.mentions(s.index());
        List<MeetingFinding> named = new ArrayList<>();
        boolean series = false;
        for (MeetingFinding m : r.meetings) {
            if (m.everyday || m.sentence != s.index()) continue;
            if (m.series != null || m.edition != null || !everydayKinds.contains(m.kind)) series = true;
            else named.add(m);
        }
        boolean earlier = r.meetings.stream().anyMatch(m -> m.sentence < s.index());
        MeetingKind kind = null;
        Mention receive = null;
        Mention handed = null; // the credentials word, for "… to President X"
        int anchorAt = -1;
        List<Token> t = s.tokens();
        for (Mention x : ms) {
            boolean word = x.isCue("EncounterWord");
            if (!series && x.isCue("MeetingWord") && everydayKinds.contains(x.cue().value()) && x.start() > 0) {
                String before = t.get(x.start() - 1).norm();
                // "after the talks", "la réunion a rassemblé …": the meeting just reported; "two years of negotiations": a span of time.
                word = !(earlier && pointers.contains(before)) && !complement.contains(before);
            }
            if (x.isCue("ReceiveCue") && receive == null) receive = x;
            else if (!word) continue;
            MeetingKind k = mappings.meetingKind(x.cue().value());
            if (k == null) continue;
            if (kind == null || k.weight() > kind.weight()) kind = k;
            if ("credentials".equals(k.kind()) && handed == null) handed = x;
            if (anchorAt < 0) anchorAt = s.tokens().get(x.start()).start();
        }
        if (kind == null) return null;
        MeetingFinding m = new MeetingFinding(s.index());
        m.everyday = true;
        m.kind = kind.kind();
        m.phrase = kind.label(r.language);
        boolean remote = !"inPerson".equals(kind.mode());

        // The sides: officials named in the sentence, their states, and the states named.
        Map<PersonFinding, Integer> persons = new LinkedHashMap<>();
        for (OfficialStage.Placed p : r.placedPersons.getOrDefault(s.index(), List.of())) persons.put(p.person(), t.get(p.nameStart()).start());
        for (PersonFinding p : r.persons) {
            if (persons.containsKey(p)) continue;
            int pos = position(s, p);
            if (pos >= 0) persons.put(p, pos);
        }
        bareTitles(r, s, ms, persons);
        Map<String, Integer> states = new LinkedHashMap<>();
        String place = null;
        boolean placeIsLocative = false;
        String locativeState = null;
        Set<Integer> afterVisit = new java.util.HashSet<>(); // "visited Russia", "visite le Maroc"
        for (Mention x : ms) if (x.isCue("EncounterWord") && "visit".equals(x.cue().value())) afterVisit.add(x.end());
        for (Mention x : ms) {
            int pos = t.get(x.start()).start();
            boolean locative = x.start() > 0 && (locativeWords.contains(t.get(x.start() - 1).norm()) || afterVisit.contains(x.start()));
            if (x.stateIri() != null) {
                states.putIfAbsent(x.stateIri(), pos);
                if (locative && x.kind() == Kind.STATE && locativeState == null) locativeState = x.stateIri();
            }
            if (x.kind() == Kind.PLACE && (place == null || (locative && !placeIsLocative))) {
                // "Avant de rejoindre Samarcande, … une visite au Kazakhstan, à Noursoultan": where it happens, not any place named.
                place = x.entity().iri();
                placeIsLocative = locative;
                if (locative && locativeState == null) locativeState = x.entity().inState();
            }
        }
        Map<PersonFinding, String> stateOf = new LinkedHashMap<>();
        for (PersonFinding p : persons.keySet()) {
            String state = p.state(mappings);
            if (state != null) stateOf.put(p, state);
        }
        at = anchorAt;
        placed = persons;
        statesPlaced = states;
        stateOfPlaced = stateOf;
        Set<Object> sides = new LinkedHashSet<>(states.keySet());
        for (PersonFinding p : persons.keySet()) sides.add(stateOf.containsKey(p) ? stateOf.get(p) : p);
        if (sides.size() == 1 && locativeState != null && sides.contains(locativeState) && "visit".equals(kind.kind())) {
            // "X a entamé une visite d'État en Afrique du Sud": the visitor is the side the report is about.
            String visitor = mainStateOtherThan(r, locativeState);
            if (visitor != null) {
                states.put(visitor, Integer.MAX_VALUE);
                sides.add(visitor);
            }
        }
        if (sides.size() < 2) {
            // "Les deux dirigeants se sont entretenus …": more about the meeting just reported, not another one.
            if (states.isEmpty() && last != null && "inPerson".equals(kind.mode()) && "inPerson".equals(mode(last))) upgrade(last, kind);
            // "She held talks with the Foreign Minister of Viet Nam, X": the guest just reported met one of the host's side.
            if (receive == null && followsOn(s, kind, states.keySet(), stateOf)) {
                for (PersonFinding p : persons.keySet()) addPersons(last.participants, List.of(new Evidenced<>(p, s.index())));
                last.sentences.add(s.index());
            }
            // "He was received at the palace by the President of Senegal, X": who received the guest just reported.
            if (receive != null && last != null && "inPerson".equals(mode(last)) && last.stateParticipants.containsAll(states.keySet())) {
                int cue = t.get(receive.start()).start();
                boolean passive = (receive.end() < t.size() && agent.contains(t.get(receive.end()).norm()))
                        || (receive.start() > 0 && passiveWords.contains(t.get(receive.start() - 1).norm()));
                for (Map.Entry<PersonFinding, Integer> e : persons.entrySet()) {
                    if ((e.getValue() < cue) == passive) continue;
                    String st = stateOf.get(e.getKey());
                    if (st != null && !last.stateParticipants.contains(st)) continue;
                    if (st != null) last.hostStates.add(st);
                    addPersons(last.hosts, List.of(new Evidenced<>(e.getKey(), s.index())));
                    addPersons(last.participants, List.of(new Evidenced<>(e.getKey(), s.index())));
                }
            }
            boolean used = (receive == null && last != null && last.sentences.contains(s.index()))
                    || (receive != null && last != null && "inPerson".equals(mode(last)) && last.stateParticipants.containsAll(states.keySet()));
            if (!used && !sides.isEmpty()) pending.add(oneSided(r, s, kind, receive, persons, states, stateOf, place, placeIsLocative, anchorAt));
            return null;
        }
        // "Officials of A and B met in X for the 4th meeting of …": the meeting of the series, not another one.
        if (series && persons.isEmpty() && kind.weight() <= 2) return null;

        // The host: the side before a receiving verb ("X a reçu Y"; after it in "reçu par X"), else where it happens.
        if (receive != null) {
            int cue = t.get(receive.start()).start();
            boolean passive = (receive.end() < t.size() && agent.contains(t.get(receive.end()).norm()))
                    || (receive.start() > 0 && passiveWords.contains(t.get(receive.start() - 1).norm()));
            Set<String> hostStates = new LinkedHashSet<>();
            List<PersonFinding> hostPersons = new ArrayList<>();
            boolean guest = false;
            for (Map.Entry<String, Integer> e : states.entrySet()) {
                if ((e.getValue() < cue) != passive) hostStates.add(e.getKey());
                else guest = true;
            }
            for (Map.Entry<PersonFinding, Integer> e : persons.entrySet()) {
                if ((e.getValue() < cue) != passive) {
                    hostPersons.add(e.getKey());
                    if (stateOf.containsKey(e.getKey())) hostStates.add(stateOf.get(e.getKey()));
                } else {
                    guest = true;
                }
            }
            // "received an invitation": no one received, no meeting (unless another word says people met).
            if (!passive && !receivesSomeone(r, s, ms, receive)) guest = false;
            if (!guest && kind.kind().equals("meeting")) return null;
            if (guest) {
                m.hostStates.addAll(hostStates);
                for (PersonFinding p : hostPersons) m.hosts.add(new Evidenced<>(p, s.index()));
            }
            if (m.hostStates.isEmpty() && !remote && locativeState != null && !stateOf.containsValue(locativeState)) m.hostStates.add(locativeState);
        } else if (handed != null && "credentials".equals(kind.kind()) && recipient(t, handed, persons) != null) {
            PersonFinding head = recipient(t, handed, persons);
            m.hosts.add(new Evidenced<>(head, s.index()));
            if (stateOf.containsKey(head)) m.hostStates.add(stateOf.get(head));
            else if (locativeState != null) m.hostStates.add(locativeState);
        } else if (!remote && locativeState != null) {
            m.hostStates.add(locativeState);
            for (PersonFinding p : persons.keySet()) if (locativeState.equals(stateOf.get(p))) m.hosts.add(new Evidenced<>(p, s.index()));
        }
        m.stateParticipants.addAll(states.keySet());
        m.stateParticipants.addAll(stateOf.values());
        m.stateParticipants.addAll(m.hostStates);
        for (PersonFinding p : persons.keySet()) {
            m.participants.add(new Evidenced<>(p, s.index()));
            for (Evidenced<String> e : p.represents) {
                KnownEntity k = mappings.entity(e.value());
                if (k != null && k.kind() == Kind.INSTITUTION && !stateOf.containsKey(p)) m.institutionParticipants.add(e.value());
            }
        }
        if ("credentials".equals(kind.kind()) && m.hostStates.size() == 1) accredit(m, s, persons.keySet(), stateOf);
        if (place != null && !remote) m.place = new Evidenced<>(place, s.index());
        m.planned = planned(ms, t);
        DateExpression date = null;
        final int anchor = anchorAt;
        for (DateExpression d : r.dates(s.index())) {
            // A visit, talks or a call happens on a day: "in 2023", "the 2030 agenda" in its sentence is a time frame, not its date.
            if (since(t, d) || (d.month() == null && d.day() == null && d.weekday() == null)) continue;
            if (date == null || Math.abs(d.start() - anchor) < Math.abs(date.start() - anchor)) date = d;
        }
        if (date != null) m.date = new Evidenced<>(date, s.index());
        // "talks" read by the meeting stage in this sentence are this meeting, not another one.
        for (MeetingFinding n : named) {
            if (m.date == null && n.date != null) m.date = n.date;
            if (m.place == null && n.place != null && !remote) m.place = n.place;
            m.institutionParticipants.addAll(n.institutionParticipants);
            r.meetings.remove(n);
        }
        return m;
    }

    /** The official credentials are handed to: the first one named within a few words after "to"/"au"/"à" past the credentials word. */
    private PersonFinding recipient(List<Token> t, Mention handed, Map<PersonFinding, Integer> persons) {
        for (int i = handed.end(); i < t.size() && i < handed.end() + 3; i++) {
            if (!recipientWords.contains(t.get(i).norm())) continue;
            int from = t.get(i).start(), to = t.get(Math.min(t.size() - 1, i + 8)).end();
            PersonFinding best = null;
            int bestAt = Integer.MAX_VALUE;
            for (Map.Entry<PersonFinding, Integer> e : persons.entrySet()) {
                if (e.getValue() > from && e.getValue() <= to && e.getValue() < bestAt) {
                    best = e.getKey();
                    bestAt = e.getValue();
                }
            }
            return best;
        }
        return null;
    }

    /** At a presentation of credentials the guests of another state than the host's are accredited to the host's state. */
    private static void accredit(MeetingFinding m, Sentence s, Set<PersonFinding> persons, Map<PersonFinding, String> stateOf) {
        String host = m.hostStates.iterator().next();
        for (PersonFinding p : persons) {
            String own = stateOf.get(p);
            boolean hosting = m.hosts.stream().anyMatch(h -> h.value() == p);
            if (own == null || own.equals(host) || hosting || !p.accreditedTo.isEmpty()) continue;
            p.accreditedTo.add(new Evidenced<>(host, s.index()));
        }
    }


    /**
     * "La ministre a rencontré …", "Plus tôt, the President received …": a title standing alone as the subject (an
     * article before it, the sentence or a comma before that, a verb after it) is the report's protagonist, the
     * first official named earlier with that title, as news reports name their subject once and then call them by
     * office.
     */
    private void bareTitles(DocumentReading r, Sentence s, List<Mention> ms, Map<PersonFinding, Integer> persons) {
        List<Token> t = s.tokens();
        for (Mention x : ms) {
            if (x.kind() != Kind.ROLE || x.start() == 0 || x.end() >= t.size()) continue;
            if (!titleArticles.contains(t.get(x.start() - 1).norm())) continue;
            if (x.start() > 1 && !",".equals(t.get(x.start() - 2).text())) continue;
            Token next = t.get(x.end());
            if (!next.isWord() || next.isCapitalized() || titleLinks.contains(next.norm())) continue;
            String role = x.surface().toLowerCase(java.util.Locale.ROOT);
            PersonFinding first = null;
            int firstAt = Integer.MAX_VALUE;
            for (PersonFinding p : r.persons) {
                int seen = p.sentences.stream().mapToInt(Integer::intValue).min().orElse(Integer.MAX_VALUE);
                if (seen >= s.index() || seen >= firstAt) continue;
                if (p.titles.stream().anyMatch(e -> e.value().toLowerCase(java.util.Locale.ROOT).contains(role))) {
                    first = p;
                    firstAt = seen;
                }
            }
            if (first != null) persons.putIfAbsent(first, t.get(x.start()).start());
        }
    }

    /**
     * A planned meeting: a PlannedCue ("will host", "est prévue") in the sentence; a word that makes a noun future
     * ("next", "prochaine", "à venir": words.ttl's AttributivePlanned) only when it stands by the meeting word ("la
     * prochaine visite", "the upcoming talks"), not by another noun ("discussed the next presidency").
     */
    private boolean planned(List<Mention> ms, List<Token> t) {
        for (Mention x : ms) {
            if (!x.isCue("PlannedCue")) continue;
            if (!attributivePlanned.contains(Folding.fold(x.surface()))) return true;
            for (Mention e : ms) {
                if (!(e.isCue("EncounterWord") || e.isCue("MeetingWord"))) continue;
                if ((x.end() <= e.start() && e.start() - x.end() <= 1) || (e.end() <= x.start() && x.start() - e.end() <= 1)) return true;
            }
        }
        return false;
    }

    /** What follows the verb is a person or a side (a title, a name, a state, a demonym), not "an invitation". */
    private boolean receivesSomeone(DocumentReading r, Sentence s, List<Mention> ms, Mention verb) {
        List<Token> t = s.tokens();
        for (int i = verb.end(); i < t.size(); i++) {
            Token x = t.get(i);
            Mention at = null;
            for (Mention m : ms) if (m.start() <= i && i < m.end()) at = m;
            if (at != null && at.kind() != Kind.CUE) return true;
            if (at != null) {
                if (at.isCue("EncounterWord")) return true; // "received in audience", "a reçu les lettres de créance"
                i = at.end() - 1;
                continue;
            }
            boolean inDate = false;
            for (DateExpression d : r.dates(s.index())) if (x.start() >= d.start() && x.end() <= d.end()) inDate = true;
            if (inDate || !x.isWord() || beforeGuest.contains(x.norm()) || days.contains(x.norm())) continue;
            return x.isCapitalized() || counterparts.contains(x.norm());
        }
        return false;
    }

    /** The state the document names most, other than {@code other}. */
    private static String mainStateOtherThan(DocumentReading r, String other) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (List<Mention> ms : r.mentions.values()) for (Mention m : ms) if (m.stateIri() != null) counts.merge(m.stateIri(), 1, Integer::sum);
        counts.remove(other);
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** Where one of the person's names first occurs in the sentence as whole words (a document offset), or -1. */
    private static int position(Sentence s, PersonFinding p) {
        int best = -1;
        String text = s.text();
        for (String n : p.names) {
            for (int i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1)) {
                int end = i + n.length();
                boolean whole = (i == 0 || !Character.isLetter(text.charAt(i - 1))) && (end >= text.length() || !Character.isLetter(text.charAt(end)));
                if (!whole) continue;
                if (best < 0 || i < best) best = i;
                break;
            }
        }
        return best < 0 ? -1 : s.start() + best;
    }

    private boolean since(List<Token> t, DateExpression d) {
        Token before = null;
        for (Token x : t) if (x.end() <= d.start()) before = x;
        return before != null && since.contains(before.norm());
    }

    /** The same event told again: the same way of meeting, no other date, and the same sides (or some of them). */
    private boolean sameEvent(MeetingFinding a, MeetingFinding b) {
        if (!Objects.equals(mode(a), mode(b)) || a.planned != b.planned) return false;
        if (a.date != null && b.date != null && !sameDay(a.date.value(), b.date.value())) return false;
        Set<String> shared = new LinkedHashSet<>(a.stateParticipants);
        shared.retainAll(b.stateParticipants);
        if (shared.size() >= 2) return true;
        if (!shared.isEmpty() && (a.stateParticipants.size() == 1 || b.stateParticipants.size() == 1)) return true;
        for (Evidenced<PersonFinding> p : a.participants) {
            for (Evidenced<PersonFinding> q : b.participants) if (p.value() == q.value() && shared.size() == Math.min(a.stateParticipants.size(), b.stateParticipants.size())) return true;
        }
        return false;
    }

    private void upgrade(MeetingFinding into, MeetingKind k) {
        MeetingKind a = mappings.meetingKind(into.kind);
        if (a != null && k.weight() > a.weight()) {
            into.kind = k.kind();
            into.phrase = k.label(into.phrase == null ? "en" : "en");
        }
    }

    private String mode(MeetingFinding m) {
        MeetingKind k = mappings.meetingKind(m.kind);
        return k == null ? null : k.mode();
    }

    private static boolean sameDay(DateExpression a, DateExpression b) {
        if (a.isRelative() || b.isRelative()) {
            // "Monday" and "14 December" may well be one day; "last year in April" and "February 24" are not.
            if (a.month() != null && b.month() != null && !a.month().equals(b.month())) return false;
            return a.day() == null || b.day() == null || a.day().equals(b.day());
        }
        return Objects.equals(a.year(), b.year()) && Objects.equals(a.month(), b.month()) && Objects.equals(a.day(), b.day());
    }

    private void join(MeetingFinding into, MeetingFinding m) {
        MeetingKind a = mappings.meetingKind(into.kind), b = mappings.meetingKind(m.kind);
        if (a != null && b != null && b.weight() > a.weight()) {
            into.kind = m.kind;
            into.phrase = m.phrase;
        }
        if (into.date == null) into.date = m.date;
        if (into.place == null) into.place = m.place;
        into.stateParticipants.addAll(m.stateParticipants);
        into.institutionParticipants.addAll(m.institutionParticipants);
        into.hostStates.addAll(m.hostStates);
        addPersons(into.participants, m.participants);
        addPersons(into.hosts, m.hosts);
        into.sentences.addAll(m.sentences);
    }

    private static void addPersons(List<Evidenced<PersonFinding>> into, List<Evidenced<PersonFinding>> more) {
        for (Evidenced<PersonFinding> p : more) {
            boolean seen = false;
            for (Iterator<Evidenced<PersonFinding>> it = into.iterator(); it.hasNext() && !seen; ) seen = it.next().value() == p.value();
            if (!seen) into.add(p);
        }
    }
}
