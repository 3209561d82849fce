package org.chancery.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chancery.extract.AgreementFinding;
import org.chancery.extract.DocumentReading;
import org.chancery.extract.Evidenced;
import org.chancery.extract.MeetingFinding;
import org.chancery.extract.PersonFinding;
import org.chancery.extract.ResolutionFinding;
import org.chancery.graph.ResolvedDocument;
import org.chancery.mapping.Mappings;
import org.chancery.text.DateExpression;
import org.chancery.text.PartialDate;

/**
 * The corpus-wide step: gives every person, meeting, series, resolution and agreement one IRI
 * across documents and languages, anchors relative dates, and turns each reading into the facts
 * of its named graph. Order matters and is this: people → series and rounds → reference dates
 * (a document with no date takes the date other reports give the event it reports) → dates →
 * other meetings → facts.
 *
 * <p>It works in two steps so that a corpus need not be held whole. {@link #add} notes, for each
 * reading in input order, what other documents may need of it: names, series keys and rounds,
 * resolution bodies: an index of entities, not of documents. {@link #freeze} settles them. Then
 * {@link #resolve(int, DocumentReading)} turns a reading (read again, or kept) into its graph; it
 * only reads the frozen index, so documents can be resolved in parallel and written at once.
 */
public final class CorpusResolver {
    private final Mappings mappings;
    private final PersonClusters persons;
    private final SeriesMerger merger = new SeriesMerger();
    /** Per series key as reports give it (before merging): the latest round held. */
    private final Map<String, Integer> latestHeld = new HashMap<>();
    /** Per series key as reports give it: the longest name in each language, the first of equals. */
    private final Map<String, Label> labelFr = new HashMap<>(), labelEn = new HashMap<>();
    /** Rounds dated by their own report, to date the reports that cannot. */
    private final List<DatedRound> datedRounds = new ArrayList<>();
    /** "resolution 2231" in one report, "Security Council resolution 2231" in another: one number, one body. */
    private final Map<String, String> bodyOfNumber = new HashMap<>();
    private int meetingsSeen;
    /** One copy of each series key and member list: many reports name the same series. */
    private final Map<String, String> shared = new HashMap<>();

    // Settled by freeze().
    private Map<String, String> sameSeries;
    private final Map<String, Integer> latestHeldRound = new HashMap<>();
    private final Map<String, String> seriesLabelFr = new HashMap<>(), seriesLabelEn = new HashMap<>();
    private final Map<String, PartialDate> roundDates = new HashMap<>();

    private record Label(String phrase, int order) {}

    /** A round with a day date; a null edition is "the next round", numbered once all are known. */
    private record DatedRound(String key, Integer edition, PartialDate date) {}

    public CorpusResolver(Mappings mappings) {
        this(mappings, List.of());
    }

    /** A resolver that also resolves against the officials a store already holds. */
    public CorpusResolver(Mappings mappings, List<PersonClusters.KnownPerson> knownPeople) {
        this.mappings = mappings;
        this.persons = new PersonClusters(knownPeople);
    }

    /** The whole corpus at once. */
    public List<ResolvedDocument> resolve(List<DocumentReading> readings) {
        for (DocumentReading r : readings) add(r);
        freeze();
        List<ResolvedDocument> out = new ArrayList<>();
        for (int i = 0; i < readings.size(); i++) out.add(resolve(i, readings.get(i)));
        return out;
    }

    /** Notes what the corpus needs of the next reading; returns its number. Call in input order, from one thread. */
    public int add(DocumentReading r) {
        return add(contribution(r));
    }

    /**
     * What the corpus index needs of one reading, and nothing of the document: its people's names,
     * its series and rounds, its resolutions' bodies. Computed anywhere (a Spark task), added in input order.
     */
    public record Contribution(List<List<String>> names, String language, List<SeriesNote> series, List<BodyNote> bodies)
            implements java.io.Serializable {}

    /** A meeting of a series as one report gives it; its date already anchored in that report. */
    public record SeriesNote(String key, String members, Integer edition, PartialDate date, String place, boolean planned,
                             boolean nextRound, String phrase) implements java.io.Serializable {}

    /** "resolution 2231" of the Security Council. */
    public record BodyNote(String number, String body) implements java.io.Serializable {}

    public static Contribution contribution(DocumentReading r) {
        List<List<String>> names = new ArrayList<>(r.persons.size());
        for (PersonFinding p : r.persons) names.add(List.copyOf(p.names));
        Anchor anchor = Anchor.own(r);
        List<SeriesNote> series = new ArrayList<>();
        for (MeetingFinding m : r.meetings) {
            if (m.series == null) continue;
            PartialDate date = m.date == null ? null : anchor.resolve(m.date.value()).orElse(null);
            Integer edition = m.edition == null ? null : m.edition.value();
            series.add(new SeriesNote(Keys.series(m.series, r), edition == null ? null : Keys.seriesMembers(m.series, r), edition, date,
                    m.place == null ? null : m.place.value(), m.planned, m.nextRound, m.series.phrase != null ? m.series.phrase : m.phrase));
        }
        List<BodyNote> bodies = new ArrayList<>();
        for (ResolutionFinding x : r.resolutions) {
            if (x.identifier != null && x.body != null) bodies.add(new BodyNote(Keys.resolutionNumber(x.identifier.value()), x.body.value()));
        }
        return new Contribution(names, r.language, series, bodies);
    }

