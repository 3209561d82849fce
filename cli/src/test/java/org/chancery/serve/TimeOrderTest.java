package org.chancery.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.chancery.Fixtures;
import org.chancery.corpus.Inputs;
import org.junit.jupiter.api.Test;

/**
 * Time in order across precisions: ARQ orders xsd:gYear, xsd:gYearMonth and xsd:date values by
 * datatype before value, so the canned queries sort on the lexical form, which compares the start
 * of the period first and puts the coarser precision first when two periods start together.
 */
class TimeOrderTest {
    static final String DIP = "https://w3id.org/chancery/ontology#";

    /** A graph whose meetings, agreements and resolutions mix days, months and years, listed out of order. */
    static final String MIXED = """
            @prefix dip: <https://w3id.org/chancery/ontology#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix s: <https://w3id.org/chancery/id/state/> .
            @prefix m: <https://w3id.org/chancery/id/meeting/> .
            s:AA a dip:State . s:BB a dip:State .
            m:y2025 a dip:Meeting ; rdfs:label "a year" ; dip:date "2025"^^xsd:gYear ; dip:participant s:AA, s:BB ; dip:series m:s ; dip:edition 3 .
            m:d2020 a dip:Meeting ; rdfs:label "a day" ; dip:date "2020-03-01"^^xsd:date ; dip:participant s:AA, s:BB ; dip:series m:s ; dip:edition 1 .
            m:d2021 a dip:Meeting ; rdfs:label "a day" ; dip:date "2021-02-11"^^xsd:date ; dip:participant s:AA, s:BB .
            m:m2021 a dip:Meeting ; rdfs:label "a month" ; dip:date "2021-02"^^xsd:gYearMonth ; dip:participant s:AA, s:BB .
            m:y2021 a dip:Meeting ; rdfs:label "a year" ; dip:date "2021"^^xsd:gYear ; dip:participant s:AA, s:BB ; dip:series m:s .
            m:d2019 a dip:Meeting ; rdfs:label "a day" ; dip:date "2019-12-31"^^xsd:date ; dip:participant s:AA, s:BB ; dip:series m:s .
            <https://w3id.org/chancery/id/agreement/a> a dip:Agreement ; rdfs:label "an agreement" ;
                dip:signedOn "2022"^^xsd:gYear ; dip:inForceSince "2020-06"^^xsd:gYearMonth ; dip:party s:AA, s:BB .
            <https://w3id.org/chancery/id/resolution/r> a dip:Resolution ; rdfs:label "a resolution" ;
                dip:date "2024-11-05"^^xsd:date ; dip:concerns s:AA .
            """;

    static List<String> column(Model m, String query, Map<String, String> params, String var) {
        QueryRegistry registry = QueryRegistry.load();
        List<String> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(m)).query(registry.get(query).bind(params)).build()) {
            qe.execSelect().forEachRemaining(s -> {
                RDFNode n = s.get(var);
                out.add(n == null ? "" : n.asLiteral().getLexicalForm());
            });
        }
        return out;
    }

    static Model mixed() {
        Model m = ModelFactory.createDefaultModel();
        m.read(new StringReader(MIXED), null, "TTL");
        return m;
    }

    /** The lexical order: by the start of the period, then coarser before finer. */
    static void assertInTimeOrder(List<String> dates) {
        List<String> sorted = new ArrayList<>(dates);
        sorted.sort(Comparator.naturalOrder());
        assertEquals(sorted, dates, "dates out of time order");
    }

    @Test
    void timelineMixesPrecisionsInTimeOrder() {
        List<String> dates = column(mixed(), "timeline", Map.of(), "date");
        assertEquals(List.of("2019-12-31", "2020-03-01", "2020-06", "2021", "2021-02", "2021-02-11", "2022", "2024-11-05", "2025"), dates);
        List<String> forState = column(mixed(), "timeline", Map.of("state", "BB"), "date");
        assertTrue(forState.indexOf("2025") > forState.indexOf("2021-02-11"), "2025 after 2021-02-11: " + forState);
        assertInTimeOrder(forState);
    }

    @Test
    void stateRelationsAndSeriesInTimeOrder() {
        List<String> relations = column(mixed(), "state-relations", Map.of("a", "AA", "b", "BB"), "date");
        assertInTimeOrder(relations);
        assertEquals(7, relations.size(), "six meetings and the agreement: " + relations);
        // Rounds without a number come first (unbound sorts low), among them the earlier first.
        List<String> series = column(mixed(), "series", Map.of(), "date");
        assertEquals(List.of("2019-12-31", "2021", "2020-03-01", "2025"), series);
    }

    @Test
    void seedTimelineOfKazakhstanInTimeOrder() {
        Path seeds = Fixtures.root().resolveSibling("shared").resolve("seeds");
        assumeTrue(Files.isDirectory(seeds), "../shared is not beside the project: the seed timeline is not checked");
        DatasetGraph dsg = Fixtures.convert(Inputs.expand(List.of(seeds.toString())).files);
        Model union = DatasetFactory.wrap(DatasetGraphFactory.wrap(dsg.getUnionGraph())).getDefaultModel();
        List<String> dates = column(union, "timeline", Map.of("state", "KZ"), "date");
        assertTrue(dates.size() >= 3, "the seeds date several events of Kazakhstan: " + dates);
        assertInTimeOrder(dates);
    }
}
