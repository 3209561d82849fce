package org.chancery.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.junit.jupiter.api.Test;

/**
 * Canned-query parameters are terms, never query text: quotes, braces, "} UNION {", comments and
 * IRIs with spaces either bind as one value (and the query keeps its shape, over HTTP too, as its
 * text) or are refused; they never add a pattern.
 */
class CannedQueryTest {
    private static final String TEXT = """
            # title: Test
            # param: name string — optional: a label
            # param: n integer — optional: a number
            # param: thing iri — optional: an IRI
            # param: state state — optional: a state
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?thing ?name WHERE { ?thing rdfs:label ?name ; <http://example.org/n> ?n . OPTIONAL { ?thing <http://example.org/in> ?state } }
            """;
    private static final List<String> HOSTILE = List.of(
            "x\" } UNION { ?thing ?p ?name } #", "x' } UNION { ?thing ?p ?name } #", "\"\"\" } UNION { ?thing ?p ?name } \"\"\"",
            "} UNION { ?thing ?p ?name", "{", "}", "\\", "\\\" } UNION { ?s ?p ?o", "x\n} UNION { ?thing ?p ?name }\n#",
            "<http://example.org/a> } UNION { ?thing ?p ?name", "?thing", "$name", "# comment", "x\u0000y", "FILTER(true)");

    private final CannedQuery q = CannedQuery.parse("test", TEXT);

    /** A small graph: a plain label pattern matches both things; an injected UNION would match every triple. */
    private static Model data() {
        Model m = ModelFactory.createDefaultModel();
        m.read(new java.io.StringReader("""
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                <http://example.org/a> rdfs:label "Alpha" ; <http://example.org/n> 1 ; <http://example.org/in> <https://w3id.org/chancery/id/state/NO> .
                <http://example.org/b> rdfs:label "Beta" ; <http://example.org/n> 2 .
                """), null, "TTL");
        return m;
    }

    private static int rows(Query query) {
        try (QueryExecution qe = QueryExecution.model(data()).query(query).build()) {
            int[] n = {0};
            qe.execSelect().forEachRemaining(r -> n[0]++);
            return n[0];
        }
    }

    /**
     * The bound query's text (as sent over HTTP) parsed again is the same query: one VALUES row
     * holding exactly the value (when given), then the canned query's own pattern, untouched.
     */
    private static void assertShape(CannedQuery c, Query bound, String var, Node expected) {
        Query reparsed = QueryFactory.create(bound.serialize());
        assertEquals(bound, reparsed, c.name() + ": the bound query's text reads back as another query");
        ElementGroup where = (ElementGroup) reparsed.getQueryPattern();
        ElementData values = (ElementData) where.getElements().get(0);
        assertEquals(List.of(Var.alloc(var)), values.getVars(), c.name());
        assertEquals(1, values.getRows().size(), c.name());
        if (expected != null) assertEquals(expected, values.getRows().get(0).get(Var.alloc(var)), c.name());
        ElementGroup rest = new ElementGroup();
        where.getElements().stream().skip(1).forEach(rest::addElement);
        ElementGroup original = (ElementGroup) c.query().getQueryPattern();
        assertEquals(original.toString(), rest.toString(), c.name() + ": the rest of the query changed");
    }

    @Test
    void hostileStringsBindAsOneLiteral() {
        assertEquals(2, rows(q.query()));
        assertEquals(1, rows(q.bind(Map.of("name", "Alpha"))));
        for (String v : HOSTILE) {
            Query bound = q.bind(Map.of("name", v));
            assertShape(q, bound, "name", NodeFactory.createLiteralString(v));
            assertEquals(0, rows(bound), "the value matched more than itself: " + v);
        }
    }

    @Test
    void hostileIrisAreRefused() {
        for (String v : List.of("http://example.org/a b", "http://example.org/a> } UNION { ?thing ?p ?name } <http://x", "<http://example.org/a> } UNION {",
                "http://example.org/{x}", "http://example.org/\"", "http://example.org/a\nb", "", "not an iri", "?thing")) {
            assertThrows(IllegalArgumentException.class, () -> q.bind(Map.of("thing", v)), v);
        }
        Query ok = q.bind(Map.of("thing", "<http://example.org/a>"));
        assertShape(q, ok, "thing", NodeFactory.createURI("http://example.org/a"));
        assertEquals(1, rows(ok));
    }

