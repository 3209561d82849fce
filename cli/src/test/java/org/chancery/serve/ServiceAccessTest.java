package org.chancery.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPARQL SERVICE makes the server send a request wherever a query says. A listener in this test
 * stands for a host only the server can reach: it must receive nothing from a refused SERVICE.
 */
class ServiceAccessTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private HttpServer listener;
    private final List<String> received = new CopyOnWriteArrayList<>();

    @BeforeEach
    void listen() throws Exception {
        listener = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        listener.createContext("/", exchange -> {
            received.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
            exchange.getRequestBody().readAllBytes();
            byte[] body = """
                    {"head":{"vars":["far"]},"results":{"bindings":[{"far":{"type":"literal","value":"answered from afar"}}]}}"""
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/sparql-results+json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        listener.start();
    }

    @AfterEach
    void stop() {
        listener.stop(0);
    }

    private String at(String path) {
        return "http://127.0.0.1:" + listener.getAddress().getPort() + path;
    }

    private static HttpResponse<String> ask(String endpoint, String query) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void serviceIsRefusedByDefaultAndNoRequestLeaves() throws Exception {
        ExampleServer served = ExampleServer.get();
        String far = at("/sparql");
        List<String> queries = List.of(
                "SELECT * WHERE { SERVICE <" + far + "> { ?s ?p ?o } }",
                "SELECT * WHERE { SERVICE SILENT <" + far + "> { ?s ?p ?o } }",
                "SELECT * WHERE { { SELECT ?s WHERE { SERVICE <" + far + "> { ?s ?p ?o } } LIMIT 1 } }",
                "ASK { FILTER EXISTS { SERVICE <" + far + "> { ?s ?p ?o } } }",
                "SELECT * WHERE { VALUES ?e { <" + far + "> } SERVICE ?e { ?s ?p ?o } }",
                // its own endpoint: a way to run a query with none of the limits of this one
                "SELECT * WHERE { SERVICE <" + served.sparql() + "> { SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o } } }");
        for (String q : queries) {
            HttpResponse<String> r = ask(served.sparql(), q);
            assertEquals(400, r.statusCode(), q + " → " + r.body());
            assertTrue(r.body().contains("SERVICE") && r.body().contains("refused") && r.body().contains("--allow-service"), r.body());
        }
        assertEquals(List.of(), received, "the refused SERVICE clauses reached the listener");
        // Queries and updates run on the served dataset by other routes meet the same check when they run.
        DatasetGraph dsg = served.dataset();
        QueryExecException e = assertThrows(QueryExecException.class, () -> Txn.executeRead(dsg, () -> {
            try (QueryExec exec = QueryExec.dataset(dsg).query("SELECT * WHERE { SERVICE <" + far + "> { ?s ?p ?o } }").build()) {
                exec.select().materialize();
            }
        }));
        assertTrue(e.getMessage().contains("refused"), e.getMessage());
        assertEquals(List.of(), received);
        // Reads without SERVICE are answered as before.
        assertEquals(200, ask(served.sparql(), "SELECT * WHERE { ?s ?p ?o } LIMIT 1").statusCode());
    }

    @Test
    void anAllowedPrefixIsCalledAndNothingElse(@TempDir Path dir) throws Exception {
        Path store = ExampleServer.oneDocumentStore(dir.resolve("store"));
        FusekiServer server = ChanceryServer.start(store, 0, true, null, null, new ServiceAccess(List.of(at("/allowed/"))));
        try {
            String sparql = "http://localhost:" + server.getHttpPort() + "/chancery/sparql";
            HttpResponse<String> ok = ask(sparql, "SELECT ?far WHERE { SERVICE <" + at("/allowed/sparql") + "> { ?x ?y ?far } }");
            assertEquals(200, ok.statusCode(), ok.body());
            assertTrue(ok.body().contains("answered from afar"), ok.body());
            assertEquals(1, received.size(), received.toString());
            assertTrue(received.get(0).contains("/allowed/sparql"), received.toString());
            for (String other : List.of(at("/other/sparql"), at("/allowed/../other/sparql"), at("/allowedmore"),
                    "http://127.0.0.1:" + (listener.getAddress().getPort() + 1) + "/allowed/sparql",
                    "http://user@127.0.0.1:" + listener.getAddress().getPort() + "/allowed/sparql")) {
                HttpResponse<String> r = ask(sparql, "SELECT * WHERE { SERVICE <" + other + "> { ?s ?p ?o } }");
                assertEquals(400, r.statusCode(), other + " → " + r.body());
                assertTrue(r.body().contains("refused") && r.body().contains(at("/allowed/")), r.body());
            }
            assertEquals(1, received.size(), "a SERVICE outside the allowed prefix reached the listener: " + received);
        } finally {
            ChanceryServer.stop(server);
        }
    }

    @Test
    void prefixesAreComparedByTheirPartsNotAsText() {
        ServiceAccess access = new ServiceAccess(List.of("https://good.example/sparql"));
        assertTrue(access.allows(NodeFactory.createURI("https://good.example/sparql")));
        assertTrue(access.allows(NodeFactory.createURI("https://GOOD.example:443/sparql?x=1")));
        for (String bad : List.of("https://good.example.evil.org/sparql", "https://good.example@evil.org/sparql",
                "http://good.example/sparql", "https://good.example:8443/sparql", "https://good.example/other", "urn:x:y")) {
            assertFalse(access.allows(NodeFactory.createURI(bad)), bad);
        }
        assertFalse(access.allows(NodeFactory.createVariable("e")));
        assertFalse(ServiceAccess.NONE.allows(NodeFactory.createURI("https://good.example/sparql")));
        assertThrows(IllegalArgumentException.class, () -> new ServiceAccess(List.of("ftp://good.example/")));
        assertThrows(IllegalArgumentException.class, () -> new ServiceAccess(List.of("good.example")));
    }
}
