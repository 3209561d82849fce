package org.chancery.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.Quad;
import org.chancery.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A query that would run forever is stopped by the query timeout while the server goes on answering
 * others; a query that would return millions of rows is cut at the row limit. The server is started
 * as `chancery serve --timeout 2` would, over a small store of chains (20 graphs of 100 links).
 */
class QueryLimitsTest {
    static final Duration TIMEOUT = Duration.ofSeconds(2);
    static final int GRAPHS = 20, LINKS = 100;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @TempDir
    static Path dir;
    static FusekiServer server;
    static String sparql;

    @BeforeAll
    static void start() {
        Path store = dir.resolve("store");
        try (Store s = Store.open(store)) {
            s.replaceGraphs(sink -> {
                for (int g = 0; g < GRAPHS; g++) {
                    var graph = NodeFactory.createURI("urn:chain:" + g);
                    for (int i = 0; i < LINKS; i++) {
                        sink.quad(Quad.create(graph, NodeFactory.createURI("urn:n:" + g + ":" + i),
                                NodeFactory.createURI("urn:next"), NodeFactory.createURI("urn:n:" + g + ":" + (i + 1))));
                    }
                }
            });
        }
        server = ChanceryServer.start(store, 0, true, null, TIMEOUT);
        sparql = "http://localhost:" + server.getHttpPort() + "/" + ChanceryServer.DATASET + "/sparql";
    }

    @AfterAll
    static void stop() {
        if (server != null) ChanceryServer.stop(server);
    }

    static HttpResponse<String> ask(String query) throws Exception {
        return ask(sparql, query);
    }

    static HttpResponse<String> ask(String endpoint, String query) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(endpoint)).timeout(Duration.ofMinutes(3))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Counts every triple: a cheap query whose answer is known. */
    static final String SMALL = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";

    static void assertSmallAnswers() throws Exception {
        HttpResponse<String> r = ask(SMALL);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("n\r\n" + GRAPHS * LINKS + "\r\n", r.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // Three copies of the union graph side by side: 8·10⁹ combinations to count.
            "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }",
            // Every node to every node by any link, twice over: the row limit cannot cut a count short.
            "SELECT (COUNT(*) AS ?n) WHERE { ?a (<urn:next>|!<urn:next>)* ?b . ?c (<urn:next>|!<urn:next>)* ?d }"})
    void aQueryThatWouldRunForeverIsStoppedAndOthersAreAnsweredMeanwhile(String forever) throws Exception {
        long t0 = System.nanoTime();
        CompletableFuture<HttpResponse<String>> stopped = CompletableFuture.supplyAsync(() -> {
            try {
                return ask(forever);
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        int answered = 0;
        while (!stopped.isDone()) {
            assertSmallAnswers();
            answered++;
        }
        HttpResponse<String> r = stopped.get();
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf("timeout: stopped after %.1f s with HTTP %d (%s); %d other queries answered meanwhile%n",
                secs, r.statusCode(), r.body().strip().lines().findFirst().orElse(""), answered);
        assertNotEquals(200, r.statusCode(), "the query ran to its end: " + r.body());
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(secs >= TIMEOUT.toSeconds() - 0.5, "stopped before the timeout: " + secs + " s");
        // Well under the configured 30 s: this server keeps its own timeout, whatever other servers in the JVM set.
        assertTrue(secs < 25, "not stopped by its own timeout (" + TIMEOUT + "): " + secs + " s");
        assertTrue(answered > 0, "no other query was answered meanwhile");
        assertSmallAnswers();
        assertNull(ARQ.getContext().get(ARQ.queryTimeout), "the server's timeout leaked into ARQ's process-wide context");
    }

    /** On the example server, whose timeout is the configured 30 s: the row limit, not the clock, cuts these. */
    @Test
    void millionsOfRowsAreCutAtTheRowLimit() throws Exception {
        ExampleServer examples = ExampleServer.get();
        long limit = ResultLimit.of(FusekiConfig.forStore(examples.store).model()).rows();
        String thousand = IntStream.rangeClosed(1, 1000).mapToObj(Integer::toString).collect(Collectors.joining(" "));
        for (String huge : new String[] {
                // 10⁹ rows from three lists of a thousand values.
                "SELECT * WHERE { VALUES ?a { " + thousand + " } VALUES ?b { " + thousand + " } VALUES ?c { " + thousand + " } }",
                // The union graph against itself, three times over.
                "SELECT * WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }"}) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = ask(examples.sparql(), huge);
            System.out.printf("row limit: %d lines in %.1f s for %s%n", r.body().lines().count(), (System.nanoTime() - t0) / 1e9,
                    huge.length() > 80 ? huge.substring(0, 80) + "…" : huge);
            assertEquals(200, r.statusCode(), r.body());
            assertEquals(limit + 1, r.body().lines().count(), "a header and the limit's rows");
        }
    }
}
