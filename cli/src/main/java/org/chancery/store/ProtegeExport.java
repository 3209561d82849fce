package org.chancery.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;

/**
 * A Chancery graph as one OWL 2 DL ontology that Protégé opens and HermiT reasons over.
 *
 * <p>The data is kept triple for triple, with three changes OWL 2 DL needs: an ontology header
 * that imports the Chancery ontology (or, merged, the ontology's axioms themselves); a declaration
 * for every individual ({@code owl:NamedIndividual}), class and property used; and literals whose
 * datatype is outside the OWL 2 datatype map ({@code xsd:date}, {@code xsd:gYearMonth},
 * {@code xsd:gYear} — every date Chancery writes) carried as {@code xsd:string} with their lexical
 * form unchanged. That form says the precision by its shape ({@code YYYY}, {@code YYYY-MM},
 * {@code YYYY-MM-DD}), so {@link #originalDate} gives the typed date back: nothing is lost.
 *
 * <p>A triple OWL 2 DL cannot hold — a literal as the value of an object property, an IRI as the
 * value of a datatype property, an ill-typed literal — is left out and named in
 * {@link Result#problems()}.
 */
public final class ProtegeExport {
    static final String XSD_NS = XSD.getURI(), RDF_NS = RDF.getURI(), RDFS_NS = RDFS.getURI(), OWL_NS = OWL.getURI();

    /** The OWL 2 datatype map (OWL 2 Structural Specification §4), plus rdf:langString (RDF 1.1's tagged strings). */
    static final Set<String> OWL2_DATATYPES = Set.of(
            RDF_NS + "PlainLiteral", RDF_NS + "XMLLiteral", RDF_NS + "langString", RDFS_NS + "Literal",
            OWL_NS + "real", OWL_NS + "rational",
            XSD_NS + "decimal", XSD_NS + "integer", XSD_NS + "nonNegativeInteger", XSD_NS + "nonPositiveInteger",
            XSD_NS + "positiveInteger", XSD_NS + "negativeInteger", XSD_NS + "long", XSD_NS + "int", XSD_NS + "short",
            XSD_NS + "byte", XSD_NS + "unsignedLong", XSD_NS + "unsignedInt", XSD_NS + "unsignedShort", XSD_NS + "unsignedByte",
            XSD_NS + "double", XSD_NS + "float", XSD_NS + "string", XSD_NS + "normalizedString", XSD_NS + "token",
            XSD_NS + "language", XSD_NS + "Name", XSD_NS + "NCName", XSD_NS + "NMTOKEN", XSD_NS + "boolean",
            XSD_NS + "hexBinary", XSD_NS + "base64Binary", XSD_NS + "anyURI", XSD_NS + "dateTime", XSD_NS + "dateTimeStamp");

    private static final Node OBJECT_PROPERTY = OWL.ObjectProperty.asNode(), DATATYPE_PROPERTY = OWL.DatatypeProperty.asNode(),
            ANNOTATION_PROPERTY = OWL.AnnotationProperty.asNode(), NAMED_INDIVIDUAL = OWL2.NamedIndividual.asNode(),
            CLASS = OWL.Class.asNode(), TYPE = RDF.type.asNode(), SAME_AS = OWL.sameAs.asNode(),
            DIFFERENT_FROM = OWL.differentFrom.asNode(), ONTOLOGY = OWL.Ontology.asNode();

    private final Graph ontology;
    private final Node ontologyIri;

    /** @param ontology the Chancery ontology ({@link OntologyFiles#ontology()}) */
    public ProtegeExport(Graph ontology) {
        this.ontology = ontology;
        List<Node> headers = ontology.find(Node.ANY, TYPE, ONTOLOGY).mapWith(Triple::getSubject).toList();
        if (headers.size() != 1) throw new IllegalArgumentException("the ontology must have exactly one owl:Ontology header, it has " + headers.size());
        this.ontologyIri = headers.get(0);
    }

    /** What an export made: the graph to write, what it counted, and the triples it had to leave out. */
    public record Result(Graph graph, int individuals, int classes, int properties, int literalsRewritten, List<String> problems) {}

