package org.chancery.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.formats.RDFDocumentFormat;
import org.semanticweb.owlapi.io.OWLOntologyLoaderMetaData;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;
import org.semanticweb.owlapi.reasoner.InferenceType;
import org.semanticweb.owlapi.reasoner.OWLReasoner;
import org.semanticweb.owlapi.util.SimpleIRIMapper;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What Protégé would make of a file: the OWL API (Protégé's own library) parses it, its OWL 2 DL
 * profile checker judges it, and HermiT (the reasoner Protégé ships) checks and classifies it.
 */
final class OwlJudge {
    final OWLOntology ontology;
    final OWLOntologyLoaderMetaData parse;
    final List<OWLProfileViolation> violations;

    private OwlJudge(OWLOntology ontology) {
        this.ontology = ontology;
        var format = ontology.getOWLOntologyManager().getOntologyFormat(ontology);
        this.parse = ((RDFDocumentFormat) format).getOntologyLoaderMetaData().orElseThrow();
        this.violations = new OWL2DLProfile().checkOntology(ontology).getViolations();
    }

    /** Loads a file, its imports resolved through the catalog-v001.xml beside it (as Protégé does) when there is one. */
    static OwlJudge load(Path file) throws Exception {
        OWLOntologyManager m = OWLManager.createOWLOntologyManager();
        for (Map.Entry<String, Path> e : catalog(file.resolveSibling("catalog-v001.xml")).entrySet()) {
            m.getIRIMappers().add(new SimpleIRIMapper(IRI.create(e.getKey()), IRI.create(e.getValue().toFile())));
        }
        return new OwlJudge(m.loadOntologyFromOntologyDocument(file.toFile()));
    }

    private static Map<String, Path> catalog(Path catalog) throws Exception {
        if (!catalog.toFile().isFile()) return Map.of();
        var dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        NodeList uris = dbf.newDocumentBuilder().parse(catalog.toFile()).getElementsByTagNameNS("urn:oasis:names:tc:entity:xmlns:xml:catalog", "uri");
        Map<String, Path> out = new java.util.HashMap<>();
        for (int i = 0; i < uris.getLength(); i++) {
            Element u = (Element) uris.item(i);
            out.put(u.getAttribute("name"), catalog.resolveSibling(u.getAttribute("uri")));
        }
        return out;
    }

    long unparsedTriples() {
        return parse.getUnparsedTriples().count();
    }

    int axioms() {
        return ontology.importsClosure().mapToInt(OWLOntology::getAxiomCount).sum();
    }

    /** Parsed whole, declared, OWL 2 DL. */
    void assertCleanDl(String what) {
        assertEquals(0, unparsedTriples(), what + ": triples the OWL API could not parse: "
                + parse.getUnparsedTriples().limit(10).map(Object::toString).toList());
        assertEquals(0, parse.getGuessedDeclarations().size(), what + ": declarations the OWL API had to guess: " + parse.getGuessedDeclarations());
        assertTrue(violations.isEmpty(), what + ": OWL 2 DL violations: " + violations.stream().limit(10).map(Object::toString).toList());
    }

    /** A HermiT reasoner, the ontology checked consistent and classified. */
    OWLReasoner reason(String what) {
        OWLReasoner r = new ReasonerFactory().createReasoner(ontology);
        assertTrue(r.isConsistent(), what + ": HermiT finds it inconsistent");
        r.precomputeInferences(InferenceType.CLASS_HIERARCHY, InferenceType.OBJECT_PROPERTY_HIERARCHY, InferenceType.CLASS_ASSERTIONS);
        assertTrue(r.getUnsatisfiableClasses().getEntitiesMinusBottom().isEmpty(), what + ": unsatisfiable classes "
                + r.getUnsatisfiableClasses().getEntitiesMinusBottom());
        return r;
    }
}
