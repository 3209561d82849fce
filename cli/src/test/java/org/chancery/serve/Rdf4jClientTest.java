package org.chancery.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.QueryLanguage;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A second, independent SPARQL client: RDF4J's SPARQLRepository sends every canned query (bound as
 * it is for HTTP) to the endpoint and must read the very rows Jena gets running it in-process.
 */
class Rdf4jClientTest {
    static ExampleServer served;
    static SPARQLRepository repository;

    @BeforeAll
    static void connect() {
        served = ExampleServer.get();
        repository = new SPARQLRepository(served.sparql());
        repository.init();
    }

    @AfterAll
    static void disconnect() {
        if (repository != null) repository.shutDown();
    }

    @Test
    void everyCannedQueryGivesRdf4jTheRowsJenaGetsInProcess() {
        try (RepositoryConnection c = repository.getConnection()) {
            for (CannedQuery q : QueryRegistry.load().all().values()) {
                for (boolean withOptional : new boolean[] {false, true}) {
                    Map<String, String> params = EndToEndTest.sampleParams(q, withOptional);
                    var bound = q.bind(params);
                    List<String> jena = Rows.of(served.rowsInProcess(bound));
                    List<String> rdf4j = new ArrayList<>();
                    try (TupleQueryResult result = c.prepareTupleQuery(QueryLanguage.SPARQL, bound.serialize()).evaluate()) {
                        assertEquals(bound.getResultVars(), result.getBindingNames(), q.name() + ": the columns");
                        for (BindingSet row : result) rdf4j.add(row(row));
                    }
                    rdf4j.sort(null);
                    assertTrue(!jena.isEmpty(), q.name() + " " + params + " has rows");
                    assertEquals(jena, rdf4j, q.name() + " with " + params);
                }
            }
        }
    }

    /** A row in the form of {@link Rows}. */
    private static String row(BindingSet b) {
        TreeMap<String, String> row = new TreeMap<>();
        for (String name : b.getBindingNames()) {
            Value v = b.getValue(name);
            if (v != null) row.put(name, term(v));
        }
        return row.toString();
    }

    private static String term(Value v) {
        if (v instanceof IRI iri) return "<" + iri.stringValue() + ">";
        if (v instanceof Literal l) {
            return "\"" + l.getLabel() + "\"" + l.getLanguage().map(lang -> "@" + lang).orElse("^^<" + l.getDatatype().stringValue() + ">");
        }
        return "_:";
    }
}