    /**
     * @param data      the graph to export (a store's union graph, or documents converted together)
     * @param exportIri the IRI of the ontology the export declares
     * @param merge     true: the ontology's axioms are copied in; false: it is imported by its IRI
     */
    public Result export(Graph data, String exportIri, boolean merge) {
        Graph out = GraphFactory.createDefaultGraph();
        out.getPrefixMapping().setNsPrefixes(ontology.getPrefixMapping());
        out.getPrefixMapping().setNsPrefix("id", "https://w3id.org/chancery/id/");
        Node header = NodeFactory.createURI(exportIri);
        out.add(header, TYPE, ONTOLOGY);
        out.add(header, RDFS.label.asNode(), NodeFactory.createLiteralLang("Chancery knowledge graph", "en"));
        out.add(header, RDFS.comment.asNode(), NodeFactory.createLiteralLang(DATE_NOTE, "en"));
        if (merge) {
            // One header per file: the ontology's own is dropped, its axioms kept, its identity recorded.
            ontology.find().forEachRemaining(t -> {
                if (!t.getSubject().equals(ontologyIri)) out.add(t);
            });
            out.add(header, RDFS.seeAlso.asNode(), ontologyIri);
            ontology.find(ontologyIri, OWL.versionInfo.asNode(), Node.ANY).forEachRemaining(t -> out.add(header, t.getPredicate(), t.getObject()));
        } else {
            out.add(header, OWL.imports.asNode(), ontologyIri);
        }

        Map<Node, Node> kinds = declaredKinds();
        Map<Node, int[]> uses = new HashMap<>(); // predicate -> {IRI or blank objects, literal objects}
        data.find().forEachRemaining(t -> {
            if (t.getPredicate().equals(TYPE) || isBuiltIn(t.getPredicate())) return;
            uses.computeIfAbsent(t.getPredicate(), k -> new int[2])[t.getObject().isLiteral() ? 1 : 0]++;
        });

        Set<Node> individuals = new LinkedHashSet<>(), classes = new LinkedHashSet<>(), properties = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        int[] rewritten = {0};
        data.find().forEachRemaining(t -> {
            if (ontology.contains(t)) return; // the ontology's own triples, loaded into a store: imported or merged already
            Node s = t.getSubject(), p = t.getPredicate(), o = t.getObject();
            if (p.equals(TYPE)) {
                out.add(t);
                if (!o.isURI() || isReserved(o)) return;
                classes.add(o);
                if (s.isURI()) individuals.add(s);
                return;
            }
            if (p.equals(SAME_AS) || p.equals(DIFFERENT_FROM)) {
                if (o.isLiteral()) {
                    problems.add(describe(t) + ": " + local(p) + " needs an IRI, not a literal; left out");
                    return;
                }
                out.add(t);
                if (s.isURI()) individuals.add(s);
                if (o.isURI()) individuals.add(o);
                return;
            }
            if (isBuiltIn(p)) {
                out.add(t); // rdfs:subClassOf and the like, from RDF loaded as is: OWL reads them itself
                return;
            }
            Node kind = kinds.getOrDefault(p, inferredKind(uses.get(p)));
            if (kind.equals(OBJECT_PROPERTY) && o.isLiteral()) {
                problems.add(describe(t) + ": " + local(p) + " is an object property, its value must be an IRI; left out");
                return;
            }
            if (kind.equals(DATATYPE_PROPERTY) && !o.isLiteral()) {
                problems.add(describe(t) + ": " + local(p) + " is a datatype property, its value must be a literal; left out");
                return;
            }
            if (o.isLiteral() && !o.getLiteral().isWellFormed()) {
                problems.add(describe(t) + ": '" + o.getLiteralLexicalForm() + "' is not a valid " + local(NodeFactory.createURI(o.getLiteralDatatypeURI())) + "; left out");
                return;
            }
            Node value = o;
            if (o.isLiteral() && !OWL2_DATATYPES.contains(o.getLiteralDatatypeURI())) {
                value = NodeFactory.createLiteralString(o.getLiteralLexicalForm());
                rewritten[0]++;
            }
            out.add(s, p, value);
            properties.add(p);
            if (!kind.equals(ANNOTATION_PROPERTY)) {
                if (s.isURI()) individuals.add(s);
                if (kind.equals(OBJECT_PROPERTY) && o.isURI()) individuals.add(o);
            }
        });
        for (Node p : properties) out.add(p, TYPE, kinds.getOrDefault(p, inferredKind(uses.get(p))));
        for (Node c : classes) out.add(c, TYPE, CLASS);
        for (Node i : individuals) out.add(i, TYPE, NAMED_INDIVIDUAL);
        return new Result(out, individuals.size(), classes.size(), properties.size(), rewritten[0], problems);
    }

