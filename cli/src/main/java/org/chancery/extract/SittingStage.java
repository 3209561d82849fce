package org.chancery.extract;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.chancery.mapping.Kind;
import org.chancery.mapping.KnownEntity;
import org.chancery.mapping.Mappings;
import org.chancery.mapping.MeetingKind;
import org.chancery.text.DateExpression;
import org.chancery.text.PartialDate;

/**
 * A body that adopts a resolution on a given day sits that day: "the General Assembly adopted on 12 October, by 143
 * votes …" reports a meeting of the Assembly as well as its resolution. Each resolution the report is about (its
 * vote is recorded, or its day is near the document's date) whose adopting body and day are known gives the body's
 * sitting of that day, unless the document already reports a meeting of that body on that day. A veto cast in a
 * council is a sitting of it too, with the vetoing states.
 */
public final class SittingStage implements Stage {
    /** The kind of meeting a sitting is (lexicon.ttl: its name per language). */
    public static final String KIND = "sitting";
    /** How far from the document's date an adoption is the news the document reports, not history it recalls. */
    private static final long NEAR_DAYS = 31;

    private final Mappings mappings;

    public SittingStage(Mappings mappings) {
        this.mappings = mappings;
        this.since = mappings.wordSet("SinceWord");
        this.vetoRight = mappings.wordSet("VetoRightWord");
    }

    /** "droit de veto", "veto power" (VetoRightWord): the right, not a veto cast. */
    private final Set<String> vetoRight;

    /** "since", "depuis" (SinceWord): vetoes counted over a span of time, not one sitting. */
    private final Set<String> since;

    @Override
    public void process(DocumentReading r) {
        MeetingKind kind = mappings.meetingKind(KIND);
        if (kind == null) return;
        for (ResolutionFinding x : r.resolutions) {
            if (x.body == null) continue;
            boolean day = x.date != null && aDay(r, x.date.value());
            // "adopted on Wednesday by 143 votes to 5": a vote counted on a day the text tells is the sitting the report
            // is about, though no date line lets a reader place that day; then the sitting has no date.
            if (!day && (x.votesFor == null || x.date == null)) continue;
            KnownEntity body = mappings.entity(x.body.value());
            if (body == null) body = r.defined.get(x.body.value());
            if (body == null || body.kind() != Kind.INSTITUTION) continue;
            if (x.votesFor == null && !nearDocument(r, x.date.value())) continue;
            if (day ? reported(r, x) : reportedUndated(r, x)) continue;
            MeetingFinding m = new MeetingFinding(day ? x.date.sentence() : x.votesFor.sentence());
            m.kind = KIND;
            m.phrase = kind.label(r.language);
            if (day) m.date = x.date;
            m.institutionParticipants.add(x.body.value());
            if (x.body.sentence() != m.sentence) m.sentences.add(x.body.sentence());
            r.meetings.add(m);
        }
        for (Sentence s : r.sentences) vetoes(r, s, kind);
    }

