package org.chancery.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.chancery.cli.Cli.Run;
import org.chancery.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: exit codes, messages that name the file, outputs. */
class CliTest {
    @TempDir
    Path dir;

    private static Run run(String... args) {
        return Cli.run(args);
    }

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void unknownOptionIsAUsageError() {
        Run r = run("convert", "--no-such-option", "x.txt");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--no-such-option"));
    }

    @Test
    void everyCommandHasHelp() {
        for (String c : new String[] {"convert", "load", "serve", "query", "queries", "check", "demo"}) {
            Run r = run(c, "--help");
            assertEquals(0, r.code(), c);
            assertTrue(r.out().contains("Usage: chancery " + c), c);
        }
    }

    @Test
    void aBadFileIsNamedAndTheRestOfTheBatchIsConverted() throws Exception {
        Path good = write("good.txt", "Le président de la France, Jean Dupuis-Martel, s'est rendu à Berlin.");
        Path empty = write("empty.txt", "");
        Run r = run("convert", good.toString(), empty.toString(), dir.resolve("missing.txt").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("empty.txt: empty file"), r.err());
        assertTrue(r.err().contains("missing.txt: no such file"), r.err());
        assertTrue(r.out().contains("dip:Document"), "the good document is still written");
    }

    @Test
    void aFolderOutputGetsOneFilePerDocument() throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.writeString(in.resolve("one.txt"), "The Foreign Minister of Norway, Ingrid Halvorsen, visited Geneva.");
        Files.writeString(in.resolve("two.md"), "# Talks\n\nLe ministre des Affaires étrangères du Japon s'est rendu à Paris.");
        Path out = Files.createDirectory(dir.resolve("out"));
        Run r = run("convert", "-f", "nq", "-o", out.toString(), in.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.exists(out.resolve("one-txt.nq")));
        assertTrue(Files.exists(out.resolve("two-md.nq")));
        try (var s = Files.list(out)) {
            assertFalse(s.anyMatch(p -> p.toString().endsWith(".part")), "no partial file is left");
        }
    }

    @Test
    void loadingADocumentAgainReplacesItsGraph() throws Exception {
        Path store = dir.resolve("store");
        Path doc = write("visit.txt", "The Foreign Minister of Norway, Ingrid Halvorsen, visited Geneva.");
        assertEquals(0, run("load", "--store", store.toString(), doc.toString()).code());
        long first = count(store);
        assertEquals(0, run("load", "--store", store.toString(), doc.toString()).code());
        assertEquals(first, count(store), "a second load of the same document changes nothing");
        Files.writeString(doc, "The Foreign Minister of Norway, Ingrid Halvorsen, visited Geneva and Vienna.");
        assertEquals(0, run("load", "--store", store.toString(), doc.toString()).code());
        assertTrue(count(store) > first);
    }

    @Test
    void aMalformedRdfFileAddsNothing() throws Exception {
        Path store = dir.resolve("store2");
        Path doc = write("visit.txt", "The Foreign Minister of Norway, Ingrid Halvorsen, visited Geneva.");
        assertEquals(0, run("load", "--store", store.toString(), doc.toString()).code());
        long before = count(store);
        Path bad = write("bad.ttl", "<a> <b> \"unterminated .");
        Run r = run("load", "--store", store.toString(), bad.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("bad.ttl: not valid RDF"), r.err());
        assertEquals(before, count(store));
    }

    @Test
    void queryParametersAreCheckedAndBound() throws Exception {
        Path store = dir.resolve("store3");
        Path doc = write("visit.txt", "The Foreign Minister of Norway, Ingrid Halvorsen, visited Geneva.");
        assertEquals(0, run("load", "--store", store.toString(), doc.toString()).code());
        Run ok = run("query", "officials", "--store", store.toString(), "--param", "state=NO", "--format", "csv");
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().contains("Halvorsen"), ok.out());
        Run hostile = run("query", "officials", "--store", store.toString(), "--param", "state=NO\" } UNION { ?s ?p ?o");
        assertEquals(2, hostile.code());
        Run unknown = run("query", "no-such-query", "--store", store.toString());
        assertEquals(2, unknown.code());
    }

    @Test
    void queriesAreListed() {
        Run r = run("queries");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("timeline") && r.out().contains("sources"));
    }

    private static long count(Path store) {
        try (Store s = Store.open(store)) {
            return s.read(() -> s.dataset().getUnionGraph().size());
        }
    }
}
