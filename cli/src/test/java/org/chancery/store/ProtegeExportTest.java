package org.chancery.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL2;
import org.chancery.Fixtures;
import org.chancery.cli.Chancery;
import org.chancery.corpus.Inputs;
import org.chancery.graph.Dip;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.io.StreamDocumentSource;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.model.OWLNamedIndividual;
import org.semanticweb.owlapi.model.OWLObjectProperty;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * "Opens in Protégé, reasons cleanly": the ontology alone, and the Protégé export of the sample
 * corpus and of the seed documents, through the OWL API's parser and OWL 2 DL profile checker and
 * the HermiT reasoner — the figures are printed — plus the inferences a user expects to see.
 */
class ProtegeExportTest {
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final OWLDataFactory DF = OWLManager.getOWLDataFactory();

    static Graph examples;

    @BeforeAll
    static void convert() {
        Inputs in = Inputs.expand(List.of(Fixtures.root().resolve("examples").toString()));
        examples = Fixtures.convert(in.files).getUnionGraph();
    }

    @Test
    void theOntologyAloneIsDlConsistentAndEntailsWhatUsersExpect() throws Exception {
        OwlJudge judge = OwlJudge.load(Fixtures.root().resolve("ontology/chancery.ttl"));
        judge.assertCleanDl("ontology/chancery.ttl");
        OWLReasoner r = judge.reason("ontology/chancery.ttl");
        Set<IRI> officialIs = r.getSuperClasses(DF.getOWLClass(IRI.create(Dip.NS + "Official")), false).entities()
                .map(c -> c.getIRI()).collect(Collectors.toSet());
        assertTrue(officialIs.contains(IRI.create(Dip.PROV + "Agent")), "an Official is a prov:Agent: " + officialIs);
        assertTrue(officialIs.contains(IRI.create(FOAF + "Person")), "an Official is a foaf:Person: " + officialIs);
        assertTrue(r.getSuperObjectProperties(prop("chair"), false).entities().anyMatch(p -> p.equals(prop("participant"))),
                "dip:chair is a sub-property of dip:participant");
        assertTrue(r.getDisjointClasses(DF.getOWLClass(IRI.create(Dip.NS + "Place"))).containsEntity(DF.getOWLClass(IRI.create(Dip.NS + "State"))),
                "a Place is never a State");
        System.out.printf("ontology: %d axioms, %d OWL 2 DL violations, %d unparsed triples, HermiT: consistent, classified%n",
                judge.axioms(), judge.violations.size(), judge.unparsedTriples());
    }

    @Test
    void theSampleCorpusExportsCleanInBothForms(@TempDir Path dir) throws Exception {
        exportAndJudge("examples", Fixtures.root().resolve("examples"), dir);
    }

    @Test
    void theSeedGraphExportsCleanInBothForms(@TempDir Path dir) throws Exception {
        Path seeds = Fixtures.root().resolveSibling("shared").resolve("seeds");
        assumeTrue(Files.isDirectory(seeds), "../shared/seeds is not beside the project: skipped");
        exportAndJudge("seeds", seeds, dir);
    }

