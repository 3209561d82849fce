package org.chancery.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.chancery.store.Store;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults under {@code load}: a process killed at any moment, a load repeated, a write that fails
 * (a full disk). The store is always exactly as it was before the load or exactly as after it.
 * The number of killed loads is {@code chancery.kill.rounds} (default 4; 40 with {@code -Psoak}).
 */
class StoreFaultTest {
    /**
     * Past this a child load counts as hung. Only a guard against a hang: the load takes seconds on a
     * quiet machine, and a fixed 120 s failed once on a machine at load average 20 (a run of five
     * fresh-clone CI runs with other builds beside it), so the bound is far above any real duration.
     */
    private static final long HANG_SECONDS = 900;
    private static final String[] STATES = {"Norway", "Japan", "France", "Brazil", "Kenya", "Canada", "Chile", "Ghana"};

    @TempDir
    Path dir;
    Path docs;

    @BeforeEach
    void corpus() throws IOException {
        docs = Files.createDirectories(dir.resolve("docs"));
        for (int i = 0; i < 16; i++) {
            Files.writeString(docs.resolve("visit-" + i + ".txt"), "The Foreign Minister of " + STATES[i % 8] + ", Ingrid Halvorsen, met the ambassador of "
                    + STATES[(i + 3) % 8] + " in Geneva on " + (1 + i % 28) + " May 2024. They signed an agreement on fisheries.\n");
        }
    }

    /** An RDF file big enough that the write transaction lasts a while: a kill often lands inside it. */
    private Path bulk(String name, int triples) throws IOException {
        Path p = dir.resolve(name);
        try (BufferedWriter w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
            for (int i = 0; i < triples; i++) {
                w.write("<http://example.org/s" + i + "> <http://example.org/p" + (i % 7) + "> \"value " + i + " with some text to store\" .\n");
            }
        }
        return p;
    }

    private static ProcessBuilder chancery(Path log, String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                "-Dchancery.home=" + System.getProperty("chancery.home", ".."), "org.chancery.cli.Chancery"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else if (!p.getFileName().toString().equals("tdb.lock")) Files.copy(p, t, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    /** The biggest file of the store's data: it grows as a write transaction writes. */
    private static long dataSize(Path store) {
        try (Stream<Path> s = Files.walk(store)) {
            return s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().matches("nodes-data\\.obj|journal\\.jrnl"))
                    .mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException | java.io.UncheckedIOException e) {
            return -1;
        }
    }

    @Test
    void aLoadKilledAtAnyMomentLeavesTheStoreBeforeOrAfterIt() throws Exception {
        int rounds = Integer.getInteger("chancery.kill.rounds", 4);
        Path base = dir.resolve("base");
        Path first = Files.writeString(dir.resolve("first.txt"), "The Foreign Minister of Norway, Ingrid Halvorsen, visited Geneva.");
        assertEquals(0, Cli.run("load", "--store", base.toString(), first.toString()).code());
        StoreState before = StoreState.of(base);
        Path big = bulk("bulk.nt", 60_000);

        Path reference = dir.resolve("reference");
        copy(base, reference);
        long baseSize = dataSize(base);
        long t0 = System.nanoTime(), writing = -1;
        Process p = chancery(dir.resolve("reference.log"), "load", "--store", reference.toString(), docs.toString(), big.toString()).start();
        while (p.isAlive() && System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(HANG_SECONDS)) {
            if (writing < 0 && dataSize(reference) > baseSize) writing = System.nanoTime();
            Thread.sleep(5);
        }
        assertTrue(p.waitFor(1, TimeUnit.SECONDS), "the reference load finishes within " + HANG_SECONDS + " s");
        long full = (System.nanoTime() - t0) / 1_000_000;
        // How long the write transaction and its commit last, from the first byte written to the end.
        long window = writing < 0 ? full / 3 : (System.nanoTime() - writing) / 1_000_000;
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("reference.log")));
        StoreState after = StoreState.of(reference);
        assertNotEquals(before, after);

