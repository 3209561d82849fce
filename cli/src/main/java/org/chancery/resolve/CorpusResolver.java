package org.chancery.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chancery.extract.AgreementFinding;
import org.chancery.extract.DocumentReading;
import org.chancery.extract.MeetingFinding;
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
 */
public final class CorpusResolver {
    private final Mappings mappings;
    private final List<PersonClusters.KnownPerson> knownPeople;

    public CorpusResolver(Mappings mappings) {
        this(mappings, List.of());
    }

    /** A resolver that also resolves against the officials a store already holds. */
    public CorpusResolver(Mappings mappings, List<PersonClusters.KnownPerson> knownPeople) {
        this.mappings = mappings;
        this.knownPeople = knownPeople;
    }

    public List<ResolvedDocument> resolve(List<DocumentReading> readings) {
        PersonClusters persons = PersonClusters.of(readings, knownPeople);
        Map<MeetingFinding, String> seriesIri = new HashMap<>();
        Map<String, Integer> latestHeldRound = new HashMap<>();
        Map<String, String> seriesLabelFr = new HashMap<>(), seriesLabelEn = new HashMap<>();
        Map<String, String> sameSeries = SeriesMerger.merge(readings);
        for (DocumentReading r : readings) {
            for (MeetingFinding m : r.meetings) {
                if (m.series == null) continue;
                String key = sameSeries.getOrDefault(Keys.series(m.series, r), Keys.series(m.series, r));
                seriesIri.put(m, key);
                if (m.edition != null && !m.planned) latestHeldRound.merge(key, m.edition.value(), Math::max);
                String phrase = m.series.phrase != null ? m.series.phrase : m.phrase;
                (r.language.equals("fr") ? seriesLabelFr : seriesLabelEn).merge(key, phrase, (a, b) -> a.length() >= b.length() ? a : b);
            }
        }
        // Rounds numbered "next": the latest held round of the series, plus one.
        Map<MeetingFinding, Integer> editions = new HashMap<>();
        for (DocumentReading r : readings) {
            for (MeetingFinding m : r.meetings) {
                if (m.edition != null) editions.put(m, m.edition.value());
                else if (m.nextRound && seriesIri.containsKey(m) && latestHeldRound.containsKey(seriesIri.get(m))) {
                    editions.put(m, latestHeldRound.get(seriesIri.get(m)) + 1);
                }
            }
        }
        // Absolute dates of rounds, from the documents that can anchor them themselves.
        Map<String, PartialDate> roundDates = new HashMap<>();
        for (DocumentReading r : readings) {
            for (MeetingFinding m : r.meetings) {
                if (m.date == null || !seriesIri.containsKey(m) || !editions.containsKey(m)) continue;
                Anchor a = Anchor.own(r);
                a.resolve(m.date.value()).filter(PartialDate::isDay)
                        .ifPresent(d -> roundDates.merge(Keys.round(seriesIri.get(m), editions.get(m)), d, (x, y) -> x.compareTo(y) >= 0 ? x : y));
            }
        }
        // "resolution 2231" in one report, "Security Council resolution 2231" in another: one number, one body.
        Map<String, String> bodyOfNumber = new HashMap<>();
        for (DocumentReading r : readings) {
            for (ResolutionFinding x : r.resolutions) {
                if (x.identifier != null && x.body != null) bodyOfNumber.putIfAbsent(Keys.resolutionNumber(x.identifier.value()), x.body.value());
            }
        }
        for (DocumentReading r : readings) {
            for (ResolutionFinding x : r.resolutions) {
                if (x.identifier == null || x.body != null) continue;
                String body = bodyOfNumber.get(Keys.resolutionNumber(x.identifier.value()));
                if (body != null) x.body = new org.chancery.extract.Evidenced<>(body, x.identifier.sentence());
            }
        }
        List<ResolvedDocument> out = new ArrayList<>();
        for (DocumentReading r : readings) {
            Anchor anchor = Anchor.own(r);
            if (anchor.date() == null) {
                // A report of an event others date was written after it: that date anchors "last year".
                LocalDate latest = null;
                for (MeetingFinding m : r.meetings) {
                    if (m.planned || !seriesIri.containsKey(m) || !editions.containsKey(m)) continue;
                    PartialDate d = roundDates.get(Keys.round(seriesIri.get(m), editions.get(m)));
                    if (d != null && (latest == null || d.toLocalDate().isAfter(latest))) latest = d.toLocalDate();
                }
                if (latest != null) anchor = new Anchor(latest, null);
            }
            DocumentFacts f = new DocumentFacts(mappings, r, anchor, persons);
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
            out.add(f.result());
        }
        return out;
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
