package org.chancery.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.chancery.Fixtures;
import org.chancery.cli.Chancery;
import org.chancery.graph.ResolvedDocument;
import org.chancery.store.OntologyFiles;
import org.chancery.store.ProtegeExport;
import org.chancery.store.Store;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every output format of convert and of export (plain, and for Protégé), written by Jena and read
 * back by Jena and by RDF4J Rio (an independent parser): both readings are isomorphic to what was
 * written — the triples, or the quads with their graphs for TriG and N-Quads.
 */
class RoundTripTest {
    static List<ResolvedDocument> docs;
    /** The documents' graphs, as convert and load produce them. */
    static DatasetGraph source;
    @TempDir
    static Path dir;
    static Path store;

    @BeforeAll
    static void convert() {
        Inputs in = Inputs.expand(List.of(Fixtures.root().resolve("examples").toString()));
        docs = new Corpus(Fixtures.mappings(), 20L << 20, 2).convert(in.files.subList(0, Math.min(4, in.files.size())), null).documents();
        assertTrue(!docs.isEmpty());
        source = DatasetGraphFactory.createGeneral();
        Corpus.emit(docs, StreamRDFLib.dataset(source));
        store = dir.resolve("store");
        try (Store s = Store.open(store)) {
            s.replaceGraphs(sink -> Corpus.emit(docs, sink));
        }
    }

    static boolean isQuads(org.eclipse.rdf4j.rio.RDFFormat rio) {
        return rio.supportsContexts() && rio != org.eclipse.rdf4j.rio.RDFFormat.JSONLD;
    }

    /** What a triple format must hold: every graph's triples in one. */
    static DatasetGraph expected(DatasetGraph dsg, boolean quads) {
        if (quads) return dsg;
        DatasetGraph out = DatasetGraphFactory.createGeneral();
        dsg.find().forEachRemaining(q -> out.getDefaultGraph().add(q.asTriple()));
        return out;
    }

    static DatasetGraph viaJena(byte[] bytes, RDFFormat f) {
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        RDFDataMgr.read(dsg, new ByteArrayInputStream(bytes), f.getLang());
        return normal(dsg);
    }

    static DatasetGraph viaRdf4j(byte[] bytes, org.eclipse.rdf4j.rio.RDFFormat f) throws Exception {
        Model m = Rio.parse(new ByteArrayInputStream(bytes), "", f);
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        for (Statement s : m) {
            Node g = s.getContext() == null ? Quad.defaultGraphIRI : node(s.getContext());
            dsg.add(g, node(s.getSubject()), node(s.getPredicate()), node(s.getObject()));
        }
        return normal(dsg);
    }

    private static Node node(Value v) {
        if (v instanceof org.eclipse.rdf4j.model.IRI i) return NodeFactory.createURI(i.stringValue());
        if (v instanceof org.eclipse.rdf4j.model.BNode b) return NodeFactory.createBlankNode(b.getID());
        var l = (org.eclipse.rdf4j.model.Literal) v;
        return l.getLanguage().isPresent() ? NodeFactory.createLiteralLang(l.getLabel(), l.getLanguage().get())
                : NodeFactory.createLiteralDT(l.getLabel(), TypeMapper.getInstance().getSafeTypeByName(l.getDatatype().stringValue()));
    }

    /** Language tags compared case-insensitively (BCP 47), as both libraries may normalise them differently. */
    static DatasetGraph normal(DatasetGraph dsg) {
        DatasetGraph out = DatasetGraphFactory.createGeneral();
        dsg.find().forEachRemaining(q -> {
            Node o = q.getObject();
            if (o.isLiteral() && !o.getLiteralLanguage().isEmpty()) o = NodeFactory.createLiteralLang(o.getLiteralLexicalForm(), o.getLiteralLanguage().toLowerCase(Locale.ROOT));
            out.add(q.getGraph(), q.getSubject(), q.getPredicate(), o);
        });
        return out;
    }

