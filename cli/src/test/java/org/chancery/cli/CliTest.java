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
        for (String c : new String[] {"convert", "load", "serve", "query", "queries", "check", "stats", "validate", "export", "demo"}) {
            Run r = run(c, "--help");
            assertEquals(0, r.code(), c);
            assertTrue(r.out().contains("Usage: chancery " + c), c);
        }
    }

    @Test
    void helpListsEveryCommandAndHelpsWithEach() {
        // A command line is built with only the subcommand asked for; help still knows them all.
        String[] commands = {"convert", "load", "serve", "query", "queries", "check", "score", "stats", "validate", "export", "demo"};
        Run all = run("--help");
        assertEquals(0, all.code());
        for (String c : commands) {
            assertTrue(all.out().contains("  " + c + " "), c + " is listed");
            Run r = run("help", c);
            assertEquals(0, r.code(), "help " + c);
            assertTrue(r.out().contains("Usage: chancery " + c), "help " + c);
        }
        Run typo = run("conver", "x.txt");
        assertEquals(2, typo.code());
        assertTrue(typo.err().contains("chancery convert"), "a near miss is suggested: " + typo.err());
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

    /** Files written one by one as documents are resolved still carry the batch's resolution: one official, one IRI. */
    @Test
    void perDocumentFilesShareTheBatchResolutionAndStandardInputIsReadOnce() throws Exception {
        Path a = write("a.txt", "Published on 3 June 2024\n\nThe Foreign Minister of Norway, Ingrid Halvorsen, visited Geneva.\n");
        Path out = dir.resolve("per-doc");
        java.io.InputStream stdin = System.in;
        Run r;
        try {
            System.setIn(new java.io.ByteArrayInputStream("Published on 4 June 2024\n\nThe Foreign Minister of Norway, I. Halvorsen, visited Paris.\n"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            r = run("convert", "-o", out + "/", a.toString(), "-");
        } finally {
            System.setIn(stdin);
        }
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("converted 2 document(s)"), r.err());
        var official = org.apache.jena.rdf.model.ResourceFactory.createResource("https://w3id.org/chancery/id/official/ingrid-halvorsen");
        for (String f : new String[] {"a-txt.ttl", "stdin.ttl"}) {
            var m = org.apache.jena.riot.RDFDataMgr.loadModel(out.resolve(f).toString());
            assertTrue(m.contains(official, org.apache.jena.vocabulary.RDFS.label, m.createLiteral("Ingrid Halvorsen", "en")),
                    f + ": the official named by the batch's preferred name");
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
        // One page of the rows.
        Run whole = run("query", "timeline", "--store", store.toString(), "--format", "csv");
        Run page = run("query", "timeline", "--store", store.toString(), "--format", "csv", "--limit", "1");
        assertEquals(0, page.code(), page.err());
        assertEquals(Math.min(1, whole.out().lines().count() - 1), page.out().lines().count() - 1, page.out());
        Run past = run("query", "officials", "--store", store.toString(), "--format", "csv", "--offset", "1000");
        assertEquals(0, past.code(), past.err());
        assertEquals(1, past.out().lines().count(), "past the last row, the header alone: " + past.out());
        Run zero = run("query", "officials", "--store", store.toString(), "--limit", "0");
        assertEquals(2, zero.code());
        assertTrue(zero.err().contains("limit must be from 1 to"), zero.err());
    }

    @Test
    void theLabelIndexFollowsEveryLoad() throws Exception {
        Path store = dir.resolve("store4");
        Path a = write("a.txt", "The Foreign Minister of Norway, Ingrid Halvorsen, visited Geneva.");
        Path b = write("b.txt", "The Foreign Minister of Denmark, Mette Sørlund, visited Oslo.");
        assertEquals(0, run("load", "--store", store.toString(), a.toString()).code());
        assertTrue(indexed(store, "halvorsen") > 0);
        Run second = run("load", "--store", store.toString(), b.toString());
        assertEquals(0, second.code(), second.err());
        assertTrue(second.err().contains("name(s) indexed"), second.err());
        assertTrue(indexed(store, "halvorsen") > 0, "names of earlier loads stay");
        assertTrue(indexed(store, "sorlund") > 0, "folded: Sørlund");
        Files.writeString(a, "The Foreign Minister of Norway, Kari Nordby, visited Geneva.");
        assertEquals(0, run("load", "--store", store.toString(), a.toString()).code());
        assertEquals(0, indexed(store, "halvorsen"), "a replaced document's names leave the index");
        assertTrue(indexed(store, "nordby") > 0);
        assertTrue(indexed(store, "sorlund") > 0);
    }

    /** How many index entries hold a word, read straight from the Lucene folder. */
    private static int indexed(Path store, String word) throws Exception {
        try (var reader = org.apache.lucene.index.DirectoryReader.open(org.apache.lucene.store.FSDirectory.open(
                org.chancery.serve.FusekiConfig.indexFolder(store)))) {
            return new org.apache.lucene.search.IndexSearcher(reader).count(
                    new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term("name", word)));
        }
    }

    @Test
    void serveOpensUpdatesOnlyWithAPasswordFile() throws Exception {
        Path store = Files.createDirectory(dir.resolve("store5"));
        Run noFile = run("serve", "--store", store.toString(), "--allow-update");
        assertEquals(2, noFile.code());
        assertTrue(noFile.err().contains("--allow-update needs --password-file"), noFile.err());
        Path passwords = write("passwords", "editor: s3cret\n");
        Run noAllow = run("serve", "--store", store.toString(), "--password-file", passwords.toString());
        assertEquals(2, noAllow.code());
        assertTrue(noAllow.err().contains("only used with --allow-update"), noAllow.err());
        Path empty = write("empty-passwords", "# none\n");
        Run bad = run("serve", "--store", store.toString(), "--allow-update", "--password-file", empty.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("empty-passwords") && bad.err().contains("no 'user: password' entry"), bad.err());
    }

    @Test
    void serveTakesATimeoutInSecondsAndListensOnLocalhostUnlessPublic() throws Exception {
        Path store = Files.createDirectory(dir.resolve("store6"));
        for (String t : new String[] {"0", "-1", "1e9", "soon"}) {
            Run r = run("serve", "--store", store.toString(), "--timeout", t);
            assertEquals(2, r.code(), t);
            assertTrue(r.err().contains("--timeout"), r.err());
        }
        ServeCommand serve = new picocli.CommandLine(new ServeCommand()).getCommand();
        new picocli.CommandLine(serve).parseArgs("--store", store.toString(), "--timeout", "2.5");
        assertEquals(2.5, serve.timeoutSeconds);
        assertTrue(!serve.everywhere, "localhost only by default");
        assertTrue(!serve.allowUpdate, "read-only by default");
    }

    @Test
    void queriesAreListed() {
        Run r = run("queries");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("timeline") && r.out().contains("sources"));
    }

    @Test
    void validateNamesTheNodeItsDocumentAndTheProblem() throws Exception {
        Path bad = write("broken.ttl", """
                @prefix dip: <https://w3id.org/chancery/ontology#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix prov: <http://www.w3.org/ns/prov#> .
                @prefix dcterms: <http://purl.org/dc/terms/> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                <https://w3id.org/chancery/id/document/d> a dip:Document ; rdfs:label "Talks"@en ; dcterms:language "en" ; dcterms:source "talks.txt" .
                <https://w3id.org/chancery/id/meeting/m> a dip:Meeting ; rdfs:label "Third round"@en ;
                    prov:wasDerivedFrom <https://w3id.org/chancery/id/document/d> ; dip:date "2024-05-20"^^xsd:date , "2024"^^xsd:gYear .
                """);
        Run r = run("validate", bad.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("VIOLATION \"Third round\" <https://w3id.org/chancery/id/meeting/m>"), r.out());
        assertTrue(r.out().contains("from: talks.txt"), r.out());
        assertTrue(r.out().contains("dip:date: A dip:Meeting has at most one dip:date"), r.out());
        assertTrue(r.out().contains("1 violation(s)"), r.out());
        Path good = write("good.txt", "The Foreign Minister of Norway, Ingrid Halvorsen, visited Geneva.");
        Run ok = run("validate", good.toString());
        assertEquals(0, ok.code(), ok.out() + ok.err());
        assertTrue(ok.out().contains("0 violation(s)"), ok.out());
        assertEquals(2, run("validate").code(), "nothing to validate is a usage error");
        assertEquals(1, run("validate", "--store", dir.resolve("no-store").toString()).code());
        assertFalse(Files.exists(dir.resolve("no-store")), "validating a missing store does not create one");
    }

    @Test
    void exportWritesTheStoreOrOneDocumentAndRefusesWhatItCannotDo() throws Exception {
        Path store = dir.resolve("store4");
        Path doc = write("visit.txt", "The Foreign Minister of Norway, Ingrid Halvorsen, visited Geneva.");
        assertEquals(0, run("load", "--store", store.toString(), doc.toString()).code());
        Run all = run("export", "--store", store.toString(), "-f", "nq");
        assertEquals(0, all.code(), all.err());
        String graph = "https://w3id.org/chancery/id/document/visit-txt";
        assertTrue(all.out().contains("<" + graph + "> ."), all.out());
        Run one = run("export", "--store", store.toString(), "--graph", graph);
        assertEquals(0, one.code(), one.err());
        assertTrue(one.out().contains("Halvorsen"), one.out());
        Run missing = run("export", "--store", store.toString(), "--graph", "https://w3id.org/chancery/id/document/nope");
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("no graph <https://w3id.org/chancery/id/document/nope>"), missing.err());
        assertEquals(2, run("export").code(), "neither store nor input");
        assertEquals(2, run("export", "--store", store.toString(), doc.toString()).code(), "both store and input");
        assertEquals(2, run("export", "--store", store.toString(), "--merge").code(), "--merge without --for protege");
        assertEquals(2, run("export", "--for", "protege", "--store", store.toString()).code(), "--for protege without -o");
        assertEquals(2, run("export", "--for", "protege", "-f", "nq", "-o", dir.resolve("x.nq").toString(), "--store", store.toString()).code());
        assertEquals(2, run("export", "--for", "topbraid", "-o", dir.resolve("x.owl").toString(), "--store", store.toString()).code());

        Path owl = dir.resolve("protege/visit.owl");
        Run p = run("export", "--for", "protege", "--store", store.toString(), "-o", owl.toString());
        assertEquals(0, p.code(), p.err());
        assertTrue(p.err().contains("individual(s)"), p.err());
        String xml = Files.readString(owl);
        assertTrue(xml.contains("owl:imports") && xml.contains("owl:NamedIndividual"), xml);
        assertTrue(Files.readString(owl.resolveSibling("catalog-v001.xml")).contains("uri=\"chancery-ontology.ttl\""));
        assertTrue(Files.size(owl.resolveSibling("chancery-ontology.ttl")) > 1000);
        // A catalog the user already has keeps its entries and gains ours, once.
        Path other = dir.resolve("other");
        Files.createDirectories(other);
        Files.writeString(other.resolve("catalog-v001.xml"), "<catalog xmlns=\"urn:oasis:names:tc:entity:xmlns:xml:catalog\">\n  <uri name=\"http://example.org/x\" uri=\"x.owl\"/>\n</catalog>\n");
        for (int i = 0; i < 2; i++) assertEquals(0, run("export", "--for", "protege", "--store", store.toString(), "-o", other.resolve("v.owl").toString()).code());
        String catalog = Files.readString(other.resolve("catalog-v001.xml"));
        assertTrue(catalog.contains("http://example.org/x"), catalog);
        assertEquals(catalog.indexOf("chancery-ontology.ttl"), catalog.lastIndexOf("chancery-ontology.ttl"), catalog);
    }

    private static long count(Path store) {
        try (Store s = Store.open(store)) {
            return s.read(() -> s.dataset().getUnionGraph().size());
        }
    }
}
