package org.chancery.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Eight clients on loopback ask the example server, without pause, a mix of SPARQL queries, name
 * searches, canned queries and graph reads: no request fails, every answer is the one it gave first
 * (the data does not change), and the server's heap after garbage collection does not grow beyond a
 * bound. {@code chancery.loadtest.seconds} sets how long (10 s by default; 60 s with {@code -Psoak}).
 */
class ServerLoadTest {
    static final int CLIENTS = 8;
    static final long SECONDS = Long.getLong("chancery.loadtest.seconds", 10);
    /** What the heap may hold more after the run than before it: caches filling, not a leak per request. */
    static final long GROWTH_BOUND_MB = 64;
    static final String PREFIXES = "PREFIX dip: <https://w3id.org/chancery/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
            + "PREFIX text: <http://jena.apache.org/text#> ";

    private static String sparql(ExampleServer s, String query) {
        return s.sparql() + "?query=" + URLEncoder.encode(PREFIXES + query, StandardCharsets.UTF_8);
    }

    /** The requests the clients send in turn: each reads something different. */
    private static List<String> requests(ExampleServer s) {
        String queries = s.base() + "/" + ChanceryServer.DATASET + "/queries/";
        String graph = s.rowsInProcess(org.apache.jena.query.QueryFactory.create("SELECT ?g WHERE { GRAPH ?g { } } ORDER BY ?g LIMIT 1"))
                .get(0).get(org.apache.jena.sparql.core.Var.alloc("g")).getURI();
        return List.of(
                sparql(s, "SELECT ?m ?label WHERE { ?m a dip:Meeting ; rdfs:label ?label } ORDER BY ?m ?label"),
                sparql(s, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"),
                sparql(s, "SELECT ?s ?name WHERE { (?s ?score ?name) text:query 'kazykhan' } ORDER BY ?s ?name"),
                sparql(s, "SELECT ?type (COUNT(DISTINCT ?x) AS ?n) WHERE { GRAPH ?g { ?x a ?type } } GROUP BY ?type ORDER BY ?type"),
                queries + "timeline",
                queries + "timeline?state=KZ",
                queries + "officials",
                queries + "co-participation",
                s.base() + "/" + ChanceryServer.DATASET + "/get?graph=" + URLEncoder.encode(graph, StandardCharsets.UTF_8));
    }

    /** Heap in use once the garbage collector has run (several times, so it settles). */
    static long heapAfterGc() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(200);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    /** The process's resident memory (kB), for the record; -1 where /proc is missing. */
    static long residentKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("\\D", ""));
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux
        }
        return -1;
    }

    @Test
    void eightClientsGetTheirAnswersWithoutErrorsAndTheHeapStaysBounded() throws Exception {
        ExampleServer served = ExampleServer.get();
        List<String> requests = requests(served);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        // The first answer to each request, as every later one must be.
        Map<String, String> expected = new ConcurrentHashMap<>();
        for (String url : requests) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), url + ": " + r.body());
            assertTrue(!r.body().isBlank(), url);
            expected.put(url, r.body());
        }
        long before = heapAfterGc();
        long rssBefore = residentKb();
        AtomicLong done = new AtomicLong(), slowestMs = new AtomicLong();
        List<String> errors = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(SECONDS).toNanos();
        assertTimeoutPreemptively(Duration.ofSeconds(SECONDS + 120), () -> {
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int first = c;
                Thread t = new Thread(() -> {
                    for (int i = first; System.nanoTime() < deadline; i++) {
                        String url = requests.get(i % requests.size());
                        long t0 = System.nanoTime();
                        String error;
                        try {
                            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(),
                                    HttpResponse.BodyHandlers.ofString());
                            error = r.statusCode() != 200 ? "HTTP " + r.statusCode() + " " + r.body()
                                    : !r.body().equals(expected.get(url)) ? "another answer" : null;
                        } catch (IOException | InterruptedException e) {
                            error = e.toString();
                        }
                        slowestMs.accumulateAndGet((System.nanoTime() - t0) / 1_000_000, Math::max);
                        done.incrementAndGet();
                        if (error != null) {
                            synchronized (errors) {
                                errors.add(url + ": " + error);
                            }
                        }
                    }
                });
                t.start();
                clients.add(t);
            }
            for (Thread t : clients) t.join();
        });
        long after = heapAfterGc();
        System.out.printf("load: %d clients × %d s: %d requests, %d errors, slowest %d ms; heap after GC before/after %d/%d MB; RSS %d/%d MB%n",
                CLIENTS, SECONDS, done.get(), errors.size(), slowestMs.get(), before >> 20, after >> 20, rssBefore >> 10, residentKb() >> 10);
        assertEquals(List.of(), errors.stream().limit(10).toList(), errors.size() + " failed requests");
        assertTrue(done.get() >= CLIENTS * SECONDS, "fewer than one request a second per client: " + done.get());
        assertTrue(after - before < GROWTH_BOUND_MB << 20,
                "the heap grew by " + ((after - before) >> 20) + " MB (bound " + GROWTH_BOUND_MB + " MB)");
    }
}
