package org.chancery.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** examples/ served by Fuseki on a free port, asked every canned query, a full-text search and plain SPARQL over HTTP. */
class EndToEndTest {
    static ExampleServer served;
    static String endpoint;

    @BeforeAll
    static void serveExamples() {
        served = ExampleServer.get();
        endpoint = served.sparql();
    }

    private static List<QuerySolution> select(String query) {
        // Through the shared server (not this class's field): other tests call sampleParams first.
        try (QueryExecution qe = QueryExecutionHTTP.service(ExampleServer.get().sparql()).query(query).build()) {
            List<QuerySolution> rows = new ArrayList<>();
            qe.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }

    private static int rows(Query q) {
        try (QueryExecution qe = QueryExecutionHTTP.service(endpoint).query(q).build()) {
            ResultSet rs = qe.execSelect();
            int n = 0;
            while (rs.hasNext()) {
                rs.next();
                n++;
            }
            return n;
        }
    }

    @Test
    void everyCannedQueryAnswersWithRows() {
        QueryRegistry registry = QueryRegistry.load();
        assertTrue(registry.all().keySet().containsAll(List.of("timeline", "series", "officials", "sources", "state-relations",
                "institution-engagement", "corroboration", "co-participation")));
        for (CannedQuery q : registry.all().values()) {
            for (boolean withOptional : new boolean[] {false, true}) {
                Map<String, String> params = sampleParams(q, withOptional);
                // Sent over HTTP as text: the bound query must also serialise to valid SPARQL.
                assertTrue(rows(q.bind(params)) > 0, "no rows from query " + q.name() + " with " + params);
            }
        }
    }

    /**
     * Parameters the sample corpus can answer: two states that met, each with an official (the
     * state in most meetings first, so that every query about a state has something to say of it,
     * however the sample corpus grows); a series; an entity reported by two documents.
     */
    static Map<String, String> sampleParams(CannedQuery q, boolean withOptional) {
        Map<String, String> p = new HashMap<>();
        for (CannedQuery.Param param : q.params()) {
            if (param.optional() && !withOptional) continue;
            switch (param.type()) {
                case "state" -> p.put(param.name(), firstValue("""
                        PREFIX dip: <https://w3id.org/chancery/ontology#>
                        SELECT ?x ?y WHERE {
                          { SELECT ?x (COUNT(DISTINCT ?m0) AS ?n) WHERE { ?m0 a dip:Meeting ; dip:participant ?x . ?x a dip:State } GROUP BY ?x }
                          ?m a dip:Meeting ; dip:participant ?x, ?y . ?y a dip:State .
                          ?ox dip:represents ?x . ?oy dip:represents ?y FILTER(?x != ?y) } ORDER BY DESC(?n) ?x ?y LIMIT 1""",
                        p.isEmpty() ? "x" : "y"));
                case "iri" -> p.put(param.name(), switch (param.name()) {
                    case "official", "participant" -> firstValue("""
                            PREFIX dip: <https://w3id.org/chancery/ontology#>
                            SELECT ?x WHERE { ?m a dip:Meeting ; dip:participant ?x . ?x a dip:Official ; dip:title ?t } ORDER BY ?x LIMIT 1""", "x");
                    case "document" -> firstValue("""
                            PREFIX dip: <https://w3id.org/chancery/ontology#>
                            PREFIX prov: <http://www.w3.org/ns/prov#>
                            SELECT ?x WHERE { ?e a dip:Evidence ; prov:wasDerivedFrom ?x } ORDER BY ?x LIMIT 1""", "x");
                    default -> sampleIri(param);
                });
                case "string" -> p.put(param.name(), param.name().equals("text") ? "dialog*" : "x");
                default -> p.put(param.name(), "x");
            }
        }
        return p;
    }

    private static String sampleIri(CannedQuery.Param param) {
        return param.name().equals("series")
                ? firstValue("SELECT ?x WHERE { ?x a <https://w3id.org/chancery/ontology#MeetingSeries> } ORDER BY ?x LIMIT 1", "x")
                : firstValue("""
                        PREFIX dip: <https://w3id.org/chancery/ontology#>
                        PREFIX prov: <http://www.w3.org/ns/prov#>
                        SELECT ?x WHERE { ?x a dip:Meeting ; prov:wasDerivedFrom ?d1, ?d2 FILTER(?d1 != ?d2) } ORDER BY ?x LIMIT 1""", "x");
    }

    private static String firstValue(String select, String var) {
        return select(select).get(0).getResource(var).getURI();
    }

    @Test
    void quotesAndBracesInAParameterAreAValueNotQueryText() {
        CannedQuery q = QueryRegistry.load().get("sources");
        Query unknown = q.bind(Map.of("entity", "https://w3id.org/chancery/id/official/x"));
        assertEquals(0, rows(unknown));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> q.bind(Map.of("entity", "x> } UNION { ?s ?p ?o } #")));
        assertTrue(e.getMessage().contains("parameter 'entity'") && e.getMessage().contains("x> } UNION"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> q.bind(Map.of("nosuch", "1")));
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> q.bind(Map.of()));
        assertTrue(missing.getMessage().contains("needs parameter 'entity'"), missing.getMessage());
        // A string parameter with quotes stays one literal.
        CannedQuery.Param text = new CannedQuery.Param("name", "string", "a name");
        assertEquals("Erzhan \"Kazykhan\" } #", CannedQuery.node(text, "Erzhan \"Kazykhan\" } #").getLiteralLexicalForm());
    }