    static void assertRoundTrips(String what, byte[] bytes, RDFFormat f, org.eclipse.rdf4j.rio.RDFFormat rio, DatasetGraph written) throws Exception {
        DatasetGraph expected = normal(expected(written, isQuads(rio)));
        DatasetGraph jena = viaJena(bytes, f), rdf4j = viaRdf4j(bytes, rio);
        assertTrue(expected.stream().count() > 100, what + ": too few statements");
        assertTrue(IsoMatcher.isomorphic(expected, jena), what + ": Jena reads back something else than was written");
        assertTrue(IsoMatcher.isomorphic(expected, rdf4j), what + ": RDF4J reads back something else than was written");
    }

    @Test
    void theComparisonNoticesOneChangedStatement() {
        DatasetGraph copy = normal(source);
        assertTrue(IsoMatcher.isomorphic(normal(source), copy));
        Quad one = copy.find().next();
        copy.delete(one);
        copy.add(one.getGraph(), one.getSubject(), one.getPredicate(), NodeFactory.createLiteralString("changed"));
        assertTrue(!IsoMatcher.isomorphic(normal(source), copy), "a changed statement must break the isomorphism");
    }

    // --- convert

    private void convertRoundTrips(String name, org.eclipse.rdf4j.rio.RDFFormat rio) throws Exception {
        RDFFormat f = org.chancery.cli.OutputAccess.format(name);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        org.chancery.cli.OutputAccess.write(docs, f, out);
        assertRoundTrips("convert -f " + name, out.toByteArray(), f, rio, source);
    }

    @Test
    void convertTurtle() throws Exception {
        convertRoundTrips("ttl", org.eclipse.rdf4j.rio.RDFFormat.TURTLE);
    }

    /** Large outputs: Turtle and TriG written as blocks (no pretty layout) hold the same statements. */
    private void convertAsBlocksRoundTrips(String name, org.eclipse.rdf4j.rio.RDFFormat rio) throws Exception {
        RDFFormat f = org.chancery.cli.OutputAccess.format(name);
        ByteArrayOutputStream pretty = new ByteArrayOutputStream(), blocks = new ByteArrayOutputStream();
        org.chancery.cli.OutputAccess.write(docs, f, pretty, Long.MAX_VALUE);
        org.chancery.cli.OutputAccess.write(docs, f, blocks, 0);
        String p = pretty.toString(java.nio.charset.StandardCharsets.UTF_8), b = blocks.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(!p.contains("PREFIX dip: <") && b.contains("PREFIX dip: <"),
                "the limit must choose the writer: the pretty one aligns the prefixes, the blocks one does not");
        assertRoundTrips("convert -f " + name + " as blocks", blocks.toByteArray(), f, rio, source);
        assertTrue(IsoMatcher.isomorphic(viaJena(pretty.toByteArray(), f), viaJena(blocks.toByteArray(), f)),
                name + ": the pretty and the blocks forms must read back as the same graph");
    }

    @Test
    void convertTurtleAsBlocks() throws Exception {
        convertAsBlocksRoundTrips("ttl", org.eclipse.rdf4j.rio.RDFFormat.TURTLE);
    }

    @Test
    void convertTrigAsBlocks() throws Exception {
        convertAsBlocksRoundTrips("trig", org.eclipse.rdf4j.rio.RDFFormat.TRIG);
    }

    @Test
    void convertTrig() throws Exception {
        convertRoundTrips("trig", org.eclipse.rdf4j.rio.RDFFormat.TRIG);
    }

    @Test
    void convertNquads() throws Exception {
        convertRoundTrips("nq", org.eclipse.rdf4j.rio.RDFFormat.NQUADS);
    }

    @Test
    void convertJsonld() throws Exception {
        convertRoundTrips("jsonld", org.eclipse.rdf4j.rio.RDFFormat.JSONLD);
    }