        long seed = Long.getLong("chancery.kill.seed", System.nanoTime());
        Random rnd = new Random(seed);
        List<String> seen = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            Path victim = dir.resolve("victim-" + round);
            copy(base, victim);
            Process child = chancery(dir.resolve("victim-" + round + ".log"), "load", "--store", victim.toString(), docs.toString(), big.toString()).start();
            if (round % 2 == 0) {
                // Anywhere in the run: starting up, converting, writing, committing.
                Thread.sleep((long) (full * rnd.nextDouble()));
            } else {
                // Inside the write transaction or its commit: once the store starts to grow, within the window.
                long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(full * 2);
                while (child.isAlive() && dataSize(victim) <= baseSize && System.nanoTime() < deadline) Thread.sleep(5);
                Thread.sleep((long) (window * 1.1 * rnd.nextDouble()));
            }
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            // The commands a user runs next open it (the journal replayed or dropped, an unfinished generation removed).
            boolean leftover = !unfinished(victim).isEmpty();
            for (String[] command : readingCommands(victim)) {
                Cli.Run r = Cli.run(command);
                assertOpened(command, r, leftover);
                leftover = false; // the first opener clears it up
            }
            assertEquals(List.of(), unfinished(victim));
            StoreState now = StoreState.of(victim);
            assertTrue(now.equals(before) || now.equals(after), "round " + round + " (seed " + seed + "): the store holds " + now
                    + ", neither before (" + before + ") nor after (" + after + ")");
            seen.add(now.equals(before) ? "before" : "after");
        }
        System.out.println("killed loads left the store: " + seen + " (a load takes " + full + " ms, writing " + window + " ms; seed " + seed + ")");

        // A bulk load killed while it builds the store's next generation leaves Data-NNNN-tmp: each command
        // that opens a store, run on a copy of what the kill left, opens it, says what it removed, and
        // finds the store as it was before the load.
        Path victim = dir.resolve("victim-bulk");
        copy(base, victim);
        Process child = chancery(dir.resolve("victim-bulk.log"), "load", "--loader", "bulk", "--store", victim.toString(), docs.toString(), big.toString()).start();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(full * 3 + 30_000);
        while (child.isAlive() && unfinished(victim).isEmpty() && System.nanoTime() < deadline) Thread.sleep(2);
        Thread.sleep((long) (200 * rnd.nextDouble()));
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        assertTrue(!unfinished(victim).isEmpty(), "the bulk load left no unfinished generation to test with: " + Files.readString(dir.resolve("victim-bulk.log")));
        List<String[]> commands = new ArrayList<>(readingCommands(victim));
        commands.add(new String[] {"serve"});
        commands.add(new String[] {"load", "--store", victim.toString(), first.toString()});
        for (String[] command : commands) {
            Path store = dir.resolve("bulk-" + command[0]);
            copy(victim, store);
            String[] args = command.clone();
            for (int i = 0; i < args.length; i++) args[i] = args[i].replace(victim.toString(), store.toString());
            Cli.Run r = args[0].equals("serve") ? serve(store) : Cli.run(args);
            assertOpened(args, r, true);
            assertEquals(List.of(), unfinished(store), String.join(" ", args) + " left the unfinished generation");
            assertEquals(before, StoreState.of(store), String.join(" ", args) + ": the store is not as before the killed load");
        }
    }

    /** The folders of unfinished generations (a bulk load's) in a store. */
    private static List<String> unfinished(Path store) throws IOException {
        try (Stream<Path> s = Files.list(store)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.matches("Data-\\d+-tmp")).toList();
        }
    }

    /** The commands that read a store (stats first: it is the one a user runs after a crash). */
    private List<String[]> readingCommands(Path store) {
        return List.of(new String[] {"stats", "--store", store.toString()},
                new String[] {"query", "timeline", "--store", store.toString(), "--format", "csv"},
                new String[] {"export", "--store", store.toString(), "-f", "nq", "-o", dir.resolve(store.getFileName() + ".nq").toString()},
                new String[] {"validate", "--store", store.toString()});
    }

    /** The command ran on the store; when it met an unfinished generation, it said it removed it. */
    private static void assertOpened(String[] command, Cli.Run r, boolean leftover) {
        String what = String.join(" ", command) + " → " + r.code() + "\n" + r.out() + r.err();
        // validate exits 1 on a SHACL violation of the data, which is not a failure to open the store
        assertTrue(r.code() == 0 || (command[0].equals("validate") && r.code() == 1 && r.out().contains("violation(s)")), what);
        assertFalse(r.err().contains("cannot open") || r.err().contains("Invalid filename"), what);
        if (leftover) assertTrue(r.err().contains("removed the unfinished data of a load that was stopped"), what);
    }

    /** {@code chancery serve} on the store, in this JVM: it starts, and answers a query; what it printed, as a run. */
    private static Cli.Run serve(Path store) throws Exception {
        java.io.PrintStream oldErr = System.err;
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.StringWriter out = new java.io.StringWriter();
        System.setErr(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        org.apache.jena.fuseki.main.FusekiServer server;
        try {
            server = ServeCommand.serve(store, 0, true, null, new java.io.PrintWriter(out));
        } finally {
            System.setErr(oldErr);
        }
        try {
            var http = java.net.http.HttpClient.newHttpClient();
            var answer = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + server.getHttpPort()
                    + "/chancery/sparql?query=" + java.net.URLEncoder.encode("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", StandardCharsets.UTF_8)))
                    .header("Accept", "text/csv").build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), answer.body());
            return new Cli.Run(0, out + answer.body(), err.toString(StandardCharsets.UTF_8));
        } finally {
            org.chancery.serve.ChanceryServer.stop(server);
        }
    }

    /**
     * A load killed after the store's commit and before the label index caught up leaves the names of
     * that load unsearchable; the next {@code serve} sees the mark the load left and rebuilds the index.
     */
    @Test
    void aLoadKilledBeforeItsLabelIndexLeavesTheIndexToBeRebuilt() throws Exception {
        Path store = dir.resolve("store");
        Path first = Files.writeString(dir.resolve("first.txt"), "The Foreign Minister of Norway, Ingrid Halvorsen, visited Geneva.");
        assertEquals(0, Cli.run("load", "--store", store.toString(), first.toString()).code());
        assertFalse(Files.exists(store.resolve("label-index.behind")), "a finished load leaves no mark");
        Path second = Files.writeString(dir.resolve("second.txt"), "The Prime Minister of Chile, Valentina Orrego, visited Lima.");
        StoreState before = StoreState.of(store);
        // `chancery load` with its fault point on: the JVM halts between the store's commit and the index's.
        ProcessBuilder halted = chancery(dir.resolve("halted.log"), "load", "--store", store.toString(), second.toString());
        halted.command().add(1, "-Dchancery.fault.haltBeforeLabelIndex=true");
        Process h = halted.start();
        assertTrue(h.waitFor(HANG_SECONDS, TimeUnit.SECONDS), "the halted load ends within " + HANG_SECONDS + " s");
        assertEquals(137, h.exitValue(), Files.readString(dir.resolve("halted.log")));
        assertTrue(Files.exists(store.resolve("label-index.behind")), "the halted load left its mark");
        assertTrue(StoreState.of(store).quads() > before.quads(), "the store holds the halted load");

        var server = ServeCommand.serve(store, 0, true, null, new java.io.PrintWriter(new java.io.StringWriter()));
        try {
            String search = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s WHERE { ?s text:query \"Orrego\" }";
            var answer = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                    "http://localhost:" + server.getHttpPort() + "/chancery/sparql?query=" + java.net.URLEncoder.encode(search, StandardCharsets.UTF_8)))
                    .header("Accept", "text/csv").build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), answer.body());
            assertTrue(answer.body().contains("orrego"), "the name of the halted load is searchable after serve: " + answer.body());
        } finally {
            org.chancery.serve.ChanceryServer.stop(server);
        }
        assertFalse(Files.exists(store.resolve("label-index.behind")), "serve removed the mark once the index caught up");
    }

    @Test
    void loadingTheSameDocumentsTwiceChangesNothing() throws Exception {
        Path store = dir.resolve("store");
        Path rdf = Files.writeString(dir.resolve("extra.ttl"), """
                @prefix ex: <http://example.org/> .
                ex:a ex:b [ ex:c "a blank node" ; ex:d [ ex:e 1 ] ] .
                """);
        assertEquals(0, Cli.run("load", "--store", store.toString(), docs.toString(), rdf.toString()).code());
        DatasetGraph once = snapshot(store);
        assertEquals(0, Cli.run("load", "--store", store.toString(), docs.toString(), rdf.toString()).code());
        DatasetGraph twice = snapshot(store);
        assertEquals(once.stream().count(), twice.stream().count());
        assertTrue(IsoMatcher.isomorphic(once, twice), "the second load of the same documents changed the store");
    }

    @Test
    void aWriteThatFailsMidwayStoresNothingOfTheLoad() throws Exception {
        Path store = dir.resolve("store");
        assertEquals(0, Cli.run("load", "--store", store.toString(), docs.toString()).code());
        DatasetGraph before = snapshot(store);
        var graph = NodeFactory.createURI("https://w3id.org/chancery/id/document/visit-0-txt");
        for (Throwable fault : List.of(new RuntimeIOException(new IOException("No space left on device")),
                new InternalError("a fault occurred in an unsafe memory access operation"))) {
            try (Store s = Store.open(store)) {
                Store.StoreException e = assertThrows(Store.StoreException.class, () -> s.replaceGraphs(sink -> {
                    // replaces a stored document's graph, adds another, then the disk fills
                    sink.quad(Quad.create(graph, NodeFactory.createURI("http://example.org/x"), NodeFactory.createURI("http://example.org/y"), NodeFactory.createLiteralString("new")));
                    sink.quad(Quad.create(NodeFactory.createURI("http://example.org/g"), NodeFactory.createURI("http://example.org/x"), NodeFactory.createURI("http://example.org/y"), NodeFactory.createLiteralString("new")));
                    if (fault instanceof Error err) throw err;
                    throw (RuntimeException) fault;
                }));
                assertTrue(e.getMessage().startsWith(store + ": the load failed and nothing of it was stored ("), e.getMessage());
                assertTrue(e.getMessage().contains(fault instanceof Error ? "is the disk full?" : "No space left on device"), e.getMessage());
            }
            assertTrue(IsoMatcher.isomorphic(before, snapshot(store)), "a failed load left part of itself in the store");
        }
    }

    /**
     * A real full disk: a 4 MiB tmpfs mounted in a mount namespace of a child shell (needs root and
     * util-linux's unshare; skipped where the machine does not allow it). A load that does not fit
     * fails with a message naming the store, which still holds what it held; a conversion that
     * does not fit leaves no part file.
     */
    @Test
    void aFullDiskLeavesTheStoreAndTheOutputFolderAsTheyWere() throws Exception {
        Path mnt = Files.createDirectory(dir.resolve("mnt"));
        assumeTrue(run(dir.resolve("probe.log"), "unshare", "-m", "sh", "-c", "mount -t tmpfs -o size=1m tmpfs " + mnt) == 0,
                "cannot mount a tmpfs in a mount namespace here");
        Path big = bulk("bulk.nt", 60_000);
        String java = Path.of(System.getProperty("java.home"), "bin", "java") + " -Xmx1g -cp '"
                + System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")) + "' -Dchancery.home='"
                + System.getProperty("chancery.home", "..") + "' ";
        Path store = mnt.resolve("store");
        String script = String.join("\n",
                "set -u",
                "mount -t tmpfs -o size=4m tmpfs '" + mnt + "' || exit 77",
                java + "org.chancery.cli.Chancery load --store '" + store + "' '" + docs.resolve("visit-1.txt") + "'; echo \"first=$?\"",
                java + "org.chancery.cli.StoreState '" + store + "' > '" + dir.resolve("before.txt") + "'",
                java + "org.chancery.cli.Chancery load --store '" + store + "' '" + docs + "' '" + big + "'; echo \"second=$?\"",
                java + "org.chancery.cli.StoreState '" + store + "' > '" + dir.resolve("after.txt") + "'",
                // Fill the disk for the conversion: too little room is left for its output.
                "mkdir '" + mnt.resolve("out") + "'; head -c 3500000 '" + big + "' > '" + mnt.resolve("filler") + "' || true",
                java + "org.chancery.cli.Chancery convert -f nq -o '" + mnt.resolve("out/all.nq") + "' '" + docs + "'; echo \"convert=$?\"",
                "echo listing; ls -A '" + mnt.resolve("out") + "'; df -k '" + mnt + "'");
        Path log = dir.resolve("full.log");
        int code = run(log, "unshare", "-m", "bash", "-c", script);
        String out = Files.readString(log);
        assumeTrue(code != 77, "cannot mount a tmpfs here");
        assertTrue(out.contains("first=0"), out);
        assertTrue(out.contains("second=1"), out);
        assertTrue(out.contains("chancery: " + store + ": the load failed and nothing of it was stored ("), out);
        assertTrue(out.contains("is the disk full?") || out.contains("No space left on device"), out);
        assertEquals(Files.readString(dir.resolve("before.txt")), Files.readString(dir.resolve("after.txt")), "the store changed: " + out);
        assertFalse(Files.readString(dir.resolve("before.txt")).isBlank());
        assertTrue(out.contains("convert=1"), out);
        assertTrue(out.contains(mnt.resolve("out/all.nq") + ": cannot write (No space left on device)"), out);
        String listing = out.substring(out.indexOf("listing"));
        assertFalse(listing.contains(".part") || listing.contains("all.nq"), "a half-written file is left: " + out);
    }

    private static int run(Path log, String... cmd) throws Exception {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return -1;
            }
            return p.exitValue();
        } catch (IOException e) {
            return -1; // no such program
        }
    }

    private static DatasetGraph snapshot(Path store) {
        try (Store s = Store.open(store)) {
            DatasetGraph copy = DatasetGraphFactory.createGeneral();
            s.read(() -> {
                s.dataset().find().forEachRemaining(copy::add);
                return null;
            });
            return copy;
        }
    }
}
