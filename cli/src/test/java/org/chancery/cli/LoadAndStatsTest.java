package org.chancery.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.NodeFactory;
import org.chancery.cli.Cli.Run;
import org.chancery.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `chancery load` with the bulk loader on a batch with a bad file in it, and `chancery stats`. */
class LoadAndStatsTest {
    static final String ID = "https://w3id.org/chancery/id/";
    static final String DIP = "https://w3id.org/chancery/ontology#";
    static final String TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    /** Two documents, a meeting dated to the day and one to the month, an official in both. */
    private Path twoDocuments() throws Exception {
        String a = "<" + ID + "document/a>", b = "<" + ID + "document/b>";
        String official = "<" + ID + "official/ingrid-halvorsen>";
        return write("two.nq", String.join("\n",
                a + " " + TYPE + " <" + DIP + "Document> " + a + " .",
                a + " <http://purl.org/dc/terms/date> \"2024-06-01\"^^<http://www.w3.org/2001/XMLSchema#date> " + a + " .",
                "<" + ID + "meeting/m1> " + TYPE + " <" + DIP + "Meeting> " + a + " .",
                "<" + ID + "meeting/m1> <" + DIP + "date> \"2024-05-20\"^^<http://www.w3.org/2001/XMLSchema#date> " + a + " .",
                official + " " + TYPE + " <" + DIP + "Official> " + a + " .",
                b + " " + TYPE + " <" + DIP + "Document> " + b + " .",
                b + " <http://purl.org/dc/terms/date> \"2014-03-27\"^^<http://www.w3.org/2001/XMLSchema#date> " + b + " .",
                "<" + ID + "meeting/m2> " + TYPE + " <" + DIP + "Meeting> " + b + " .",
                "<" + ID + "meeting/m2> <" + DIP + "date> \"2010-12\"^^<http://www.w3.org/2001/XMLSchema#gYearMonth> " + b + " .",
                official + " " + TYPE + " <" + DIP + "Official> " + b + " .", ""));
    }

    @Test
    void aBulkLoadStoresTheGoodFilesAndNamesTheBadOne() throws Exception {
        Path store = dir.resolve("store");
        Path good = twoDocuments();
        Path bad = write("bad.ttl", "<urn:a> <urn:b> \"unterminated .");
        Path triples = write("notes.ttl", "<urn:s> <urn:p> \"a note\" .");
        Run r = Cli.run("load", "--store", store.toString(), "--loader", "bulk", good.toString(), bad.toString(), triples.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("bad.ttl: not valid RDF"), r.err());
        assertTrue(r.err().contains("loaded 3 graph(s), 11 quad(s)") && r.err().contains("(bulk loader)"), r.err());
        try (Store s = Store.open(store)) {
            assertEquals(5, s.read(() -> s.dataset().getGraph(NodeFactory.createURI(ID + "document/a")).size()));
            assertEquals(1, s.read(() -> s.dataset().getGraph(NodeFactory.createURI(ID + "document/notes-ttl")).size()),
                    "triples outside a named graph go to their file's document graph");
        }
    }

    @Test
    void statsCountsWhatTheStoreHolds() throws Exception {
        Path store = dir.resolve("store");
        assertEquals(0, Cli.run("load", "--store", store.toString(), twoDocuments().toString()).code());
        Run r = Cli.run("stats", "--store", store.toString());
        assertEquals(0, r.code(), r.err());
        String out = r.out().replaceAll(" +", " ");
        assertTrue(out.contains("documents 2\n"), out);
        assertTrue(out.contains("named graphs 2\n"), out);
        assertTrue(out.contains("quads 10\n"), out);
        assertTrue(out.contains("triples (union) 9\n"), "the official's type is one triple in two graphs: " + out);
        assertTrue(out.contains("Official 1\n") && out.contains("Meeting 2\n") && out.contains("State 0\n"), out);
        assertTrue(out.contains("dip:date 2010-12 … 2024-05-20 (2 "), "a month sorts before a day of a later year: " + out);
        assertTrue(out.contains("dcterms:date 2014-03-27 … 2024-06-01 (2 "), out);
    }

    @Test
    void statsWhereThereIsNoStoreSaysSoAndCreatesNothing() throws Exception {
        Path store = dir.resolve("nowhere");
        Run r = Cli.run("stats", "--store", store.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("nowhere: no store there"), r.err());
        assertFalse(Files.exists(store));
        Path folder = Files.createDirectory(dir.resolve("papers"));
        assertEquals(1, Cli.run("stats", "--store", folder.toString()).code());
        try (var files = Files.list(folder)) {
            assertEquals(0, files.count(), "a folder that is not a store is left alone");
        }
    }
}
