package org.chancery.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.chancery.Fixtures;
import org.chancery.corpus.Corpus;
import org.chancery.corpus.Inputs;
import org.chancery.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** examples/ converted, loaded into a store, served by Fuseki on a free port, and asked every canned query over HTTP. */
class EndToEndTest {
    @TempDir
    static Path dir;
    static FusekiServer server;
    static String endpoint;

    @BeforeAll
    static void serveExamples() {
        Inputs in = Inputs.expand(List.of(Fixtures.root().resolve("examples").toString()));
        Corpus.Report report = new Corpus(Fixtures.mappings(), 20L << 20, 2).convert(in.files, null);
        assertTrue(report.problems().isEmpty(), report.problems().toString());
        Path store = dir.resolve("store");
        try (Store s = Store.open(store)) {
            s.replaceGraphs(sink -> Corpus.emit(report.documents(), sink));
        }
        server = ChanceryServer.start(store, 0, true);
        endpoint = "http://localhost:" + server.getHttpPort() + "/chancery/sparql";
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
    }

    private static int rows(org.apache.jena.query.Query q) {
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
        assertTrue(registry.all().keySet().containsAll(List.of("timeline", "series", "officials", "sources")));
        for (CannedQuery q : registry.all().values()) {
            for (boolean withOptional : new boolean[] {false, true}) {
                Map<String, String> params = sampleParams(q, withOptional);
                // Sent over HTTP as text: the bound query must also serialise to valid SPARQL.
                assertTrue(rows(q.bind(params)) > 0, "no rows from query " + q.name() + " with " + params);
            }
        }
    }

    /** Parameters that the sample corpus can answer: two states that met, each with an official; an official; a series. */
    private static Map<String, String> sampleParams(CannedQuery q, boolean withOptional) {
        Map<String, String> p = new java.util.HashMap<>();
        for (CannedQuery.Param param : q.params()) {
            boolean optional = param.description().startsWith("optional");
            if (optional && !withOptional) continue;
            switch (param.type()) {
                case "state" -> p.put(param.name(), firstValue("SELECT ?x WHERE { ?m a <https://w3id.org/chancery/ontology#Meeting> ; <https://w3id.org/chancery/ontology#participant> ?x, ?y . ?x a <https://w3id.org/chancery/ontology#State> . ?y a <https://w3id.org/chancery/ontology#State> . ?ox <https://w3id.org/chancery/ontology#represents> ?x . ?oy <https://w3id.org/chancery/ontology#represents> ?y FILTER(STR(?x) < STR(?y)) } ORDER BY ?x LIMIT 1", p.isEmpty() ? "x" : "y"));
                case "iri" -> p.put(param.name(), firstValue("SELECT ?x WHERE { ?x a <https://w3id.org/chancery/ontology#"
                        + (param.name().equals("series") ? "MeetingSeries" : "Official") + "> } ORDER BY ?x LIMIT 1", "x"));
                default -> p.put(param.name(), "x");
            }
        }
        return p;
    }

    private static String firstValue(String select, String var) {
        String q = select.replace("SELECT ?x", "SELECT ?x ?y").replaceFirst("\\{ \\?x a (<[^>]+>) \\}", "{ ?x a $1 BIND(?x AS ?y) }");
        try (QueryExecution qe = QueryExecutionHTTP.service(endpoint).query(q).build()) {
            return qe.execSelect().next().getResource(var).getURI();
        }
    }

    @Test
    void quotesAndBracesInAParameterAreAValueNotQueryText() {
        CannedQuery q = QueryRegistry.load().get("sources");
        org.apache.jena.query.Query hostile = q.bind(Map.of("entity", "https://w3id.org/chancery/id/official/x"));
        assertEquals(0, rows(hostile));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> q.bind(Map.of("entity", "x> } UNION { ?s ?p ?o } #")));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> q.bind(Map.of("nosuch", "1")));
    }

    @Test
    void theWebUiAndCsvResultsAreServed() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> ui = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.getHttpPort() + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ui.statusCode());
        assertTrue(ui.body().toLowerCase().contains("<html"), "the UI page");
        HttpResponse<String> datasets = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.getHttpPort() + "/$/datasets")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, datasets.statusCode());
        assertTrue(datasets.body().contains("chancery"));
        String query = java.net.URLEncoder.encode("SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/chancery/ontology#Document> }", "UTF-8");
        HttpResponse<String> csv = http.send(HttpRequest.newBuilder(URI.create(endpoint + "?query=" + query)).header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("n"), csv.body());
        HttpResponse<String> update = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.getHttpPort() + "/chancery/update"))
                .POST(HttpRequest.BodyPublishers.ofString("update=DROP ALL")).header("Content-Type", "application/x-www-form-urlencoded").build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(update.statusCode() >= 400, "update must be refused, got " + update.statusCode());
        HttpResponse<String> create = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.getHttpPort() + "/$/datasets?dbName=x&dbType=mem"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(create.statusCode() >= 400, "dataset creation must be refused, got " + create.statusCode());
    }
}
