package org.chancery.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * Precision and recall of extraction against a {@link Gold} annotation, over the union graph of a
 * converted corpus.
 *
 * <p>Documents are the {@code dip:Document}s; one is the gold's DOC when its {@code dcterms:source}
 * ends with that file name. An <b>entity</b> is emitted for a document when it has a dip: class
 * ({@link Gold#CLASSES}) and {@code prov:wasDerivedFrom} the document; it is <i>correct</i> when a
 * gold entity of that document and class matches one of its labels ({@code rdfs:label},
 * {@code skos:altLabel}); a gold entity is <i>matched</i> when some emitted entity of its document and
 * class matches it.
 *
 * <p>A <b>relation</b> is a triple whose predicate is one of the vocabulary's relations
 * ({@link Gold#PROPERTIES}). It is emitted for a document when a {@code dip:Evidence} derived from
 * that document states it ({@code dip:factSubject}, {@code dip:factProperty},
 * {@code dip:factObject}/{@code dip:factValue}): entities merged across documents do not carry one
 * document's facts into another. A triple that no evidence states is emitted for every document its
 * subject is derived from. A relation matches a gold relation of its document when the property is
 * the same, the subject has one of the gold subject classes and a label matching the subject regex, and
 * the object has one of the gold object classes and a matching label, or is a literal (of the gold
 * literal type) whose lexical form matches, or an IRI matching the regex ({@code iri}). A
 * {@code dip:chair} and a {@code dip:host} are {@code dip:participant}s: an emitted participant is correct where
 * the gold has that chair or host, and an emitted chair or host satisfies a gold participant.
 *
 * <p>Precision = correct / emitted; recall = matched / gold. Documents the gold does not annotate are
 * not scored (see {@link #warnings()}).
 */
public final class QualityReport {
    static final String DIP = "https://w3id.org/chancery/ontology#";
    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    private static final Node RDF_TYPE = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
    private static final Node LABEL = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");
    private static final Node ALT_LABEL = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#altLabel");
    private static final Node DERIVED_FROM = NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");
    private static final Node SOURCE = NodeFactory.createURI("http://purl.org/dc/terms/source");
    private static final Node LANGUAGE = NodeFactory.createURI("http://purl.org/dc/terms/language");
    private static final Node DOCUMENT = dip("Document"), EVIDENCE = dip("Evidence"), FACT_SUBJECT = dip("factSubject"),
            FACT_PROPERTY = dip("factProperty"), FACT_OBJECT = dip("factObject"), FACT_VALUE = dip("factValue");
    private static final Set<String> DATE_TYPES = Set.of(XSD + "date", XSD + "gYearMonth", XSD + "gYear", XSD + "gMonthDay", XSD + "dateTime");
    private static final Set<String> INTEGER_TYPES = Set.of(XSD + "integer", XSD + "int", XSD + "long", XSD + "short", XSD + "byte",
            XSD + "nonNegativeInteger", XSD + "positiveInteger", XSD + "nonPositiveInteger", XSD + "negativeInteger",
            XSD + "unsignedLong", XSD + "unsignedInt", XSD + "unsignedShort", XSD + "unsignedByte");
    private static final String STRING = XSD + "string", LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString";

    /** One line of the table: how many gold items, emitted items, gold items found, emitted items right. */
    public record Score(String name, int gold, int emitted, int matched, int correct) {
        /** correct / emitted; NaN when nothing was emitted. */
        public double precision() {
            return emitted == 0 ? Double.NaN : (double) correct / emitted;
        }

        /** matched / gold; NaN when the gold has nothing. */
        public double recall() {
            return gold == 0 ? Double.NaN : (double) matched / gold;
        }

        Score plus(Score o) {
            return new Score(name, gold + o.gold, emitted + o.emitted, matched + o.matched, correct + o.correct);
        }

        Score withName(String n) {
            return new Score(n, gold, emitted, matched, correct);
        }
    }

    /**
     * A gold row not found, or an emitted item no gold row accounts for. {@code key} is the class
     * ("Official") or the class and property ("Meeting.date"); {@code line} is the gold line (0 for
     * emitted items).
     */
    public record Item(String doc, int line, String key, String text) {}

    private final Map<String, Score> entityScores = new LinkedHashMap<>();
    private final Map<String, Score> relationScores = new LinkedHashMap<>();
    private final List<Item> misses = new ArrayList<>();
    private final List<Item> spurious = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    // Per-graph caches.
    private final Graph g;
    private final Map<Node, List<String>> labels = new HashMap<>();
    private final Map<Node, Set<String>> types = new HashMap<>();

    private QualityReport(Graph graph) {
        this.g = GraphFactory.createGraphMem();
        GraphUtil.addInto(this.g, graph);
    }

    /** Scores the graph (the union of the converted documents' graphs) against the gold. */
    public static QualityReport compute(Gold gold, Graph graph) {
        return compute(gold, graph, false);
    }

    /**
     * As {@link #compute(Gold, Graph)}; with {@code convertedOnly}, gold documents that were not converted are left
     * out of the figures (a development subset scored alone) instead of counting their rows as misses.
     */
    public static QualityReport compute(Gold gold, Graph graph, boolean convertedOnly) {
        QualityReport q = new QualityReport(graph);
        q.run(gold, convertedOnly);
        return q;
    }

    private record Emitted(Node s, String p, Node o) {}

    private void run(Gold gold, boolean convertedOnly) {
        // Documents by file name.
        Map<String, List<Node>> docsByName = new LinkedHashMap<>();
        Map<Node, String> language = new HashMap<>();
        for (Node d : subjects(RDF_TYPE, DOCUMENT)) {
            for (Node src : objects(d, SOURCE)) {
                if (src.isLiteral()) docsByName.computeIfAbsent(fileName(src.getLiteralLexicalForm()), k -> new ArrayList<>()).add(d);
            }
            for (Node l : objects(d, LANGUAGE)) if (l.isLiteral()) language.put(d, l.getLiteralLexicalForm());
        }
        Set<String> goldDocs = new LinkedHashSet<>(gold.documents());
        if (convertedOnly) {
            int before = goldDocs.size();
            goldDocs.retainAll(docsByName.keySet());
            if (goldDocs.size() < before) warnings.add((before - goldDocs.size()) + " gold document(s) not among the inputs, left out");
        }
        List<String> unscored = new ArrayList<>();
        for (String name : docsByName.keySet()) if (!goldDocs.contains(name)) unscored.add(name);
        if (!unscored.isEmpty()) warnings.add(unscored.size() + " document(s) not in the gold, not scored: " + String.join(", ", unscored));
        for (String name : goldDocs) {
            if (!docsByName.containsKey(name)) warnings.add("gold document " + name + " is not among the converted documents: its rows count as misses");
        }

        // Relations stated by evidence, by document node; and the triples some evidence states.
        Map<Node, Set<Emitted>> evidenced = new HashMap<>();
        Set<Emitted> anyEvidence = new HashSet<>();
        for (Node ev : subjects(RDF_TYPE, EVIDENCE)) {
            Node s = one(ev, FACT_SUBJECT), p = one(ev, FACT_PROPERTY);
            Node o = one(ev, FACT_OBJECT);
            if (o == null) o = one(ev, FACT_VALUE);
            if (s == null || p == null || o == null || !p.isLiteral()) continue;
            String prop = p.getLiteralLexicalForm();
            if (!prop.startsWith(DIP) || !Gold.PROPERTIES.contains(prop.substring(DIP.length()))) continue;
            Emitted e = new Emitted(s, prop.substring(DIP.length()), o);
            anyEvidence.add(e);
            for (Node d : objects(ev, DERIVED_FROM)) evidenced.computeIfAbsent(d, k -> new LinkedHashSet<>()).add(e);
        }
        // Triples no evidence states: they belong to every document their subject comes from.
        Map<Node, Set<Emitted>> unevidenced = new HashMap<>();
        for (String prop : Gold.PROPERTIES) {
            ExtendedIterator<Triple> it = g.find(Node.ANY, dip(prop), Node.ANY);
            try {
                while (it.hasNext()) {
                    Triple t = it.next();
                    Emitted e = new Emitted(t.getSubject(), prop, t.getObject());
                    if (anyEvidence.contains(e)) continue;
                    for (Node d : objects(t.getSubject(), DERIVED_FROM)) unevidenced.computeIfAbsent(d, k -> new LinkedHashSet<>()).add(e);
                }
            } finally {
                it.close();
            }
        }

        Map<String, Score> ent = new TreeMap<>(Comparator.comparingInt(QualityReport::classOrder).thenComparing(Comparator.naturalOrder()));
        Map<String, Score> rel = new TreeMap<>(Comparator.comparingInt(QualityReport::relationOrder).thenComparing(Comparator.naturalOrder()));
        for (String name : goldDocs) {
            List<Node> docNodes = docsByName.getOrDefault(name, List.of());
            String lang = docNodes.isEmpty() ? null : language.get(docNodes.get(0));
            List<Gold.Entity> goldEntities = gold.entities().stream().filter(e -> e.doc().equals(name)).toList();
            List<Gold.Relation> goldRelations = gold.relations().stream().filter(r -> r.doc().equals(name)).toList();

            // Entities: (node, class) pairs derived from the document.
            Set<Map.Entry<Node, String>> emitted = new LinkedHashSet<>();
            for (Node d : docNodes) {
                for (Node x : subjects(DERIVED_FROM, d)) for (String c : types(x)) emitted.add(Map.entry(x, c));
            }
            for (Map.Entry<Node, String> e : emitted) {
                boolean ok = goldEntities.stream().anyMatch(ge -> ge.cls().equals(e.getValue()) && labelMatches(e.getKey(), ge.label()));
                add(ent, e.getValue(), 0, 1, 0, ok ? 1 : 0);
                if (!ok) spurious.add(new Item(name, 0, e.getValue(), e.getValue() + " " + show(e.getKey(), lang)));
            }
            for (Gold.Entity ge : goldEntities) {
                boolean found = emitted.stream().anyMatch(e -> e.getValue().equals(ge.cls()) && labelMatches(e.getKey(), ge.label()));
                add(ent, ge.cls(), 1, 0, found ? 1 : 0, 0);
                if (!found) misses.add(new Item(name, ge.line(), ge.cls(), ge.toString()));
            }

            // Relations.
            Set<Emitted> facts = new LinkedHashSet<>();
            for (Node d : docNodes) {
                facts.addAll(evidenced.getOrDefault(d, Set.of()));
                facts.addAll(unevidenced.getOrDefault(d, Set.of()));
            }
            for (Emitted f : facts) {
                boolean ok = goldRelations.stream().anyMatch(r -> entailedBy(f.p(), r.property()) && matches(r, f));
                String key = subjectClass(f.s()) + "." + f.p();
                add(rel, key, 0, 1, 0, ok ? 1 : 0);
                if (!ok) spurious.add(new Item(name, 0, key, show(f.s(), lang) + " " + f.p() + " " + show(f.o(), lang)));
            }
            for (Gold.Relation r : goldRelations) {
                boolean found = facts.stream().anyMatch(f -> satisfies(f.p(), r.property()) && matches(r, f));
                add(rel, r.key(), 1, 0, found ? 1 : 0, 0);
                if (!found) misses.add(new Item(name, r.line(), r.key(), "relation " + r));
            }
        }
        entityScores.putAll(ent);
        relationScores.putAll(rel);
    }

    // ---- results ----

    /** Per class ("Official", ...), in the order of {@link Gold#CLASSES}. */
    public Map<String, Score> entityScores() {
        return entityScores;
    }

    /** Per subject class and property ("Meeting.date", ...). */
    public Map<String, Score> relationScores() {
        return relationScores;
    }

    public Score entity(String cls) {
        return entityScores.getOrDefault(cls, new Score(cls, 0, 0, 0, 0));
    }

    public Score relation(String key) {
        return relationScores.getOrDefault(key, new Score(key, 0, 0, 0, 0));
    }

    public Score entities() {
        return total("all entities", entityScores);
    }

    public Score relations() {
        return total("all relations", relationScores);
    }

    public Score overall() {
        return entities().plus(relations()).withName("overall");
    }

    public List<Item> misses() {
        return misses;
    }

    public List<Item> spurious() {
        return spurious;
    }

    public List<String> warnings() {
        return warnings;
    }

    /** The table: class, gold, emitted, matched (gold found), correct (emitted right), precision, recall. */
    public String table() {
        StringBuilder b = new StringBuilder();
        String head = String.format(Locale.ROOT, "%-28s %6s %8s %8s %8s %10s %8s%n", "class", "gold", "emitted", "matched", "correct", "precision", "recall");
        b.append(head);
        b.append("-".repeat(head.length() - 1)).append('\n');
        entityScores.values().forEach(s -> row(b, s));
        row(b, entities());
        b.append('\n');
        relationScores.values().forEach(s -> row(b, s));
        row(b, relations());
        b.append('\n');
        row(b, overall());
        return b.toString();
    }

    /** Misses and spurious items, by document. */
    public String details() {
        StringBuilder b = new StringBuilder();
        b.append("Misses (gold rows no emitted item matches): ").append(misses.size()).append('\n');
        for (Item i : sortedItems(misses)) b.append("  ").append(i.doc()).append(':').append(i.line()).append("  ").append(i.text()).append('\n');
        b.append("\nSpurious (emitted items no gold row matches): ").append(spurious.size()).append('\n');
        for (Item i : sortedItems(spurious)) b.append("  ").append(i.doc()).append("  ").append(i.text()).append('\n');
        return b.toString();
    }

    // ---- matching ----

    /** An emitted property is right for a gold property it equals or that entails it (a chair, a host is a participant). */
    private static boolean entailedBy(String emitted, String gold) {
        return emitted.equals(gold) || (emitted.equals("participant") && (gold.equals("chair") || gold.equals("host")));
    }

    /** An emitted property satisfies a gold property it equals or entails. */
    private static boolean satisfies(String emitted, String gold) {
        return emitted.equals(gold) || ((emitted.equals("chair") || emitted.equals("host")) && gold.equals("participant"));
    }

    private boolean matches(Gold.Relation r, Emitted f) {
        if (!typedAs(f.s(), r.subjectClasses()) || !labelMatches(f.s(), r.subject())) return false;
        Node o = f.o();
        if (!r.literalObject()) return o.isURI() && typedAs(o, r.objectClasses()) && labelMatches(o, r.object());
        switch (r.objectType()) {
            case "iri":
                return o.isURI() && r.object().matcher(o.getURI()).find();
            case "literal":
                return o.isLiteral() && r.object().matcher(o.getLiteralLexicalForm()).find();
            case "string":
                return o.isLiteral() && (STRING.equals(o.getLiteralDatatypeURI()) || LANG_STRING.equals(o.getLiteralDatatypeURI()))
                        && r.object().matcher(o.getLiteralLexicalForm()).find();
            case "date":
                return o.isLiteral() && DATE_TYPES.contains(o.getLiteralDatatypeURI()) && r.object().matcher(o.getLiteralLexicalForm()).find();
            case "integer":
                return o.isLiteral() && INTEGER_TYPES.contains(o.getLiteralDatatypeURI()) && r.object().matcher(o.getLiteralLexicalForm()).find();
            default:
                return false;
        }
    }

    private boolean typedAs(Node n, Set<String> classes) {
        for (String c : types(n)) if (classes.contains(c)) return true;
        return false;
    }

    private boolean labelMatches(Node n, Pattern p) {
        for (String l : labels(n)) if (p.matcher(l).find()) return true;
        return false;
    }

    // ---- graph access ----

    private static Node dip(String local) {
        return NodeFactory.createURI(DIP + local);
    }

    /** The dip: classes (of {@link Gold#CLASSES}) a node has. */
    private Set<String> types(Node n) {
        return types.computeIfAbsent(n, k -> {
            Set<String> out = new LinkedHashSet<>();
            for (Node t : objects(k, RDF_TYPE)) {
                if (t.isURI() && t.getURI().startsWith(DIP) && Gold.CLASSES.contains(t.getURI().substring(DIP.length()))) {
                    out.add(t.getURI().substring(DIP.length()));
                }
            }
            return out;
        });
    }

    private List<String> labels(Node n) {
        return labels.computeIfAbsent(n, k -> {
            List<String> out = new ArrayList<>();
            if (!k.isURI() && !k.isBlank()) return out;
            for (Node l : objects(k, LABEL)) if (l.isLiteral()) out.add(l.getLiteralLexicalForm());
            for (Node l : objects(k, ALT_LABEL)) if (l.isLiteral()) out.add(l.getLiteralLexicalForm());
            return out;
        });
    }

    private String subjectClass(Node s) {
        Set<String> t = types(s);
        for (String c : Gold.CLASSES) if (t.contains(c)) return c;
        return "?";
    }

    /** A node for a person: its label in the document's language if it has one, else another; a literal as in Turtle. */
    private String show(Node n, String lang) {
        if (n.isLiteral()) {
            String dt = n.getLiteralDatatypeURI();
            String lex = "\"" + n.getLiteralLexicalForm() + "\"";
            if (!n.getLiteralLanguage().isEmpty()) return lex + "@" + n.getLiteralLanguage();
            if (dt == null || dt.equals(STRING)) return lex;
            return lex + "^^" + (dt.startsWith(XSD) ? "xsd:" + dt.substring(XSD.length()) : "<" + dt + ">");
        }
        String best = null;
        for (Node l : objects(n, LABEL)) {
            if (!l.isLiteral()) continue;
            if (best == null || (lang != null && lang.equalsIgnoreCase(l.getLiteralLanguage()))) best = l.getLiteralLexicalForm();
            if (lang != null && lang.equalsIgnoreCase(l.getLiteralLanguage())) break;
        }
        if (best != null) return "\"" + best + "\"";
        if (n.isURI()) {
            String u = n.getURI();
            return u.startsWith(DIP) ? "dip:" + u.substring(DIP.length()) : "<" + u + ">";
        }
        return n.toString();
    }

    private List<Node> subjects(Node p, Node o) {
        List<Node> out = new ArrayList<>();
        ExtendedIterator<Triple> it = g.find(Node.ANY, p, o);
        try {
            while (it.hasNext()) out.add(it.next().getSubject());
        } finally {
            it.close();
        }
        return out;
    }

    private List<Node> objects(Node s, Node p) {
        List<Node> out = new ArrayList<>();
        ExtendedIterator<Triple> it = g.find(s, p, Node.ANY);
        try {
            while (it.hasNext()) out.add(it.next().getObject());
        } finally {
            it.close();
        }
        return out;
    }

    private Node one(Node s, Node p) {
        List<Node> o = objects(s, p);
        return o.isEmpty() ? null : o.get(0);
    }

    /** The file name at the end of a path or URL. */
    static String fileName(String source) {
        String s = source.strip();
        int cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        return cut >= 0 ? s.substring(cut + 1) : s;
    }

    // ---- bookkeeping ----

    private static void add(Map<String, Score> m, String key, int gold, int emitted, int matched, int correct) {
        m.merge(key, new Score(key, gold, emitted, matched, correct), Score::plus);
    }

    private static Score total(String name, Map<String, Score> m) {
        Score t = new Score(name, 0, 0, 0, 0);
        for (Score s : m.values()) t = t.plus(s);
        return t.withName(name);
    }

    private static int classOrder(String c) {
        int i = new ArrayList<>(Gold.CLASSES).indexOf(c);
        return i < 0 ? Gold.CLASSES.size() : i;
    }

    private static int relationOrder(String key) {
        int dot = key.indexOf('.');
        String cls = dot < 0 ? key : key.substring(0, dot), prop = dot < 0 ? "" : key.substring(dot + 1);
        int p = Gold.PROPERTIES.indexOf(prop);
        return classOrder(cls) * 100 + (p < 0 ? 99 : p);
    }

    private static List<Item> sortedItems(List<Item> items) {
        List<Item> l = new ArrayList<>(items);
        l.sort(Comparator.comparing(Item::doc).thenComparingInt(Item::line).thenComparing(Item::key).thenComparing(Item::text));
        return l;
    }

    private static void row(StringBuilder b, Score s) {
        b.append(String.format(Locale.ROOT, "%-28s %6d %8d %8d %8d %10s %8s%n", s.name(), s.gold(), s.emitted(), s.matched(), s.correct(),
                pct(s.precision()), pct(s.recall())));
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }
}
