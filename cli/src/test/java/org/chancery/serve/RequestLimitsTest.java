package org.chancery.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.chancery.store.LabelIndex;
import org.chancery.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What one request may ask: a query string or a body over the request limit (1 MiB) gets 413, and a
 * full-text search with wildcard and regular-expression terms is held by the same timeout and row
 * limit as any query. The server is started as `chancery serve --timeout 2` would, over a store of
 * 3,000 names.
 */
class RequestLimitsTest {
    static final Duration TIMEOUT = Duration.ofSeconds(2);
    static final int NAMES = 3000;
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    static Path dir;
    static FusekiServer server;
    static String sparql;
    static long limit;

    @BeforeAll
    static void start() {
        Path store = dir.resolve("store");
        try (Store s = Store.open(store)) {
            s.replaceGraphs(sink -> {
                for (int i = 0; i < NAMES; i++) {
                    sink.quad(Quad.create(NodeFactory.createURI("urn:names:" + (i % 10)), NodeFactory.createURI("urn:entity:" + i),
                            RDFS.label.asNode(), NodeFactory.createLiteralLang("Ambassade numéro " + i + " alpha", "fr")));
                }
            });
            LabelIndex.rebuild(s, FusekiConfig.forStore(store).labelIndex());
        }
        limit = RequestLimit.of(FusekiConfig.forStore(store).model()).bytes();
        server = ChanceryServer.start(store, 0, true, null, TIMEOUT);
        sparql = "http://localhost:" + server.getHttpPort() + "/" + ChanceryServer.DATASET + "/sparql";
    }

    @AfterAll
    static void stop() {
        if (server != null) ChanceryServer.stop(server);
    }

    /** A query of about {@code size} characters: a comment pads it. */
    static String padded(int size) {
        String q = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }\n#";
        return q + "x".repeat(Math.max(0, size - q.length()));
    }

    @Test
    void theLimitIsConfiguredAndDocumented() {
        assertEquals(1 << 20, limit, "fuseki-config/chancery.ttl sets chancery:requestLimit to 1 MiB");
    }

    @Test
    void aQueryStringOverTheLimitGets413AndOneUnderItAnAnswer() throws Exception {
        // URL-encoded, a query of letters stays its own length: just under the limit, then just over it.
        String under = padded((int) limit - 200);
        HttpResponse<String> ok = HTTP.send(HttpRequest.newBuilder(URI.create(sparql + "?query=" + URLEncoder.encode(under, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals("n\r\n" + NAMES + "\r\n", ok.body());
        HttpResponse<String> over = HTTP.send(HttpRequest.newBuilder(URI.create(sparql + "?query=" + URLEncoder.encode(padded((int) limit + 10), StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(413, over.statusCode(), over.body());
        assertTrue(over.body().contains("1 MiB") && over.body().contains("query string"), over.body());
        // The connection is still good.
        assertEquals(200, HTTP.send(HttpRequest.newBuilder(URI.create(sparql + "?query=" + URLEncoder.encode(padded(100), StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void aBodyOverTheLimitGets413() throws Exception {
        String form = "query=" + URLEncoder.encode(padded((int) limit - 200), StandardCharsets.UTF_8);
        HttpResponse<String> ok = post("application/x-www-form-urlencoded", form);
        assertEquals(200, ok.statusCode(), ok.body());
        HttpResponse<String> over = post("application/x-www-form-urlencoded", "query=" + URLEncoder.encode(padded((int) limit + 10), StandardCharsets.UTF_8));
        assertEquals(413, over.statusCode(), over.body());
        assertTrue(over.body().contains("1 MiB") && over.body().contains("body"), over.body());
        assertEquals(413, post("application/sparql-query", padded((int) limit + 10)).statusCode());
        assertEquals(200, post("application/sparql-query", padded(1000)).statusCode(), "a small body after a refused large one");
        // Sent in chunks, with no length told beforehand: counted as it arrives, refused, the connection closed and said so.
        try (Socket s = new Socket("localhost", server.getHttpPort())) {
            s.setSoTimeout(20_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /chancery/sparql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/sparql-query\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = ("#" + "y".repeat(65_535)).getBytes(StandardCharsets.US_ASCII);
            String answer = "";
            try {
                for (int i = 0; i < 40; i++) {
                    out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
            } catch (IOException closed) {
                // the server refused and closed before the last chunks: what it answered is read below
            }
            answer = readAll(s.getInputStream());
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.toLowerCase().contains("connection: close"), answer);
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        try {
            for (int n; (n = in.read(buf)) >= 0; ) got.write(buf, 0, n);
        } catch (IOException e) {
            // reset after the answer: what came before it is kept
        }
        return got.toString(StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> post(String type, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(sparql)).header("Content-Type", type).header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> ask(String query) throws Exception {
        return post("application/x-www-form-urlencoded", "query=" + URLEncoder.encode("PREFIX text: <http://jena.apache.org/text#>\n" + query, StandardCharsets.UTF_8));
    }

    /** On the example server, whose timeout is the configured 30 s: the row limit, not the clock, cuts these. */
    @Test
    void aWildcardOrRegexSearchIsCutAtTheRowLimit() throws Exception {
        ExampleServer examples = ExampleServer.get();
        long rows = ResultLimit.of(FusekiConfig.forStore(examples.store).model()).rows();
        String thousand = java.util.stream.IntStream.rangeClosed(1, 1000).mapToObj(Integer::toString).collect(java.util.stream.Collectors.joining(" "));
        for (String search : new String[] {"'m*'", "'/.*/'", "'*ion'"}) {
            // Every name the search matches (dozens to hundreds), each a thousand times over: tens of thousands of rows.
            long t0 = System.nanoTime();
            HttpResponse<String> r = QueryLimitsTest.ask(examples.sparql(), "PREFIX text: <http://jena.apache.org/text#>\n"
                    + "SELECT * WHERE { (?s ?score ?name) text:query " + search + " . VALUES ?k { " + thousand + " } }");
            double secs = (System.nanoTime() - t0) / 1e9;
            System.out.printf("text search %s: HTTP %d, %d lines in %.1f s%n", search, r.statusCode(), r.body().lines().count(), secs);
            if (search.startsWith("'*") && r.statusCode() == 400) {
                // A leading wildcard is refused by Lucene's query parser: a 400 that says so, not a scan of every term.
                assertTrue(r.body().toLowerCase().contains("parse"), r.body());
                continue;
            }
            assertEquals(200, r.statusCode(), r.body());
            assertEquals(rows + 1, r.body().lines().count(), search + ": a header and the limit's rows");
        }
    }

    @Test
    void aWildcardOrRegexSearchThatWouldRunForeverIsStoppedAtTheTimeout() throws Exception {
        for (String search : new String[] {"'amb*'", "'/.*alpha/'"}) {
            long t0 = System.nanoTime();
            // Three searches, each matching all 3,000 names, side by side: 2.7·10¹⁰ combinations to count.
            HttpResponse<String> r = ask("SELECT (COUNT(*) AS ?n) WHERE { (?a ?sa ?na) text:query " + search
                    + " . (?b ?sb ?nb) text:query " + search + " . (?c ?sc ?nc) text:query " + search + " }");
            double secs = (System.nanoTime() - t0) / 1e9;
            System.out.printf("text search %s ×3: HTTP %d after %.1f s%n", search, r.statusCode(), secs);
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(secs >= TIMEOUT.toSeconds() - 0.5 && secs < 25, "stopped after " + secs + " s, the timeout is " + TIMEOUT);
        }
    }
}