    /** The command a user runs, in both forms; each file judged as Protégé would open it. */
    private static void exportAndJudge(String name, Path input, Path dir) throws Exception {
        Path merged = dir.resolve(name + "-merged.owl"), imported = dir.resolve(name + ".ttl");
        assertEquals(0, Chancery.run("export", "--for", "protege", "--merge", "-o", merged.toString(), input.toString()));
        assertEquals(0, Chancery.run("export", "--for", "protege", "-f", "ttl", "-o", imported.toString(), input.toString()));
        assertTrue(Files.isRegularFile(dir.resolve("chancery-ontology.ttl")) && Files.isRegularFile(dir.resolve("catalog-v001.xml")));
        for (Path file : List.of(merged, imported)) {
            OwlJudge judge = OwlJudge.load(file);
            judge.assertCleanDl(file.getFileName().toString());
            long t0 = System.nanoTime();
            OWLReasoner r = judge.reason(file.getFileName().toString());
            long ms = (System.nanoTime() - t0) / 1_000_000;
            long individuals = judge.ontology.individualsInSignature(org.semanticweb.owlapi.model.parameters.Imports.INCLUDED).count();
            assertTrue(individuals > 50, "individuals: " + individuals);
            // Every Official shows up under foaf:Person and prov:Agent, though no triple says so.
            Set<OWLNamedIndividual> officials = r.getInstances(DF.getOWLClass(IRI.create(Dip.NS + "Official")), false).entities().collect(Collectors.toSet());
            Set<OWLNamedIndividual> people = r.getInstances(DF.getOWLClass(IRI.create(FOAF + "Person")), false).entities().collect(Collectors.toSet());
            assertFalse(officials.isEmpty());
            assertTrue(people.containsAll(officials), "every Official is inferred a foaf:Person");
            System.out.printf("%s: %d axioms (imports included), %d individuals, %d OWL 2 DL violations, %d unparsed triples, "
                    + "HermiT: consistent, classified with instances in %d ms%n", file.getFileName(), judge.axioms(), individuals,
                    judge.violations.size(), judge.unparsedTriples(), ms);
        }
    }

    @Test
    void aChairIsInferredAParticipant() throws Exception {
        // The emitter writes both triples; take the participant ones away and let HermiT find them again.
        Graph data = GraphFactory.createDefaultGraph();
        List<Triple> removed = new ArrayList<>();
        examples.find().forEachRemaining(t -> {
            if (t.getPredicate().equals(Dip.PARTICIPANT) && examples.contains(t.getSubject(), Dip.CHAIR, t.getObject())) removed.add(t);
            else data.add(t);
        });
        assertTrue(removed.size() >= 5, "chairs in the sample corpus: " + removed.size());
        OwlJudge judge = judgeInMemory(new ProtegeExport(OntologyFiles.ontology()).export(data, "https://w3id.org/chancery/export/test", true).graph());
        judge.assertCleanDl("chairs only");
        OWLReasoner r = judge.reason("chairs only");
        for (Triple t : removed) {
            OWLNamedIndividual meeting = DF.getOWLNamedIndividual(IRI.create(t.getSubject().getURI()));
            OWLNamedIndividual chair = DF.getOWLNamedIndividual(IRI.create(t.getObject().getURI()));
            assertTrue(r.getObjectPropertyValues(meeting, prop("participant")).containsEntity(chair),
                    chair + " chairs " + meeting + ", so takes part in it");
        }
    }

    @Test
    void everyDateKeepsItsPrecision() {
        ProtegeExport.Result r = new ProtegeExport(OntologyFiles.ontology()).export(examples, "https://w3id.org/chancery/export/test", false);
        Graph out = r.graph();
        int dates = 0;
        for (Triple t : examples.find().toList()) {
            Node o = t.getObject();
            if (!o.isLiteral() || ProtegeExport.OWL2_DATATYPES.contains(o.getLiteralDatatypeURI())) continue;
            dates++;
            assertTrue(Set.of("date", "gYearMonth", "gYear", "gMonthDay").contains(o.getLiteralDatatypeURI().substring(ProtegeExport.XSD_NS.length())), o.toString());
            Node plain = NodeFactory.createLiteralString(o.getLiteralLexicalForm());
            assertTrue(out.contains(t.getSubject(), t.getPredicate(), plain), "carried as a string: " + t);
            assertFalse(out.contains(t), "not carried with a type outside OWL 2: " + t);
            assertEquals(o, ProtegeExport.originalDate(plain.getLiteralLexicalForm()), "the string gives the typed date back");
        }
        assertTrue(dates > 20, "dates in the sample corpus: " + dates);
        assertEquals(dates, r.literalsRewritten());
        out.find().forEachRemaining(t -> assertTrue(!t.getObject().isLiteral() || ProtegeExport.OWL2_DATATYPES.contains(t.getObject().getLiteralDatatypeURI()), t.toString()));
        // Every day, month, year and yearless-day precision occurs, so each shape is exercised.
        Set<String> kinds = examples.find().toList().stream().map(Triple::getObject)
                .filter(n -> n.isLiteral() && n.getLiteralDatatypeURI().startsWith(ProtegeExport.XSD_NS + "g") || n.isLiteral() && n.getLiteralDatatypeURI().endsWith("#date"))
                .map(Node::getLiteralDatatypeURI).collect(Collectors.toSet());
        assertEquals(4, kinds.size(), "day, month, year and yearless-day dates: " + kinds);
        assertEquals(NodeFactory.createLiteralDT("--04-15", org.apache.jena.datatypes.TypeMapper.getInstance().getSafeTypeByName(ProtegeExport.XSD_NS + "gMonthDay")),
                ProtegeExport.originalDate("--04-15"), "a yearless day comes back typed");
    }

