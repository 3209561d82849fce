package org.chancery.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.chancery.Fixtures;
import org.chancery.graph.ResolvedDocument;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every output format, written by Jena, read back by RDF4J Rio (an independent parser): the same statements. */
class RoundTripTest {
    static List<ResolvedDocument> docs;

    @BeforeAll
    static void convert() {
        Inputs in = Inputs.expand(List.of(Fixtures.root().resolve("examples").toString()));
        docs = new Corpus(Fixtures.mappings(), 20L << 20, 2).convert(in.files.subList(0, Math.min(4, in.files.size())), null).documents();
        assertTrue(!docs.isEmpty());
    }

    /** Statements as N-Quads-like strings, graph included for quad formats. */
    private static Set<String> jena(byte[] bytes, RDFFormat f, boolean quads) {
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        RDFDataMgr.read(dsg, new ByteArrayInputStream(bytes), f.getLang());
        Set<String> out = new TreeSet<>();
        dsg.find().forEachRemaining(q -> out.add(key(q.getSubject().toString(), q.getPredicate().toString(), term(q.getObject()),
                quads && !q.isDefaultGraph() ? q.getGraph().toString() : "")));
        return out;
    }

    private static String term(org.apache.jena.graph.Node n) {
        if (!n.isLiteral()) return n.toString();
        return n.getLiteralLexicalForm() + "|" + (n.getLiteralLanguage().isEmpty() ? n.getLiteralDatatypeURI() : "@" + n.getLiteralLanguage().toLowerCase());
    }

    private static Set<String> rdf4j(byte[] bytes, org.eclipse.rdf4j.rio.RDFFormat f, boolean quads) throws Exception {
        Model m = Rio.parse(new ByteArrayInputStream(bytes), "", f);
        Set<String> out = new TreeSet<>();
        for (Statement s : m) {
            String o = s.getObject() instanceof org.eclipse.rdf4j.model.Literal l
                    ? l.getLabel() + "|" + l.getLanguage().map(x -> "@" + x.toLowerCase()).orElse(l.getDatatype().stringValue())
                    : s.getObject().stringValue();
            out.add(key(s.getSubject().stringValue(), s.getPredicate().stringValue(), o, quads && s.getContext() != null ? s.getContext().stringValue() : ""));
        }
        return out;
    }

    private static String key(String s, String p, String o, String g) {
        return s + " " + p + " " + o + " " + g;
    }

    private void check(String name, org.eclipse.rdf4j.rio.RDFFormat rio, boolean quads) throws Exception {
        RDFFormat f = org.chancery.cli.OutputAccess.format(name);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        org.chancery.cli.OutputAccess.write(docs, f, out);
        Set<String> a = jena(out.toByteArray(), f, quads);
        Set<String> b = rdf4j(out.toByteArray(), rio, quads);
        assertTrue(a.size() > 100, name + ": too few statements");
        assertEquals(a, b, name + ": Jena and RDF4J read different statements");
    }

    @Test
    void turtle() throws Exception {
        check("ttl", org.eclipse.rdf4j.rio.RDFFormat.TURTLE, false);
    }

    @Test
    void trig() throws Exception {
        check("trig", org.eclipse.rdf4j.rio.RDFFormat.TRIG, true);
    }

    @Test
    void nquads() throws Exception {
        check("nq", org.eclipse.rdf4j.rio.RDFFormat.NQUADS, true);
    }

    @Test
    void jsonld() throws Exception {
        check("jsonld", org.eclipse.rdf4j.rio.RDFFormat.JSONLD, false);
    }

    @Test
    void rdfxml() throws Exception {
        check("rdfxml", org.eclipse.rdf4j.rio.RDFFormat.RDFXML, false);
    }
}