    /** Notes one reading's contribution; returns the reading's number. Call in input order, from one thread. */
    public int add(Contribution c) {
        if (sameSeries != null) throw new IllegalStateException("already frozen");
        int doc = persons.addNames(c.names());
        for (SeriesNote m : c.series()) {
            String key = share(m.key());
            PartialDate date = m.date();
            if (m.edition() != null) {
                merger.add(key, share(m.members()), m.edition(), date, m.place());
                if (!m.planned()) latestHeld.merge(key, m.edition(), Math::max);
            }
            if (date != null && date.isDay() && (m.edition() != null || m.nextRound())) {
                datedRounds.add(new DatedRound(key, m.edition(), date));
            }
            Label l = new Label(m.phrase(), meetingsSeen++);
            (c.language().equals("fr") ? labelFr : labelEn).merge(key, l, CorpusResolver::longer);
        }
        for (BodyNote b : c.bodies()) bodyOfNumber.putIfAbsent(b.number(), b.body());
        return doc;
    }

    private String share(String s) {
        return shared.computeIfAbsent(s, x -> x);
    }

    /** Settles people, series and rounds once every reading has been added. */
    public void freeze() {
        shared.clear();
        persons.cluster();
        sameSeries = merger.merge();
        latestHeld.forEach((k, v) -> latestHeldRound.merge(series(k), v, Math::max));
        settle(labelFr, seriesLabelFr);
        settle(labelEn, seriesLabelEn);
        for (DatedRound d : datedRounds) {
            String key = series(d.key);
            Integer edition = d.edition != null ? d.edition : next(key);
            if (edition != null) roundDates.merge(Keys.round(key, edition), d.date, (x, y) -> x.compareTo(y) >= 0 ? x : y);
        }
    }

    /** The graph of the reading added as number {@code doc}. Safe to call from several threads once frozen. */
    public ResolvedDocument resolve(int doc, DocumentReading r) {
        if (sameSeries == null) throw new IllegalStateException("not frozen yet");
        Map<MeetingFinding, String> seriesIri = new HashMap<>();
        Map<MeetingFinding, Integer> editions = new HashMap<>();
        for (MeetingFinding m : r.meetings) {
            if (m.series != null) seriesIri.put(m, series(Keys.series(m.series, r)));
            // Rounds numbered "next": the latest held round of the series, plus one.
            if (m.edition != null) editions.put(m, m.edition.value());
            else if (m.nextRound && seriesIri.containsKey(m) && next(seriesIri.get(m)) != null) editions.put(m, next(seriesIri.get(m)));
        }
        for (ResolutionFinding x : r.resolutions) {
            if (x.identifier == null || x.body != null) continue;
            String body = bodyOfNumber.get(Keys.resolutionNumber(x.identifier.value()));
            if (body != null) x.body = new Evidenced<>(body, x.identifier.sentence());
        }
        Anchor anchor = Anchor.own(r);
        if (anchor.date() == null) {
            // A report of an event others date was written after it: that date anchors "last year".
            LocalDate latest = null;
            for (MeetingFinding m : r.meetings) {
                if (m.planned || !seriesIri.containsKey(m) || !editions.containsKey(m)) continue;
                PartialDate d = roundDates.get(Keys.round(seriesIri.get(m), editions.get(m)));
                if (d != null && (latest == null || d.toLocalDate().isAfter(latest))) latest = d.toLocalDate();
            }
            // Its year, not its day: the report may tell of days after the event ("le 2 janvier" after a session on the 1st).
            if (latest != null && (anchor.year() == null || latest.getYear() > anchor.year())) anchor = new Anchor(null, latest.getYear());
        }
        DocumentFacts f = new DocumentFacts(mappings, r, anchor, persons.of(doc, r.persons));
        for (MeetingFinding m : r.meetings) {
            String series = seriesIri.get(m);
            f.meeting(m, series, editions.get(m),
                    series == null ? null : seriesLabelFr.get(series), series == null ? null : seriesLabelEn.get(series));
        }
        for (ResolutionFinding x : r.resolutions) f.resolution(x);
        for (AgreementFinding x : r.agreements) f.agreement(x);
        f.persons();
        f.memberships();
        f.known();
        return f.result();
    }

    private String series(String key) {
        return sameSeries.getOrDefault(key, key);
    }

    private Integer next(String series) {
        Integer latest = latestHeldRound.get(series);
        return latest == null ? null : latest + 1;
    }

    private void settle(Map<String, Label> byKey, Map<String, String> bySeries) {
        Map<String, Label> best = new HashMap<>();
        byKey.forEach((k, l) -> best.merge(series(k), l, CorpusResolver::longer));
        best.forEach((k, l) -> bySeries.put(k, l.phrase));
    }

    /** The longer name; of two as long, the one met first. */
    private static Label longer(Label a, Label b) {
        if (a.phrase.length() != b.phrase.length()) return a.phrase.length() > b.phrase.length() ? a : b;
        return a.order <= b.order ? a : b;
    }

    /** The date a document's relative dates are counted from: its own, else the latest past year it names. */
    record Anchor(LocalDate date, Integer year) {
        static Anchor own(DocumentReading r) {
            return new Anchor(r.document.date(), r.document.date() == null ? r.latestPastYear() : null);
        }

        java.util.Optional<PartialDate> resolve(DateExpression d) {
            try {
                return d.resolve(date, year);
            } catch (RuntimeException e) {
                return java.util.Optional.empty(); // an impossible date ("31 février") is no date
            }
        }
    }
}