    @Test
    void evidenceNodesAreIndividualsWithTheirPropertyAsAnUri() {
        Graph out = new ProtegeExport(OntologyFiles.ontology()).export(examples, "https://w3id.org/chancery/export/test", false).graph();
        List<Node> evidence = out.find(Node.ANY, Dip.RDF_TYPE, Dip.EVIDENCE).mapWith(Triple::getSubject).toList();
        assertTrue(evidence.size() > 100);
        for (Node e : evidence) {
            assertTrue(out.contains(e, Dip.RDF_TYPE, OWL2.NamedIndividual.asNode()), e + " is declared");
            Node p = out.find(e, Dip.FACT_PROPERTY, Node.ANY).next().getObject();
            assertEquals(ProtegeExport.XSD_NS + "anyURI", p.getLiteralDatatypeURI());
        }
    }

    @Test
    void triplesOwlCannotHoldAreLeftOutAndNamed() throws Exception {
        Graph bad = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader("""
                @prefix dip: <https://w3id.org/chancery/ontology#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                <https://w3id.org/chancery/id/official/x> a dip:Official ; rdfs:label "X"@en ; dip:represents "France" .
                <https://w3id.org/chancery/id/meeting/m> a dip:Meeting ; rdfs:label "M"@en ; dip:edition "third"^^xsd:integer ;
                    dip:chair <https://w3id.org/chancery/id/official/x> ; dip:date "2024-05"^^xsd:gYearMonth .
                """)).lang(Lang.TURTLE).parse(bad);
        ProtegeExport.Result r = new ProtegeExport(OntologyFiles.ontology()).export(bad, "https://w3id.org/chancery/export/test", true);
        assertEquals(2, r.problems().size(), r.problems().toString());
        assertTrue(r.problems().stream().anyMatch(p -> p.contains("official/x") && p.contains("represents is an object property")), r.problems().toString());
        assertTrue(r.problems().stream().anyMatch(p -> p.contains("meeting/m") && p.contains("'third' is not a valid integer")), r.problems().toString());
        assertFalse(r.graph().contains(Node.ANY, Dip.REPRESENTS, Node.ANY));
        OwlJudge judge = judgeInMemory(r.graph());
        judge.assertCleanDl("what is left");
        assertNotNull(judge.reason("what is left"));
    }

    private static OwlJudge judgeInMemory(Graph g) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RDFDataMgr.write(bytes, g, RDFFormat.RDFXML_PRETTY);
        Path tmp = Files.createTempFile("chancery-protege", ".owl");
        try {
            Files.write(tmp, bytes.toByteArray());
            return OwlJudge.load(tmp);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static OWLObjectProperty prop(String local) {
        return DF.getOWLObjectProperty(IRI.create(Dip.NS + local));
    }
}