    /** The typed date a string of the export stands for ({@code "2024-05"} → {@code "2024-05"^^xsd:gYearMonth}), or null. */
    public static Node originalDate(String lexical) {
        String type;
        if (lexical.matches("-?\\d{4,}(Z|[+-]\\d{2}:\\d{2})?")) type = "gYear";
        else if (lexical.matches("-?\\d{4,}-\\d{2}(Z|[+-]\\d{2}:\\d{2})?")) type = "gYearMonth";
        else if (lexical.matches("-?\\d{4,}-\\d{2}-\\d{2}(Z|[+-]\\d{2}:\\d{2})?")) type = "date";
        else if (lexical.matches("--\\d{2}-\\d{2}")) type = "gMonthDay"; // a day whose year the text does not give
        else return null;
        return NodeFactory.createLiteralDT(lexical, org.apache.jena.datatypes.TypeMapper.getInstance().getSafeTypeByName(XSD_NS + type));
    }

    /** How the export writes dates; the same words are in the ontology and the README. */
    static final String DATE_NOTE = "Protégé export of a Chancery graph. Dates (dip:date, dip:signedOn, dip:inForceSince, "
            + "dcterms:date, dip:factValue) are typed xsd:date, xsd:gYearMonth or xsd:gYear in Chancery; those datatypes are outside "
            + "the OWL 2 datatype map, so here each is the same lexical form as an xsd:string: YYYY-MM-DD for a day, YYYY-MM for a "
            + "month, YYYY for a year. The shape gives the precision back; no date is widened or guessed.";

    private Map<Node, Node> declaredKinds() {
        Map<Node, Node> kinds = new HashMap<>();
        for (Node k : List.of(ANNOTATION_PROPERTY, DATATYPE_PROPERTY, OBJECT_PROPERTY)) {
            ontology.find(Node.ANY, TYPE, k).forEachRemaining(t -> kinds.put(t.getSubject(), k));
        }
        return kinds;
    }

    /** A property the ontology does not know: by its values, an object, datatype or (mixed) annotation property. */
    private static Node inferredKind(int[] use) {
        if (use == null || (use[0] > 0 && use[1] > 0)) return ANNOTATION_PROPERTY;
        return use[0] > 0 ? OBJECT_PROPERTY : DATATYPE_PROPERTY;
    }

    /** RDF, RDFS and OWL's own terms, which are never declared. */
    private static boolean isReserved(Node n) {
        String u = n.getURI();
        return u.startsWith(RDF_NS) || u.startsWith(RDFS_NS) || u.startsWith(OWL_NS) || u.startsWith(XSD_NS);
    }

    /** Reserved predicates OWL reads itself, except the annotation properties (label, comment, seeAlso…), declared like others. */
    private static boolean isBuiltIn(Node p) {
        return isReserved(p) && !ANNOTATIONS.contains(p.getURI());
    }

    private static final Set<String> ANNOTATIONS = new HashSet<>(List.of(RDFS_NS + "label", RDFS_NS + "comment", RDFS_NS + "seeAlso",
            RDFS_NS + "isDefinedBy", OWL_NS + "versionInfo", OWL_NS + "deprecated", OWL_NS + "priorVersion",
            OWL_NS + "backwardCompatibleWith", OWL_NS + "incompatibleWith"));

    private static String describe(Triple t) {
        return Stream.of(t.getSubject(), t.getPredicate(), t.getObject())
                .map(n -> n.isURI() ? "<" + n.getURI() + ">" : n.toString()).reduce((a, b) -> a + " " + b).orElse("");
    }

    private static String local(Node p) {
        String u = p.getURI();
        return u.substring(Math.max(u.lastIndexOf('#'), u.lastIndexOf('/')) + 1);
    }
}
