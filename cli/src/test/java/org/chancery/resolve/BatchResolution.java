package org.chancery.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.chancery.extract.AgreementFinding;
import org.chancery.extract.DocumentReading;
import org.chancery.extract.MeetingFinding;
import org.chancery.extract.PersonFinding;
import org.chancery.extract.ResolutionFinding;
import org.chancery.graph.Dip;
import org.chancery.graph.ResolvedDocument;
import org.chancery.mapping.Mappings;
import org.chancery.text.Folding;
import org.chancery.text.PartialDate;

/**
 * The corpus resolution as it was before it was split in two passes: every reading held, people
 * compared all with all, rounds pair by pair. Kept as the reference the two-pass resolution must
 * agree with, graph for graph.
 */
final class BatchResolution {
    private final Mappings mappings;
    private final List<PersonClusters.KnownPerson> knownPeople;

    BatchResolution(Mappings mappings, List<PersonClusters.KnownPerson> knownPeople) {
        this.mappings = mappings;
        this.knownPeople = knownPeople;
    }

    public List<ResolvedDocument> resolve(List<DocumentReading> readings) {
        Persons persons = Persons.of(readings, knownPeople);
        Map<MeetingFinding, String> seriesIri = new HashMap<>();
        Map<String, Integer> latestHeldRound = new HashMap<>();
        Map<String, String> seriesLabelFr = new HashMap<>(), seriesLabelEn = new HashMap<>();
        Map<String, String> sameSeries = Series.merge(readings);
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
                CorpusResolver.Anchor a = CorpusResolver.Anchor.own(r);
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
            CorpusResolver.Anchor anchor = CorpusResolver.Anchor.own(r);
            if (anchor.date() == null) {
                // A report of an event others date was written after it: that date anchors "last year".
                LocalDate latest = null;
                for (MeetingFinding m : r.meetings) {
                    if (m.planned || !seriesIri.containsKey(m) || !editions.containsKey(m)) continue;
                    PartialDate d = roundDates.get(Keys.round(seriesIri.get(m), editions.get(m)));
                    if (d != null && (latest == null || d.toLocalDate().isAfter(latest))) latest = d.toLocalDate();
                }
                if (latest != null && (anchor.year() == null || latest.getYear() > anchor.year())) anchor = new CorpusResolver.Anchor(null, latest.getYear());
            }
            DocumentFacts f = new DocumentFacts(mappings, r, anchor, persons.clusters(r));
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


    /** People, all findings compared with every cluster. */
    static final class Persons {

    /** One person: the findings, and the name and IRI they get. */
    static final class Cluster {
        final List<PersonFinding> findings = new ArrayList<>();
        final List<NameKey> keys = new ArrayList<>();
        String preferred;
        String iri;
        /** Already in the store: its IRI and name do not change. */
        boolean fixed;

        public String iri() {
            return iri;
        }

        public String preferred() {
            return preferred;
        }
    }

    /** An official a store already holds, with every name it is known by. */
    

    private final List<Cluster> clusters = new ArrayList<>();
    private final Map<PersonFinding, Cluster> byFinding = new IdentityHashMap<>();

    static Persons of(List<DocumentReading> readings) {
        return of(readings, List.of());
    }

    /**
     * As {@link #of(List)}, with the people a store already holds: a new report of "I. Halvorsen" joins
     * the official already stored, and keeps that official's IRI and name.
     */
    static Persons of(List<DocumentReading> readings, List<PersonClusters.KnownPerson> known) {
        Persons pc = new Persons();
        for (PersonClusters.KnownPerson k : known) {
            Cluster c = new Cluster();
            c.iri = k.iri();
            c.preferred = k.preferred();
            c.fixed = true;
            for (String n : k.names()) c.keys.add(NameKey.of(n));
            pc.clusters.add(c);
        }
        // Full names first, so lone surnames and initials find a person to join.
        List<PersonFinding> all = new ArrayList<>();
        Map<PersonFinding, DocumentReading> docOf = new IdentityHashMap<>();
        for (DocumentReading r : readings) {
            for (PersonFinding p : r.persons) {
                all.add(p);
                docOf.put(p, r);
            }
        }
        all.sort(Comparator.comparingInt((PersonFinding p) -> -parts(p.fullestName())));
        for (PersonFinding p : all) pc.add(p, docOf);
        for (Cluster c : pc.clusters) if (!c.fixed) pc.name(c);
        return pc;
    }

    private void add(PersonFinding p, Map<PersonFinding, DocumentReading> docOf) {
        List<NameKey> keys = p.names.stream().map(NameKey::of).toList();
        List<Cluster> fit = new ArrayList<>(), fitHere = new ArrayList<>();
        for (Cluster c : clusters) {
            if (!PersonClusters.compatible(c.keys, keys)) continue;
            fit.add(c);
            if (c.findings.stream().anyMatch(f -> docOf.get(f) == docOf.get(p))) fitHere.add(c);
        }
        List<Cluster> scope = fitHere.isEmpty() ? fit : fitHere;
        boolean apart = false; // two people the name fits who do not fit each other: it joins neither
        for (Cluster a : scope) for (Cluster b : scope) if (a != b && !PersonClusters.compatible(a.keys, b.keys)) apart = true;
        Cluster best = scope.isEmpty() || apart ? null : scope.get(0);
        if (best == null) {
            best = new Cluster();
            clusters.add(best);
        }
        best.findings.add(p);
        best.keys.addAll(keys);
        byFinding.put(p, best);
    }


    private void name(Cluster c) {
        Map<String, Integer> votes = new HashMap<>();
        for (PersonFinding f : c.findings) {
            for (String n : f.names) if (parts(n) >= 2 && !hasInitial(n)) votes.merge(n, 1, Integer::sum);
        }
        if (votes.isEmpty()) for (PersonFinding f : c.findings) for (String n : f.names) votes.merge(n, 1, Integer::sum);
        c.preferred = votes.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparingInt(e -> e.getKey().length())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow().getKey();
        c.iri = Dip.iri("official", Keys.slug(c.preferred));
    }

    Cluster of(PersonFinding p) {
        return byFinding.get(p);
    }

    static int parts(String name) {
        return name.trim().split("\\s+").length;
    }

    static boolean hasInitial(String name) {
        for (String part : name.split("[\\s-]+")) if (Folding.fold(part).replace(".", "").length() <= 1) return true;
        return false;
    }

        Map<PersonFinding, PersonClusters.Cluster> clusters(DocumentReading r) {
            Map<PersonFinding, PersonClusters.Cluster> out = new IdentityHashMap<>();
            for (PersonFinding p : r.persons) {
                Cluster c = of(p);
                out.put(p, PersonClusters.Cluster.named(c.iri, c.preferred));
            }
            return out;
        }
    }

    /** Series, every round compared with every other. */
    static final class Series {
    

    private record Round(String key, String members, int edition, PartialDate date, String place) {}

    /** Series key → the key of the series it is the same as (absent when it stands alone). */
    static Map<String, String> merge(List<DocumentReading> readings) {
        List<Round> rounds = new ArrayList<>();
        Map<String, Integer> size = new HashMap<>();
        for (DocumentReading r : readings) {
            CorpusResolver.Anchor anchor = CorpusResolver.Anchor.own(r);
            for (MeetingFinding m : r.meetings) {
                if (m.series == null || m.edition == null) continue;
                String key = Keys.series(m.series, r);
                size.merge(key, 1, Integer::sum);
                PartialDate d = m.date == null ? null : anchor.resolve(m.date.value()).orElse(null);
                rounds.add(new Round(key, Keys.seriesMembers(m.series, r), m.edition.value(), d,
                        m.place == null ? null : m.place.value()));
            }
        }
        Map<String, String> parent = new HashMap<>();
        for (int i = 0; i < rounds.size(); i++) {
            for (int j = i + 1; j < rounds.size(); j++) {
                Round a = rounds.get(i), b = rounds.get(j);
                if (a.key.equals(b.key) || !a.members.equals(b.members) || a.edition != b.edition) continue;
                boolean samePlace = a.place != null && a.place.equals(b.place);
                boolean sameMonth = a.date != null && b.date != null && a.date.month() != null && a.date.year() == b.date.year()
                        && Objects.equals(a.date.month(), b.date.month());
                if (samePlace || sameMonth) union(parent, size, a.key, b.key);
            }
        }
        Map<String, String> out = new HashMap<>();
        for (String k : parent.keySet()) {
            String root = find(parent, k);
            if (!root.equals(k)) out.put(k, root);
        }
        return out;
    }

    private static String find(Map<String, String> parent, String k) {
        String p = parent.getOrDefault(k, k);
        return p.equals(k) ? k : find(parent, p);
    }

    /** The series reported more often gives its key (its kind) to both; ties go to the first in order. */
    private static void union(Map<String, String> parent, Map<String, Integer> size, String a, String b) {
        String ra = find(parent, a), rb = find(parent, b);
        if (ra.equals(rb)) return;
        int sa = size.getOrDefault(ra, 0), sb = size.getOrDefault(rb, 0);
        boolean aWins = sa > sb || (sa == sb && ra.compareTo(rb) < 0);
        parent.put(aWins ? rb : ra, aWins ? ra : rb);
        parent.putIfAbsent(aWins ? ra : rb, aWins ? ra : rb);
    }
    }
}
