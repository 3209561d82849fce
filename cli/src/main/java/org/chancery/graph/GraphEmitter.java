package org.chancery.graph;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.riot.system.StreamRDF;
import org.chancery.document.Document;

/**
 * Writes resolved documents to a Jena {@link StreamRDF} as quads, one named graph per document
 * (its IRI): the same stream feeds a file writer, the TDB2 loader or a remote store. Each fact
 * gets an evidence node naming the sentence and its offsets, so every triple can be traced.
 */
public final class GraphEmitter {
    private final StreamRDF out;

    public GraphEmitter(StreamRDF out) {
        this.out = out;
    }

    public void emit(ResolvedDocument d) {
        Node g = d.iri;
        Document doc = d.document;
        String lang = d.language;
        Set<Quad> seen = new HashSet<>();
        quad(seen, g, g, Dip.RDF_TYPE, Dip.DOCUMENT);
        quad(seen, g, g, Dip.DCT_LANGUAGE, NodeFactory.createLiteralString(lang));
        quad(seen, g, g, Dip.DCT_SOURCE, NodeFactory.createLiteralString(doc.source()));
        if (doc.title() != null && !doc.title().isBlank()) {
            quad(seen, g, g, Dip.DCT_TITLE, NodeFactory.createLiteralLang(doc.title(), lang));
            quad(seen, g, g, Dip.LABEL, NodeFactory.createLiteralLang(doc.title(), lang));
        } else {
            quad(seen, g, g, Dip.LABEL, NodeFactory.createLiteralLang(doc.source(), lang));
        }
        if (doc.date() != null) quad(seen, g, g, Dip.DCT_DATE, NodeFactory.createLiteralDT(doc.date().toString(), XSDDatatype.XSDdate));
        for (EntityRecord e : d.entities.values()) {
            quad(seen, g, e.iri, Dip.RDF_TYPE, e.type);
            for (Node l : e.labels) quad(seen, g, e.iri, Dip.LABEL, l);
            for (Node l : e.altLabels) if (!e.labels.contains(l)) quad(seen, g, e.iri, Dip.ALT_LABEL, l);
            if (e.sameAs != null) quad(seen, g, e.iri, Dip.SAME_AS, e.sameAs);
            quad(seen, g, e.iri, Dip.DERIVED_FROM, g);
        }
        int n = 0;
        for (Fact f : d.facts) {
            if (!quad(seen, g, f.subject(), f.predicate(), f.object())) continue;
            if (f.sentence() < 0 || f.sentence() >= d.sentences.size()) continue;
            SentenceSpan s = d.sentences.get(f.sentence());
            Node ev = NodeFactory.createURI(g.getURI() + "/evidence/" + (++n));
            quad(seen, g, ev, Dip.RDF_TYPE, Dip.EVIDENCE);
            quad(seen, g, ev, Dip.FACT_SUBJECT, f.subject());
            quad(seen, g, ev, Dip.FACT_PROPERTY, NodeFactory.createLiteralDT(f.predicate().getURI(), XSDDatatype.XSDanyURI));
            quad(seen, g, ev, f.object().isLiteral() ? Dip.FACT_VALUE : Dip.FACT_OBJECT, f.object());
            quad(seen, g, ev, Dip.SENTENCE, NodeFactory.createLiteralString(s.text()));
            quad(seen, g, ev, Dip.SENTENCE_INDEX, integer(s.index()));
            quad(seen, g, ev, Dip.START_OFFSET, integer(s.start()));
            quad(seen, g, ev, Dip.END_OFFSET, integer(s.end()));
            quad(seen, g, ev, Dip.DERIVED_FROM, g);
        }
    }

    public static Node integer(long v) {
        return NodeFactory.createLiteralDT(Long.toString(v), XSDDatatype.XSDinteger);
    }

    private boolean quad(Set<Quad> seen, Node g, Node s, Node p, Node o) {
        Quad q = Quad.create(g, s, p, o);
        if (!seen.add(q)) return false;
        out.quad(q);
        return true;
    }
}
