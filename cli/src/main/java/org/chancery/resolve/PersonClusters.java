package org.chancery.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.chancery.extract.PersonFinding;
import org.chancery.graph.Dip;
import org.chancery.text.Folding;

/**
 * People across the corpus: findings whose names are compatible ({@link NameKey}) are one person,
 * inside a document ("Ingrid Halvorssen", "I. Halvorsen", "Halvorsen") and across documents and languages ("Levan
 * Chkhikvadze", "Tchkhikvadze"/"Chkhikvadze"). A lone surname joins a fuller name of the same document first.
 * The preferred name is the full form most reports use.
 *
 * <p>Built in two steps so a corpus need not be held whole: {@link #add} notes each document's names
 * (in input order), {@link #cluster} groups them all, and {@link #of} then gives a document's people their
 * clusters. What is kept is the names and one cluster number per finding, not the documents.
 */
public final class PersonClusters {

    /** One person: the name and IRI its findings get. */
    public static final class Cluster {
        private final int order;
        private final Set<NameKey> keys = new LinkedHashSet<>();
        private final Set<String> surnames = new HashSet<>();
        /** Documents with a finding of this person: a lone surname prefers a person of its own document. */
        private final Set<Integer> documents = new HashSet<>();
        /** Name → how many findings use it. */
        private final Map<String, Integer> votes = new HashMap<>();
        String preferred;
        String iri;
        /** Already in the store: its IRI and name do not change. */
        boolean fixed;

        Cluster(int order) {
            this.order = order;
        }

        /** A person already named elsewhere (a resolution other than this one). */
        static Cluster named(String iri, String preferred) {
            Cluster c = new Cluster(-1);
            c.iri = iri;
            c.preferred = preferred;
            return c;
        }

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
    /** Surname key → the clusters with a name of that surname, oldest first: only those can match. */
    private final Map<String, List<Cluster>> bySurname = new HashMap<>();
    private final Map<String, NameKey> keyOfName = new HashMap<>();
    private final Map<String, String> sharedNames = new HashMap<>();
    /** Per finding, in document order: its names (until clustered), then its cluster. */
    private List<String[]> names = new ArrayList<>();
    private int[] documentOf = new int[64];
    private Cluster[] clusterOf;
    /** Per document: where its findings start. */
    private int[] firstFinding = new int[16];
    private int documents;

    public PersonClusters() {
        this(List.of());
    }

    /** With the people a store already holds: a new report of "I. Halvorsen" joins the stored official and keeps its IRI and name. */
    public PersonClusters(List<KnownPerson> known) {
        for (KnownPerson k : known) {
            Cluster c = newCluster();
            c.iri = k.iri();
            c.preferred = k.preferred();
            c.fixed = true;
            for (String n : k.names()) join(c, key(n));
        }
    }

    /** Notes the people of the next document; documents are numbered from 0 in the order they are added. */
    public int add(List<PersonFinding> persons) {
        List<List<String>> names = new ArrayList<>(persons.size());
        for (PersonFinding p : persons) names.add(List.copyOf(p.names));
        return addNames(names);
    }

    /** The same, from each finding's names alone (what a document contributes to the corpus index). */
    public int addNames(List<List<String>> persons) {
        if (clusterOf != null) throw new IllegalStateException("already clustered");
        int doc = documents++;
        if (doc + 1 >= firstFinding.length) firstFinding = Arrays.copyOf(firstFinding, firstFinding.length * 2);
        firstFinding[doc] = names.size();
        for (List<String> p : persons) {
            String[] ns = new String[p.size()];
            int i = 0;
            for (String n : p) ns[i++] = sharedNames.computeIfAbsent(n, x -> x);
            if (names.size() == documentOf.length) documentOf = Arrays.copyOf(documentOf, documentOf.length * 2);
            documentOf[names.size()] = doc;
            names.add(ns);
        }
        firstFinding[doc + 1] = names.size();
        return doc;
    }

    /** Groups every finding noted: full names first, so lone surnames and initials find a person to join. */
    public void cluster() {
        int n = names.size();
        Integer[] order = new Integer[n];
        int[] parts = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            parts[i] = parts(fullest(names.get(i)));
        }
        Arrays.sort(order, Comparator.comparingInt(i -> -parts[i])); // stable: document order among equals
        clusterOf = new Cluster[n];
        for (int i : order) clusterOf[i] = place(names.get(i), documentOf[i]);
        for (Cluster c : clusters) if (!c.fixed) name(c);
        names = null;
        sharedNames.clear();
    }

