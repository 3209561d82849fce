package org.chancery.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.chancery.Fixtures;
import org.chancery.corpus.Inputs;
import org.junit.jupiter.api.Test;

/** The SHACL shapes over real conversions (clean) and over graphs broken on purpose (each fault caught). */
class ShapeCheckTest {
    static final ShapeCheck CHECK = ShapeCheck.standard();

    static final String PREFIXES = """
            @prefix dip: <https://w3id.org/chancery/ontology#> .
            @prefix id: <https://w3id.org/chancery/id/> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix prov: <http://www.w3.org/ns/prov#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            <https://w3id.org/chancery/id/document/d> a dip:Document ; rdfs:label "Talks"@en ; dcterms:language "en" ; dcterms:source "talks.txt" .
            """;
    /** A small graph that passes, and the three faults the issue names, each a replacement of one line. */
    static final String MEETING = "<https://w3id.org/chancery/id/meeting/m> a dip:Meeting ; rdfs:label \"Third round\"@en ; "
            + "prov:wasDerivedFrom <https://w3id.org/chancery/id/document/d> ; dip:date \"2024-05-20\"^^xsd:date .\n";
    static final String RESOLUTION = "<https://w3id.org/chancery/id/resolution/r> a dip:Resolution ; rdfs:label \"Resolution 64/35\"@en ; "
            + "prov:wasDerivedFrom <https://w3id.org/chancery/id/document/d> ; dip:votesFor 170 ; dip:votesAgainst 2 .\n";
    static final String OFFICIAL = "<https://w3id.org/chancery/id/official/o> a dip:Official ; rdfs:label \"Ingrid Halvorsen\"@en ; "
            + "prov:wasDerivedFrom <https://w3id.org/chancery/id/document/d> .\n";

    private static Graph parse(String turtle) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader(PREFIXES + turtle)).lang(Lang.TURTLE).parse(g);
        return g;
    }

    private static List<ShapeCheck.Finding> violations(Graph g) {
        return CHECK.validate(g).stream().filter(ShapeCheck.Finding::violation).toList();
    }

    @Test
    void theCleanGraphPasses() {
        assertEquals(List.of(), violations(parse(MEETING + RESOLUTION + OFFICIAL)));
    }

    @Test
    void aMeetingWithTwoDatesIsCaught() {
        var v = violations(parse(MEETING.replace(" .\n", " , \"2024-06\"^^xsd:gYearMonth .\n") + RESOLUTION + OFFICIAL));
        assertEquals(1, v.size(), v.toString());
        assertEquals("https://w3id.org/chancery/id/meeting/m", v.get(0).focus().getURI());
        assertEquals("Third round", v.get(0).label());
        assertEquals(List.of("talks.txt"), v.get(0).documents());
        assertEquals("dip:date", v.get(0).path());
        assertTrue(v.get(0).message().contains("at most one dip:date"), v.get(0).message());
    }

    @Test
    void negativeVotesAreCaught() {
        var v = violations(parse(MEETING + RESOLUTION.replace("dip:votesAgainst 2", "dip:votesAgainst -2") + OFFICIAL));
        assertEquals(1, v.size(), v.toString());
        assertEquals("Resolution 64/35", v.get(0).label());
        assertEquals("dip:votesAgainst", v.get(0).path());
        assertEquals("-2", v.get(0).value());
    }

    @Test
    void anOfficialWithoutALabelIsCaught() {
        var v = violations(parse(MEETING + RESOLUTION + OFFICIAL.replace("rdfs:label \"Ingrid Halvorsen\"@en ; ", "")));
        assertEquals(1, v.size(), v.toString());
        assertEquals("https://w3id.org/chancery/id/official/o", v.get(0).focus().getURI());
        assertEquals("o", v.get(0).label(), "no label: the IRI's last segment names it");
        assertEquals(List.of("talks.txt"), v.get(0).documents());
        assertEquals("rdfs:label", v.get(0).path());
    }

    @Test
    void theSampleCorpusValidates() {
        Inputs in = Inputs.expand(List.of(Fixtures.root().resolve("examples").toString()));
        assertEquals(List.of(), violations(Fixtures.convert(in.files).getUnionGraph()));
    }

    @Test
    void theSeedGraphValidates() {
        Path seeds = Fixtures.root().resolveSibling("shared").resolve("seeds");
        assumeTrue(Files.isDirectory(seeds), "../shared/seeds is not beside the project: skipped");
        assertEquals(List.of(), violations(Fixtures.convert(Inputs.expand(List.of(seeds.toString())).files).getUnionGraph()));
    }
}