    /**
     * "Russia vetoed the text in the Security Council on 30 September", "un texte sur lequel Moscou avait opposé son
     * veto au Conseil de sécurité": the council sat, and the states that cast the veto took part. A sentence with a
     * veto word, one body and states gives that body's sitting (its day if the sentence has one) with those states.
     */
    private void vetoes(DocumentReading r, Sentence s, MeetingKind kind) {
        List<Mention> ms = r.mentions(s.index());
        Mention veto = ms.stream().filter(x -> x.isCue("VetoCue")).findFirst().orElse(null);
        if (veto == null) return;
        List<org.chancery.text.Token> t = s.tokens();
        for (int i = Math.max(0, veto.start() - 2); i < Math.min(t.size(), veto.end() + 1); i++) {
            if (vetoRight.contains(t.get(i).norm())) return;
        }
        Set<String> states = new LinkedHashSet<>();
        // "The Assembly condemned …, after Moscow vetoed a similar text in the Security Council": of two bodies, the
        // veto was cast in the one named nearest it.
        String body = null;
        int nearest = Integer.MAX_VALUE;
        for (Mention x : ms) {
            if (x.kind() == Kind.INSTITUTION && x.entity() != null) {
                int gap = x.start() >= veto.end() ? x.start() - veto.end() : veto.start() - x.end();
                if (gap < nearest) {
                    nearest = gap;
                    body = x.entity().iri();
                }
            } else if (x.stateIri() != null && (x.start() == 0 || (veto.start() - x.end() <= VOTER_REACH && x.start() - veto.end() <= VOTER_REACH))) {
                // "Moscow vetoed", "vetoed by China and Russia", or the state the sentence opens with: who cast it,
                // not "Ukrainian territories" further on.
                states.add(x.stateIri());
            } else if (x.kind() == Kind.PLACE && x.entity() != null && x.entity().inState() != null
                    && x.end() <= veto.start() && veto.start() - x.end() <= VOTER_REACH) {
                states.add(x.entity().inState()); // "Moscou eut opposé son veto": the capital for its state
            }
        }
        if (body == null || states.isEmpty()) return;
        DateExpression day = null;
        for (DateExpression d : r.dates(s.index())) if (d.month() != null && (day == null || d.day() != null)) day = d;
        MeetingFinding into = null;
        for (MeetingFinding m : r.meetings) {
            if (!KIND.equals(m.kind) || !m.institutionParticipants.contains(body)) continue;
            if (day == null || m.date == null || close(m.date.value(), day)) into = m;
        }
        if (into == null) {
            // "a text vetoed by China and Russia in the Security Council two weeks earlier": the sitting is told, though
            // undated; "has vetoed twenty texts since 2011" counts vetoes over years, no one sitting.
            if (day == null && s.tokens().stream().anyMatch(w -> since.contains(w.norm()))) return;
            into = new MeetingFinding(s.index());
            into.kind = KIND;
            into.phrase = kind.label(r.language);
            if (day != null) into.date = new Evidenced<>(day, s.index());
            into.institutionParticipants.add(body);
            r.meetings.add(into);
        }
        into.stateParticipants.addAll(states);
        if (!into.sentences.contains(s.index())) into.sentences.add(s.index());
    }

    /** How many words from the veto word the states that cast it are named. */
    private static final int VOTER_REACH = 4;

    /** A meeting of the body the document reports on that day (or on no day, which then gets it). */
    private static boolean reported(DocumentReading r, ResolutionFinding x) {
        for (MeetingFinding m : r.meetings) {
            if (!m.institutionParticipants.contains(x.body.value())) continue;
            if (m.date == null && m.edition == null && m.series == null && !m.planned) {
                m.date = x.date;
                return true;
            }
            // "met on 30 April … adopted on 1 May" (a sitting past midnight, two reports' days): one sitting.
            if (m.date != null && m.edition == null && close(m.date.value(), x.date.value())) return true;
        }
        return false;
    }

    /** A meeting of the body the document reports, undated or not: a vote with no day joins any sitting of its body told. */
    private static boolean reportedUndated(DocumentReading r, ResolutionFinding x) {
        for (MeetingFinding m : r.meetings) if (m.institutionParticipants.contains(x.body.value()) && !m.planned) return true;
        return false;
    }

    /** How many days apart a meeting of the body and the adoption may be and still be one sitting. */
    private static final int SAME_SITTING_DAYS = 2;

    private static boolean close(DateExpression a, DateExpression b) {
        if (a.day() == null || a.month() == null || b.day() == null || b.month() == null) return false;
        int year = a.year() != null ? a.year() : b.year() != null ? b.year() : 2000; // a year both lack does not part them
        try {
            LocalDate x = LocalDate.of(year, a.month(), a.day());
            LocalDate y = LocalDate.of(b.year() != null ? b.year() : year, b.month(), b.day());
            return Math.abs(ChronoUnit.DAYS.between(x, y)) <= SAME_SITTING_DAYS;
        } catch (java.time.DateTimeException e) {
            return false; // a day the calendar does not have is no day to compare
        }
    }

    /** The date names one day: "12 October", or "on Wednesday" in a dated document. */
    private static boolean aDay(DocumentReading r, DateExpression d) {
        return (d.day() != null && d.month() != null) || (d.weekday() != null && r.document.date() != null);
    }

    private static boolean nearDocument(DocumentReading r, DateExpression d) {
        LocalDate doc = r.document.date();
        if (doc == null) return true;
        Optional<PartialDate> p = d.resolve(doc, null);
        if (p.isEmpty() || p.get().year() == null || p.get().month() == null || p.get().day() == null) return false;
        LocalDate day = LocalDate.of(p.get().year(), p.get().month(), p.get().day());
        return Math.abs(ChronoUnit.DAYS.between(day, doc)) <= NEAR_DAYS;
    }
}
