package org.chancery.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.chancery.Fixtures;
import org.chancery.cli.Cli.Run;
import org.chancery.serve.ChanceryServer;
import org.chancery.serve.UpdateAccess;
import org.chancery.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents loaded through a running server (`chancery load --endpoint`, the server started with
 * --allow-update --password-file) while clients query it: every answer shows each graph whole, as
 * it was before a load or as it is after it, never half-loaded, and no query fails. Loading the
 * same documents again changes nothing.
 */
class QueriesDuringLoadTest {
    static final String DOC = "https://w3id.org/chancery/id/document/";
    static final int GRAPHS = 4, VERSIONS = 3, CLIENTS = 4;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /** Per graph: how many statements it holds, and the lowest and highest version they carry. */
    static final String STATE = "SELECT ?g (COUNT(?s) AS ?n) (MIN(?v) AS ?lo) (MAX(?v) AS ?hi) "
            + "WHERE { GRAPH ?g { ?s <urn:chancery:test:version> ?v } } GROUP BY ?g ORDER BY ?g";

    /** Version v of a graph holds this many statements, each marked v: sizes differ, so a mix shows. */
    static int size(int version) {
        return 300 + 100 * version;
    }

    record GraphState(long statements, int version) {}

    @TempDir
    Path dir;

    /** One file holding every graph at {@code version}. */
    private Path version(int version) throws Exception {
        StringBuilder b = new StringBuilder();
        for (int g = 0; g < GRAPHS; g++) {
            for (int i = 0; i < size(version); i++) {
                b.append("<urn:chancery:test:s").append(g).append('-').append(i).append("> <urn:chancery:test:version> ")
                        .append('"').append(version).append("\"^^<http://www.w3.org/2001/XMLSchema#integer> <").append(DOC).append("g").append(g).append("> .\n");
            }
        }
        Path p = dir.resolve("v" + version + ".nq");
        Files.writeString(p, b);
        return p;
    }

    private static HttpResponse<String> query(String sparql, String query) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(sparql)).timeout(Duration.ofMinutes(1))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The state of each graph in one answer; a graph that is not one whole version fails the test. */
    static Map<String, GraphState> states(String csv) {
        Map<String, GraphState> states = new TreeMap<>();
        for (String line : csv.lines().skip(1).toList()) {
            String[] f = line.split(",");
            long n = Long.parseLong(f[1]);
            int lo = Integer.parseInt(f[2]), hi = Integer.parseInt(f[3]);
            assertEquals(lo, hi, f[0] + " mixes versions " + lo + " and " + hi + ": " + csv);
            assertEquals(size(lo), n, f[0] + " is half-loaded (version " + lo + "): " + csv);
            states.put(f[0], new GraphState(n, lo));
        }
        return states;
    }

    private static Path serverPasswords(Path dir) throws Exception {
        Path users = dir.resolve("users");
        Files.writeString(users, "loader: s3cret\n");
        return users;
    }

    @Test
    void queriesSeeEachGraphBeforeOrAfterALoadAndALoadRepeatedChangesNothing() throws Exception {
        Path store = dir.resolve("store");
        try (Store s = Store.open(store)) {
            // an empty store, to serve
        }
        Path password = dir.resolve("password");
        Files.writeString(password, "s3cret\n");
        List<Path> versions = new ArrayList<>();
        for (int v = 1; v <= VERSIONS; v++) versions.add(version(v));
        Path text = Fixtures.root().resolve("examples/03-france-mongolie-commission.txt");

        FusekiServer server = ChanceryServer.start(store, 0, true, UpdateAccess.fromPasswordFile(serverPasswords(dir)));
        try {
            String base = "http://localhost:" + server.getHttpPort() + "/" + ChanceryServer.DATASET;
            String sparql = base + "/sparql";
            AtomicBoolean loading = new AtomicBoolean(true);
            CountDownLatch asked = new CountDownLatch(CLIENTS);
            List<String> failures = new ArrayList<>();
            Set<Map<String, GraphState>> seen = ConcurrentHashMap.newKeySet();
            AtomicInteger answers = new AtomicInteger();
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                Thread t = new Thread(() -> {
                    Map<String, Integer> last = new HashMap<>();
                    boolean lastRound = false, counted = false;
                    try {
                        // One answer before the first load, one after the last, and as many as fit between.
                        while (!lastRound) {
                            lastRound = !loading.get();
                            HttpResponse<String> r = query(sparql, STATE);
                            assertEquals(200, r.statusCode(), r.body());
                            Map<String, GraphState> states = states(r.body());
                            for (var e : states.entrySet()) {
                                Integer before = last.put(e.getKey(), e.getValue().version());
                                assertTrue(before == null || before <= e.getValue().version(), e.getKey() + " went back from version " + before);
                            }
                            assertTrue(states.keySet().containsAll(last.keySet()), "a graph disappeared: " + states);
                            seen.add(states);
                            answers.incrementAndGet();
                            if (!counted) {
                                asked.countDown();
                                counted = true;
                            }
                        }
                    } catch (Throwable e) {
                        synchronized (failures) {
                            failures.add(e.toString());
                        }
                        if (!counted) asked.countDown();
                    }
                });
                t.start();
                clients.add(t);
            }
            asked.await();
            for (Path v : versions) {
                Run r = Cli.run("load", "--endpoint", base + "/data", "--user", "loader", "--password-file", password.toString(), v.toString());
                assertEquals(0, r.code(), r.err());
            }
            loading.set(false);
            for (Thread t : clients) t.join(Duration.ofMinutes(2).toMillis());
            assertEquals(List.of(), failures);
            System.out.printf("queries during loads: %d answers from %d clients over %d loads, %d distinct states seen%n",
                    answers.get(), CLIENTS, VERSIONS, seen.size());
            assertTrue(seen.contains(Map.of()), "no answer before the first load");
            Map<String, GraphState> last = new TreeMap<>();
            for (int g = 0; g < GRAPHS; g++) last.put(DOC + "g" + g, new GraphState(size(VERSIONS), VERSIONS));
            assertTrue(seen.contains(last), "no answer after the last load");

            // The same documents (RDF and a text) loaded twice: the same quads, as many.
            List<String> again = List.of("load", "--endpoint", base + "/data", "--user", "loader", "--password-file", password.toString(),
                    versions.get(VERSIONS - 1).toString(), text.toString());
            Run first = Cli.run(again.toArray(String[]::new));
            assertEquals(0, first.code(), first.err());
            DatasetGraph once = dump(base);
            Run second = Cli.run(again.toArray(String[]::new));
            assertEquals(0, second.code(), second.err());
            DatasetGraph twice = dump(base);
            assertTrue(once.stream().count() > GRAPHS * size(VERSIONS), "the text document is there");
            assertEquals(once.stream().count(), twice.stream().count());
            assertTrue(IsoMatcher.isomorphic(once, twice), "loading the same documents again changed the store");
        } finally {
            ChanceryServer.stop(server);
        }
    }

    /** Every quad the server holds, read through its graph store endpoint. */
    private static DatasetGraph dump(String base) throws Exception {
        HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/get")).header("Accept", "application/n-quads").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(r.body())).lang(Lang.NQUADS).parse(dsg);
        return dsg;
    }
}