    /** The clusters of one document's people, found again by position: the document must read as it did when added. */
    public Map<PersonFinding, Cluster> of(int doc, List<PersonFinding> persons) {
        if (clusterOf == null) throw new IllegalStateException("not clustered yet");
        int from = firstFinding[doc];
        if (firstFinding[doc + 1] - from != persons.size()) {
            throw new IllegalStateException("the document reads differently than it did a moment ago");
        }
        Map<PersonFinding, Cluster> out = new IdentityHashMap<>();
        for (int i = 0; i < persons.size(); i++) out.put(persons.get(i), clusterOf[from + i]);
        return out;
    }

    /**
     * The compatible person this document already names, or else the first compatible person. A name that
     * fits two people who do not fit each other ("K. Boateng" beside "Kwame Boateng" and "Kofi Boateng")
     * joins neither.
     */
    private Cluster place(String[] ns, int doc) {
        List<NameKey> keys = new ArrayList<>(ns.length);
        TreeSet<Cluster> candidates = new TreeSet<>(Comparator.comparingInt(c -> c.order));
        for (String name : ns) {
            NameKey k = key(name);
            keys.add(k);
            candidates.addAll(bySurname.getOrDefault(k.surname(), List.of()));
        }
        List<Cluster> fit = new ArrayList<>();
        List<Cluster> fitHere = new ArrayList<>();
        for (Cluster c : candidates) {
            if (!compatible(c.keys, keys)) continue;
            fit.add(c);
            if (c.documents.contains(doc)) fitHere.add(c);
        }
        List<Cluster> scope = fitHere.isEmpty() ? fit : fitHere;
        Cluster best = scope.isEmpty() || apart(scope) ? null : scope.get(0);
        if (best == null) best = newCluster();
        for (NameKey k : keys) join(best, k);
        best.documents.add(doc);
        for (String name : ns) best.votes.merge(name, 1, Integer::sum);
        return best;
    }

    /** Whether two of these people have names that do not fit each other (two people, not one). */
    private static boolean apart(List<Cluster> cs) {
        for (int i = 0; i < cs.size(); i++) {
            for (int j = i + 1; j < cs.size(); j++) {
                if (!compatible(cs.get(i).keys, cs.get(j).keys)) return true;
            }
        }
        return false;
    }

    private Cluster newCluster() {
        Cluster c = new Cluster(clusters.size());
        clusters.add(c);
        return c;
    }

    private void join(Cluster c, NameKey k) {
        if (c.keys.add(k) && c.surnames.add(k.surname())) bySurname.computeIfAbsent(k.surname(), s -> new ArrayList<>()).add(c);
    }

    private NameKey key(String name) {
        return keyOfName.computeIfAbsent(name, NameKey::of);
    }

    /**
     * A name of one fits a name of the other, and no two of their names of one surname contradict:
     * "Kwame Boateng" does not join a person also named "Kofi Boateng".
     */
    static boolean compatible(Collection<NameKey> a, Collection<NameKey> b) {
        boolean fits = false;
        for (NameKey y : b) {
            for (NameKey x : a) {
                if (!x.surname().equals(y.surname())) continue;
                if (!x.compatible(y)) return false;
                fits = true;
            }
        }
        return fits;
    }

    private static String fullest(String[] ns) {
        String best = ns[0];
        for (String n : ns) if (n.length() > best.length()) best = n;
        return best;
    }

    private void name(Cluster c) {
        Map<String, Integer> full = new HashMap<>();
        c.votes.forEach((n, v) -> {
            if (parts(n) >= 2 && !hasInitial(n)) full.put(n, v);
        });
        Map<String, Integer> votes = full.isEmpty() ? c.votes : full;
        c.preferred = votes.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparingInt(e -> e.getKey().length())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow().getKey();
        c.iri = Dip.iri("official", Keys.slug(c.preferred));
    }

    static int parts(String name) {
        return name.trim().split("\\s+").length;
    }

    static boolean hasInitial(String name) {
        for (String part : name.split("[\\s-]+")) if (Folding.fold(part).replace(".", "").length() <= 1) return true;
        return false;
    }
}