    @Test
    void convertRdfxml() throws Exception {
        convertRoundTrips("rdfxml", org.eclipse.rdf4j.rio.RDFFormat.RDFXML);
    }

    // --- export, from the store, as a user runs it

    private void exportRoundTrips(String name, org.eclipse.rdf4j.rio.RDFFormat rio) throws Exception {
        Path file = dir.resolve("export." + name);
        assertEquals(0, Chancery.run("export", "--store", store.toString(), "-f", name, "-o", file.toString()));
        assertRoundTrips("export -f " + name, Files.readAllBytes(file), org.chancery.cli.OutputAccess.format(name), rio, source);
    }

    @Test
    void exportTurtle() throws Exception {
        exportRoundTrips("ttl", org.eclipse.rdf4j.rio.RDFFormat.TURTLE);
    }

    @Test
    void exportTrig() throws Exception {
        exportRoundTrips("trig", org.eclipse.rdf4j.rio.RDFFormat.TRIG);
    }

    @Test
    void exportNquads() throws Exception {
        exportRoundTrips("nq", org.eclipse.rdf4j.rio.RDFFormat.NQUADS);
    }

    @Test
    void exportJsonld() throws Exception {
        exportRoundTrips("jsonld", org.eclipse.rdf4j.rio.RDFFormat.JSONLD);
    }

    @Test
    void exportRdfxml() throws Exception {
        exportRoundTrips("rdfxml", org.eclipse.rdf4j.rio.RDFFormat.RDFXML);
    }

    @Test
    void exportOneDocumentsGraph() throws Exception {
        Node doc = docs.get(0).iri;
        Path file = dir.resolve("one.nq");
        assertEquals(0, Chancery.run("export", "--store", store.toString(), "--graph", doc.getURI(), "-f", "nq", "-o", file.toString()));
        DatasetGraph one = DatasetGraphFactory.createGeneral();
        source.getGraph(doc).find().forEachRemaining(t -> one.add(doc, t.getSubject(), t.getPredicate(), t.getObject()));
        assertRoundTrips("export --graph", Files.readAllBytes(file), RDFFormat.NQUADS, org.eclipse.rdf4j.rio.RDFFormat.NQUADS, one);
    }

    // --- export for Protégé: the ontology merged in (blank nodes of its class expressions included) or imported

    private void protegeRoundTrips(String name, boolean merge, org.eclipse.rdf4j.rio.RDFFormat rio) throws Exception {
        Path file = dir.resolve("protege-" + merge + "." + name);
        assertEquals(0, merge ? Chancery.run("export", "--for", "protege", "--merge", "--store", store.toString(), "-f", name, "-o", file.toString())
                : Chancery.run("export", "--for", "protege", "--store", store.toString(), "-f", name, "-o", file.toString()));
        Graph union = expected(source, false).getDefaultGraph();
        Graph written = new ProtegeExport(OntologyFiles.ontology())
                .export(union, "https://w3id.org/chancery/export/" + org.chancery.document.DocumentReader.slug(file.getFileName().toString()), merge).graph();
        DatasetGraph w = DatasetGraphFactory.createGeneral();
        written.find().forEachRemaining((Triple t) -> w.getDefaultGraph().add(t));
        assertRoundTrips("export --for protege -f " + name + (merge ? " --merge" : ""), Files.readAllBytes(file),
                org.chancery.cli.OutputAccess.format(name), rio, w);
    }

    @Test
    void protegeRdfxml() throws Exception {
        protegeRoundTrips("rdfxml", false, org.eclipse.rdf4j.rio.RDFFormat.RDFXML);
    }

    @Test
    void protegeRdfxmlMerged() throws Exception {
        protegeRoundTrips("rdfxml", true, org.eclipse.rdf4j.rio.RDFFormat.RDFXML);
    }

    @Test
    void protegeTurtleMerged() throws Exception {
        protegeRoundTrips("ttl", true, org.eclipse.rdf4j.rio.RDFFormat.TURTLE);
    }
}
