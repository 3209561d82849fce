package org.chancery.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.chancery.extract.DocumentReading;
import org.chancery.extract.PersonFinding;
import org.chancery.graph.Dip;
import org.chancery.text.Folding;

/**
 * People across the corpus: findings whose names are compatible ({@link NameKey}) are one person,
 * inside a document ("Ingrid Halvorssen", "I. Halvorsen", "Halvorsen") and across documents and languages ("Levan
 * Chkhikvadze", "Tchkhikvadze"/"Chkhikvadze"). A lone surname joins a fuller name of the same document first.
 * The preferred name is the full form most reports use.
 */
public final class PersonClusters {

    /** One person: the findings, and the name and IRI they get. */
    public static final class Cluster {
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
    public record KnownPerson(String iri, String preferred, List<String> names) {}

    private final List<Cluster> clusters = new ArrayList<>();
    private final Map<PersonFinding, Cluster> byFinding = new IdentityHashMap<>();

    public static PersonClusters of(List<DocumentReading> readings) {
        return of(readings, List.of());
    }

    /**
     * As {@link #of(List)}, with the people a store already holds: a new report of "I. Halvorsen" joins
     * the official already stored, and keeps that official's IRI and name.
     */
    public static PersonClusters of(List<DocumentReading> readings, List<KnownPerson> known) {
        PersonClusters pc = new PersonClusters();
        for (KnownPerson k : known) {
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
        Cluster best = null;
        boolean bestSameDoc = false;
        for (Cluster c : clusters) {
            if (!compatible(c.keys, keys)) continue;
            boolean sameDoc = c.findings.stream().anyMatch(f -> docOf.get(f) == docOf.get(p));
            if (best == null || (sameDoc && !bestSameDoc)) {
                best = c;
                bestSameDoc = sameDoc;
            }
        }
        if (best == null) {
            best = new Cluster();
            clusters.add(best);
        }
        best.findings.add(p);
        best.keys.addAll(keys);
        byFinding.put(p, best);
    }

    private static boolean compatible(List<NameKey> a, List<NameKey> b) {
        for (NameKey x : a) for (NameKey y : b) if (x.compatible(y)) return true;
        return false;
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

    public Cluster of(PersonFinding p) {
        return byFinding.get(p);
    }

    static int parts(String name) {
        return name.trim().split("\\s+").length;
    }

    static boolean hasInitial(String name) {
        for (String part : name.split("[\\s-]+")) if (Folding.fold(part).replace(".", "").length() <= 1) return true;
        return false;
    }
}