    @Test
    void statesAndNumbersAreCheckedNotPasted() {
        for (String v : List.of("NO\" } UNION { ?thing ?p ?name", "NO }", "N O", "<https://w3id.org/chancery/id/state/NO> } UNION {")) {
            assertThrows(IllegalArgumentException.class, () -> q.bind(Map.of("state", v)), v);
        }
        Query no = q.bind(Map.of("state", "no"));
        assertShape(q, no, "state", NodeFactory.createURI("https://w3id.org/chancery/id/state/NO"));
        for (String v : List.of("1 } UNION { ?thing ?p ?name }", "1.5", "1e3", "0x10", "99999999999999999999")) {
            assertThrows(IllegalArgumentException.class, () -> q.bind(Map.of("n", v)), v);
        }
        assertEquals(1, rows(q.bind(Map.of("n", " 2 "))));
    }

    @Test
    void unknownParametersAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> q.bind(Map.of("name } UNION {", "x")));
        assertTrue(e.getMessage().contains("has no parameter"), e.getMessage());
    }

    @Test
    void aValueAlsoOpensEachSubSelectGroupedByItsParameter() {
        CannedQuery c = CannedQuery.parse("grouped", """
                # title: Grouped
                # param: state state — optional: a state
                SELECT ?state ?n ?all WHERE {
                  { SELECT ?state (COUNT(?thing) AS ?n) WHERE { ?thing <http://example.org/in> ?state } GROUP BY ?state }
                  OPTIONAL { SELECT ?state (COUNT(?x) AS ?m) WHERE { ?x <http://example.org/n> ?k OPTIONAL { ?x <http://example.org/in> ?state } } GROUP BY ?state }
                  { SELECT (COUNT(?y) AS ?all) WHERE { ?y <http://example.org/in> ?state } }
                }
                """);
        Query bound = c.bind(Map.of("state", "NO"));
        String text = bound.serialize();
        // The query's own VALUES and the first sub-select's; not the second's (?state may be unbound
        // in its rows) nor the third's (its ?state is another variable).
        assertEquals(2, text.split("VALUES", -1).length - 1, text);
        assertEquals(bound, QueryFactory.create(text));
        try (QueryExecution qe = QueryExecution.model(data()).query(bound).build()) {
            var rows = qe.execSelect();
            assertTrue(rows.hasNext());
            rows.forEachRemaining(row -> {
                assertEquals(1, row.getLiteral("n").getInt());
                assertEquals(1, row.getLiteral("all").getInt());
            });
        }
    }

    @Test
    void theShippedQueriesKeepTheirShapeUnderHostileValues() {
        QueryRegistry registry = QueryRegistry.load();
        for (CannedQuery c : registry.all().values()) {
            for (CannedQuery.Param p : c.params()) {
                for (String v : HOSTILE) {
                    Query bound;
                    try {
                        bound = c.bind(Map.of(p.name(), v));
                    } catch (IllegalArgumentException refused) {
                        continue; // an IRI or a state that is not one
                    }
                    assertShape(c, bound, p.name(), null);
                }
            }
        }
    }

    @Test
    void aPageIsAtMostLimitRowsAfterOffset() {
        Query all = q.bind(Map.of());
        assertEquals(2, rows(all));
        assertEquals(1, rows(CannedQuery.page(all, "1", null, 0)));
        assertEquals(1, rows(CannedQuery.page(all, "5", "1", 0)));
        assertEquals(0, rows(CannedQuery.page(all, null, "2", 0)));
        assertEquals(2, rows(CannedQuery.page(all, "", " ", 0)), "an empty form field is no value");
        assertTrue(!all.hasLimit(), "the query itself is left as it was");
        // Within a query that pages itself, a page of its rows.
        Query own = QueryFactory.create("SELECT * WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o LIMIT 4 OFFSET 1");
        Query paged = CannedQuery.page(own, "10", "2", 0);
        assertEquals(3, paged.getOffset());
        assertEquals(2, paged.getLimit());
    }

    @Test
    void aBadPageIsRefusedSayingWhy() {
        Query all = q.bind(Map.of());
        for (String[] bad : new String[][] {{"0", null}, {"-3", null}, {"ten", null}, {"1.5", null}, {null, "-1"}, {null, "x"},
                {"1000001", null}, {null, "1000000001"}, {"11", null, "10"}}) {
            long max = bad.length > 2 ? Long.parseLong(bad[2]) : 0;
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CannedQuery.page(all, bad[0], bad[1], max), java.util.Arrays.toString(bad));
            String which = bad[0] != null ? "limit" : "offset";
            assertTrue(e.getMessage().startsWith(which + " must be"), e.getMessage());
        }
        IllegalArgumentException over = assertThrows(IllegalArgumentException.class, () -> CannedQuery.page(all, "11", null, 10));
        assertTrue(over.getMessage().contains("from 1 to 10"), over.getMessage());
        IllegalArgumentException named = assertThrows(IllegalArgumentException.class,
                () -> CannedQuery.parse("paged", "# param: limit integer — a number\nSELECT * WHERE { ?s ?p ?o }"));
        assertTrue(named.getMessage().contains("'limit'"), named.getMessage());
    }
}