    @Test
    void theWebUiAndCsvResultsAreServed() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> ui = http.send(HttpRequest.newBuilder(URI.create(served.base() + "/")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ui.statusCode());
        assertTrue(ui.body().toLowerCase().contains("<html"), "the UI page");
        HttpResponse<String> datasets = http.send(HttpRequest.newBuilder(URI.create(served.base() + "/$/datasets")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, datasets.statusCode());
        assertTrue(datasets.body().contains("chancery"));
        String query = URLEncoder.encode("SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/chancery/ontology#Document> }", StandardCharsets.UTF_8);
        HttpResponse<String> csv = http.send(HttpRequest.newBuilder(URI.create(endpoint + "?query=" + query)).header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, csv.statusCode());
        int documents = exampleDocuments();
        assertEquals("n\r\n" + documents + "\r\n", csv.body(), "the " + documents + " documents of examples/");
        HttpResponse<String> update = http.send(HttpRequest.newBuilder(URI.create(served.base() + "/chancery/update"))
                .POST(HttpRequest.BodyPublishers.ofString("update=DROP ALL")).header("Content-Type", "application/x-www-form-urlencoded").build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(update.statusCode() >= 400, "update must be refused, got " + update.statusCode());
        HttpResponse<String> put = http.send(HttpRequest.newBuilder(URI.create(served.base() + "/chancery?default"))
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:example:a> <urn:example:b> <urn:example:c> .")).header("Content-Type", "text/turtle").build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(put.statusCode() >= 400, "graph store writes must be refused, got " + put.statusCode());
        HttpResponse<String> create = http.send(HttpRequest.newBuilder(URI.create(served.base() + "/$/datasets?dbName=x&dbType=mem"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(create.statusCode() >= 400, "dataset creation must be refused, got " + create.statusCode());
        assertEquals(exampleDocuments(), select("SELECT ?d WHERE { ?d a <https://w3id.org/chancery/ontology#Document> }").size(), "nothing was written");
    }

    @Test
    void curlGetsCsvFromTheEndpoint() throws Exception {
        String query = "SELECT ?meeting WHERE { ?meeting a <https://w3id.org/chancery/ontology#Meeting> } ORDER BY ?meeting";
        int expected = select(query).size();
        String body;
        Path curl = Path.of("/usr/bin/curl");
        if (Files.isExecutable(curl)) {
            Process p = new ProcessBuilder(curl.toString(), "-s", "-f", "-H", "Accept: text/csv", "--data-urlencode", "query=" + query, endpoint)
                    .redirectErrorStream(true).start();
            body = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), "curl failed: " + body);
        } else {
            System.out.println("curl is not installed: asking with Java's HttpClient instead");
            body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(endpoint))
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv").build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        }
        List<String> lines = body.lines().toList();
        assertEquals("meeting", lines.get(0));
        assertEquals(expected, lines.size() - 1);
        assertTrue(lines.stream().skip(1).allMatch(l -> l.startsWith("https://w3id.org/chancery/id/meeting/")), body);
    }

    @Test
    void answersStopAtTheConfiguredRowLimit() {
        long limit = ResultLimit.of(FusekiConfig.forStore(served.store).model()).rows();
        assertEquals(10_000, limit, "fuseki-config/chancery.ttl sets chancery:resultLimit");
        // Every typed individual against every other: far more rows than the limit.
        String cross = "SELECT * WHERE { ?a a ?t . ?b a ?u }";
        assertEquals(limit, select(cross).size());
        assertEquals(7, select(cross + " LIMIT 7").size(), "a smaller LIMIT is kept");
        assertEquals(limit, select(cross + " LIMIT 50000").size(), "a larger one is lowered");
    }

    @Test
    void textQueryFindsNamesInBothLanguages() {
        String prefix = "PREFIX text: <http://jena.apache.org/text#> SELECT DISTINCT ?s ?name WHERE { (?s ?score ?name) text:query ";
        // A French phrase with an elided article.
        List<QuerySolution> rights = select(prefix + "'\"droits de l\\'homme\"' }");
        assertTrue(rights.stream().anyMatch(r -> r.getResource("s").getURI().endsWith("/institution/unhrc")), rights.toString());
        // One word of it, without its article: the elision is removed in the index too.
        assertTrue(select(prefix + "'homme' }").stream().anyMatch(r -> r.getResource("s").getURI().endsWith("/institution/unhrc")));
        // Accents folded: "elysee" finds "Traité de l'Élysée".
        List<QuerySolution> elysee = select(prefix + "'elysee' }");
        assertTrue(elysee.stream().anyMatch(r -> r.getLiteral("name").getString().contains("Élysée")), elysee.toString());
        // An English name, and a search restricted to one language.
        assertTrue(select(prefix + "'zarif' }").stream().anyMatch(r -> r.getResource("s").getURI().endsWith("/official/mohammad-javad-zarif")));
        List<QuerySolution> french = select(prefix + "('conseil' 'lang:fr') }");
        assertTrue(!french.isEmpty() && french.stream().allMatch(r -> "fr".equals(r.getLiteral("name").getLanguage())), french.toString());
        // Each name once, however many documents repeat it.
        List<QuerySolution> all = select("PREFIX text: <http://jena.apache.org/text#> SELECT ?s ?name WHERE { (?s ?score ?name) text:query 'zarif' }");
        assertEquals(all.stream().map(r -> r.get("s") + " " + r.get("name")).distinct().count(), all.size(), all.toString());
    }

    /** The documents of examples/, counted: the sample corpus grows. */
    private static int exampleDocuments() throws Exception {
        return org.chancery.corpus.Inputs.expand(List.of(org.chancery.Fixtures.root().resolve("examples").toString())).files.size();
    }
}
