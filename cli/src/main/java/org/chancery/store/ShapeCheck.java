package org.chancery.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shared.PrefixMapping;
import org.chancery.graph.Dip;

/**
 * Validates a graph against the SHACL shapes of {@code ontology/shapes.ttl} (Jena SHACL) and
 * tells each finding the way a reader needs it: the node by its label, the documents it was found
 * in, and the shape's message — so a wrong fact can be traced back to the text that stated it.
 */
public final class ShapeCheck {
    private final Shapes shapes;

    public ShapeCheck(Graph shapesGraph) {
        this.shapes = Shapes.parse(shapesGraph);
    }

    /** The bundled (or project) shapes. */
    public static ShapeCheck standard() {
        return new ShapeCheck(OntologyFiles.shapes());
    }

    /** One result of the validation, with what the data says about its focus node. */
    public record Finding(boolean violation, Node focus, String label, List<String> documents, String path, String value, String message) {}

    /** The findings, violations first, then by node. */
    public List<Finding> validate(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        PrefixMapping names = PrefixMapping.Factory.create().setNsPrefixes(PrefixMapping.Standard)
                .setNsPrefix("dip", Dip.NS).setNsPrefix("skos", Dip.SKOS).setNsPrefix("prov", Dip.PROV).setNsPrefix("dcterms", Dip.DCT);
        List<Finding> out = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            Node focus = e.focusNode();
            String path = e.resultPath() == null ? "" : e.resultPath().toString(new org.apache.jena.sparql.core.Prologue(names));
            String value = e.value() == null ? null : org.apache.jena.riot.out.NodeFmtLib.str(e.value(), org.apache.jena.riot.system.PrefixMapFactory.create(names));
            out.add(new Finding(e.severity() == Severity.Violation, focus, label(data, focus), documents(data, focus), path, value, e.message()));
        }
        out.sort(Comparator.comparing((Finding f) -> !f.violation()).thenComparing(f -> f.focus().toString()).thenComparing(Finding::path));
        return out;
    }

    /** The node's name: an English label, else any label, else its IRI's last segment. */
    static String label(Graph g, Node n) {
        String any = null;
        for (Triple t : g.find(n, Dip.LABEL, Node.ANY).toList()) {
            if (!t.getObject().isLiteral()) continue;
            if (t.getObject().getLiteralLanguage().equalsIgnoreCase("en")) return t.getObject().getLiteralLexicalForm();
            if (any == null) any = t.getObject().getLiteralLexicalForm();
        }
        if (any != null) return any;
        if (n.isURI()) return n.getURI().substring(n.getURI().lastIndexOf('/') + 1);
        return n.toString();
    }

    /** The documents the node was found in (prov:wasDerivedFrom), by source file where known; a document is its own. */
    static List<String> documents(Graph g, Node n) {
        List<Node> docs = new ArrayList<>();
        if (g.contains(n, Dip.RDF_TYPE, Dip.DOCUMENT)) docs.add(n);
        g.find(n, Dip.DERIVED_FROM, Node.ANY).forEachRemaining(t -> docs.add(t.getObject()));
        List<String> out = new ArrayList<>();
        for (Node d : docs) {
            List<Triple> src = g.find(d, Dip.DCT_SOURCE, Node.ANY).toList();
            out.add(!src.isEmpty() && src.get(0).getObject().isLiteral() ? src.get(0).getObject().getLiteralLexicalForm() : d.toString());
        }
        return out.stream().distinct().sorted().toList();
    }
}
