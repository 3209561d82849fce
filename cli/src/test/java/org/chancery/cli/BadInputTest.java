package org.chancery.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.chancery.cli.Cli.Run;
import org.chancery.store.Store;
import org.chancery.text.SentenceSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input through the command line (README, "What happens with bad input"): each case is named
 * on standard error with its file, the rest of the batch goes on, the exit code is 1, and nothing
 * of the bad file reaches the output or the store.
 */
class BadInputTest {
    private static final String GOOD = "The Foreign Minister of Norway, Ingrid Halvorsen, visited Geneva on 3 May 2024.";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private Path write(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    /** Converts to N-Quads on standard output, which must parse whatever went wrong. */
    private static Converted convert(String... args) {
        List<String> all = new ArrayList<>(List.of("convert", "-f", "nq"));
        all.addAll(List.of(args));
        Run r = Cli.run(all.toArray(String[]::new));
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        RDFParser.fromString(r.out(), Lang.NQUADS).parse(dsg);
        return new Converted(r, dsg);
    }

    record Converted(Run run, DatasetGraph dsg) {
        /** The dcterms:source of every document converted. */
        Set<String> sources() {
            Set<String> s = new HashSet<>();
            dsg.find(Node.ANY, Node.ANY, org.apache.jena.graph.NodeFactory.createURI("http://purl.org/dc/terms/source"), Node.ANY)
                    .forEachRemaining(q -> s.add(q.getObject().getLiteralLexicalForm()));
            return s;
        }

        boolean mentions(String text) {
            return Iter.toList(dsg.find()).stream().map(Quad::toString).anyMatch(q -> q.contains(text));
        }
    }

    @Test
    void emptyAndWhitespaceOnlyFilesAreRefusedByName() throws Exception {
        Path good = write("good.txt", GOOD);
        Path empty = write("empty.txt", "");
        Path blank = write("blank.txt", "  \n\t\n \r\n   \n");
        Converted c = convert(good.toString(), empty.toString(), blank.toString());
        assertEquals(1, c.run().code());
        assertTrue(c.run().err().contains(empty + ": empty file"), c.run().err());
        assertTrue(c.run().err().contains(blank + ": no text"), c.run().err());
        assertEquals(Set.of("good.txt"), c.sources(), "only the good document is written");
    }

    @Test
    void imagesAndArchivesAreRefusedAsBinary() throws Exception {
        BufferedImage img = new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB);
        img.setRGB(3, 4, 0xFF8800);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(img, "png", png);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("article.txt"));
            z.write(GOOD.repeat(20).getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        Path image = write("photo.png", png.toByteArray());
        Path archive = write("articles.zip", zip.toByteArray());
        Path disguised = write("disguised.txt", png.toByteArray()); // an image whose name says text
        Path good = write("good.txt", GOOD);
        Converted c = convert(image.toString(), archive.toString(), disguised.toString(), good.toString());
        assertEquals(1, c.run().code());
        for (Path p : List.of(image, archive, disguised)) {
            assertTrue(c.run().err().contains(p + ": binary content, not text"), c.run().err());
        }
        assertEquals(Set.of("good.txt"), c.sources());
    }

    @Test
    void latin1IsReadAndDamagedUtf8IsRefused() throws Exception {
        String french = "Le ministre des Affaires étrangères de la France s'est rendu à Genève. Le Conseil de sécurité s'est réuni.";
        Path latin1 = write("latin1.txt", french.getBytes(Charset.forName("ISO-8859-1")));
        Path cp1252 = write("cp1252.txt", "Le ministre de la France l\u2019a dit à Genève.".getBytes(Charset.forName("windows-1252")));
        byte[] utf8 = french.getBytes(StandardCharsets.UTF_8);
        byte[] damaged = utf8.clone();
        int at = french.indexOf("étrangères"); // ASCII before it: the same offset in bytes
        damaged[at + 1] = (byte) 'X'; // the lead byte of "é" loses its continuation
        Path broken = write("damaged.txt", damaged);
        Converted c = convert(latin1.toString(), cp1252.toString(), broken.toString());
        assertEquals(1, c.run().code());
        assertTrue(c.run().err().contains(broken + ": invalid UTF-8 at byte " + at), c.run().err());
        assertEquals(Set.of("latin1.txt", "cp1252.txt"), c.sources());
        assertTrue(c.mentions("Conseil de sécurité"), "Latin-1 accents are read, not turned to mojibake");
        assertTrue(c.mentions("l\u2019a dit à Genève"), "Windows-1252 quotes are read");
        assertFalse(c.mentions("Ã"), "no mojibake anywhere");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWithoutBeingRead() throws Exception {
        Path big = dir.resolve("big.txt");
        String para = GOOD + " " + GOOD + "\n\n";
        try (BufferedWriter w = Files.newBufferedWriter(big)) {
            for (long n = 0; n < 50L * 1024 * 1024; n += para.length()) w.write(para);
        }
        Path good = write("good.txt", GOOD);
        Converted c = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> convert(big.toString(), good.toString()));
        assertEquals(1, c.run().code());
        assertTrue(c.run().err().contains(big + ": too large (50 MiB; the limit is 20 MiB, see --max-size)"), c.run().err());
        assertEquals(Set.of("good.txt"), c.sources());
        // The limit is bounded too: a document is read whole into memory.
        Run r = Cli.run("convert", "--max-size", "4096", good.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--max-size must be between 1 and 1024 MiB"), r.err());
    }

    @Test
    void aTwoMegabyteSentenceIsCutAndFinishes() throws Exception {
        String[] words = "les ministres se sont réunis pour discuter du programme de travail et des délégations the talks went on".split(" ");
        StringBuilder b = new StringBuilder();
        Random rnd = new Random(7);
        while (b.length() < 2_000_000) {
            b.append(words[rnd.nextInt(words.length)]).append(' ');
            if (rnd.nextInt(20_000) == 0) b.append("the Foreign Minister of Norway Ingrid Halvorsen visited Geneva ");
        }
        Path p = write("run-on.txt", b.toString());
        Converted c = assertTimeoutPreemptively(Duration.ofSeconds(90), () -> convert(p.toString()));
        assertEquals(0, c.run().code(), c.run().err());
        Node sentence = org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/chancery/ontology#sentence");
        List<Quad> sentences = Iter.toList(c.dsg().find(Node.ANY, Node.ANY, sentence, Node.ANY));
        assertFalse(sentences.isEmpty(), "the facts it holds are still found");
        for (Quad q : sentences) assertTrue(q.getObject().getLiteralLexicalForm().length() <= SentenceSplitter.MAX_SENTENCE);
    }

    @Test
    void scriptsAndStylesNeverReachTheGraph() throws Exception {
        Path html = write("page.html", """
                <!doctype html><html><head><title>Talks in Geneva</title>
                <script>var secret = "Zanzibarscript";</script>
                <script type="application/ld+json">{"headline": "Jsonldheadline"}</script>
                <style>.x::after { content: "Stylecontent"; }</style></head>
                <body onload="Onloadhandler()"><noscript>Noscripttext</noscript>
                <article><h1>Talks in Geneva</h1>
                <p>%s<script>document.write("Inlinescript")</script><style>p{color:red}/*Inlinestyle*/</style></p>
                <template><p>Templatetext</p></template><svg><script>Svgscript</script><text>Svgtext</text></svg>
                </article></body></html>""".formatted(GOOD));
        Path md = write("note.md", "# Talks\n\n" + GOOD + "\n\n<script>alert('Markdownscript')</script>\n\n<style>Markdownstyle</style>\n");
        Converted c = convert(html.toString(), md.toString());
        assertEquals(0, c.run().code(), c.run().err());
        assertTrue(c.mentions("Ingrid Halvorsen"), "the article text is read");
        for (String hidden : List.of("Zanzibarscript", "Jsonldheadline", "Stylecontent", "Onloadhandler", "Noscripttext", "Inlinescript",
                "Inlinestyle", "Templatetext", "Svgscript", "Svgtext", "Markdownscript", "Markdownstyle")) {
            assertFalse(c.mentions(hidden), hidden + " reached the graph");
        }
    }

    @Test
    void aMissingPathIsNamedAndTheRestGoesOn() throws Exception {
        Path good = write("good.txt", GOOD);
        Converted c = convert(dir.resolve("nope.txt").toString(), good.toString(), dir.resolve("no-folder").toString());
        assertEquals(1, c.run().code());
        assertTrue(c.run().err().contains(dir.resolve("nope.txt") + ": no such file or folder"), c.run().err());
        assertTrue(c.run().err().contains(dir.resolve("no-folder") + ": no such file or folder"), c.run().err());
        assertEquals(Set.of("good.txt"), c.sources());
    }

    @Test
    void anUnreadableFileIsNamed() throws Exception {
        Path locked = write("locked.txt", GOOD);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(locked), "running as root: a chmod 000 file is readable anyway");
        Converted c = convert(locked.toString(), write("good.txt", GOOD).toString());
        assertEquals(1, c.run().code());
        assertTrue(c.run().err().contains(locked + ": permission denied"), c.run().err());
        assertEquals(Set.of("good.txt"), c.sources());
    }

    /** A file that exists and fails on read even for root: the kernel refuses to read a process's memory at 0. */
    @Test
    void aFileThatFailsOnReadIsNamed() throws Exception {
        Path mem = Path.of("/proc/self/mem");
        assumeTrue(Files.exists(mem), "Linux only");
        Converted c = convert(mem.toString(), write("good.txt", GOOD).toString());
        assertEquals(1, c.run().code());
        assertTrue(c.run().err().contains("/proc/self/mem: cannot read ("), c.run().err());
        assertEquals(Set.of("good.txt"), c.sources());
    }

    @Test
    void symbolicLinkLoopsAndBrokenLinksAreNamedNotFollowed() throws Exception {
        Path root = Files.createDirectories(dir.resolve("corpus/sub"));
        Files.writeString(dir.resolve("corpus/ok.txt"), GOOD);
        Files.createSymbolicLink(root.resolve("up"), Path.of(".."));
        Files.createSymbolicLink(dir.resolve("corpus/self.txt"), Path.of("self.txt"));
        Files.createSymbolicLink(dir.resolve("corpus/dangling.txt"), Path.of("gone.txt"));
        Converted c = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> convert(dir.resolve("corpus").toString()));
        assertEquals(1, c.run().code());
        String err = c.run().err();
        assertTrue(err.contains(root.resolve("up") + ": symbolic-link loop, not followed"), err);
        assertTrue(err.contains(dir.resolve("corpus/self.txt") + ": broken symbolic link"), err);
        assertTrue(err.contains(dir.resolve("corpus/dangling.txt") + ": broken symbolic link"), err);
        assertEquals(Set.of("ok.txt"), c.sources(), "the good file is read once, not once per turn of the loop");
    }

    @Test
    void fileNamesWithSpacesQuotesAndOtherScriptsKeepTheirOwnGraphs() throws Exception {
        List<String> names = List.of("Sommet à Genève.txt", "l'accord \"final\" (v2).txt", "Встреча в Женеве.txt", "Переговоры.txt",
                "会谈 北京.txt", "مؤتمر جنيف.txt", "😀.txt", "😎.txt", "a #1?.txt");
        List<String> paths = new ArrayList<>();
        for (String n : names) paths.add(write(n, GOOD).toString());
        Path out = Files.createDirectory(dir.resolve("out"));
        Run r = Cli.run(Stream.concat(Stream.of("convert", "-f", "nq", "-o", out + "/"), paths.stream()).toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(names.size(), files.count(), "one output file per document");
        }
        // Loaded one by one, no document replaces another: each has a graph of its own.
        Path store = dir.resolve("store");
        for (String p : paths) assertEquals(0, Cli.run("load", "--store", store.toString(), p).code());
        try (Store s = Store.open(store)) {
            Set<String> sources = new HashSet<>();
            long graphs = s.read(() -> {
                s.dataset().find(Node.ANY, Node.ANY, org.apache.jena.graph.NodeFactory.createURI("http://purl.org/dc/terms/source"), Node.ANY)
                        .forEachRemaining(q -> sources.add(q.getObject().getLiteralLexicalForm()));
                return Iter.count(s.dataset().listGraphNodes());
            });
            assertEquals(names.size(), graphs);
            assertEquals(Set.copyOf(names), sources, "dcterms:source keeps each name exactly");
        }
    }

    @Test
    void tenThousandSmallFilesConvertInBoundedTime() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("many"));
        String[] states = {"Norway", "Japan", "France", "Brazil", "Kenya", "Canada"};
        for (int i = 0; i < 10_000; i++) {
            Files.writeString(folder.resolve("note-" + i + ".txt"), "The Foreign Minister of " + states[i % 6] + " met the ambassador of "
                    + states[(i + 1) % 6] + " in Geneva on " + (1 + i % 28) + " May 2024.\n");
        }
        Path out = dir.resolve("many.nq");
        Run r = assertTimeoutPreemptively(Duration.ofSeconds(150), () -> Cli.run("convert", "-f", "nq", "-o", out.toString(), folder.toString()));
        assertEquals(0, r.code(), r.err());
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        RDFParser.source(out).parse(dsg);
        assertEquals(10_000, Iter.count(dsg.listGraphNodes()));
    }

    @Test
    void malformedRdfIsRefusedByNameAndTheStoreKeepsWhatItHeld() throws Exception {
        Path store = dir.resolve("store");
        assertEquals(0, Cli.run("load", "--store", store.toString(), write("before.txt", GOOD).toString()).code());
        long before = quads(store);
        List<Path> bad = List.of(write("bad.ttl", "<a> <b> \"unterminated ."), write("bad.nq", "<http://x/a> <http://x/b> <http://x/c> <http://x/g> <extra> .\n"),
                write("bad.jsonld", "{\"@context\": {\"x\": \"http://x/\"}, \"@id\": \"http://x/a\", \"x:b\": "),
                write("bad.rdf", "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description></rdf:RDF>"),
                write("binary.nt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}));
        Path odd = write("odd name #1 été.nt", "<http://example.org/a> <http://example.org/b> \"kept\" .\n");
        List<String> args = new ArrayList<>(List.of("load", "--store", store.toString()));
        bad.forEach(p -> args.add(p.toString()));
        args.add(odd.toString());
        args.add(write("after.txt", GOOD.replace("Geneva", "Vienna")).toString());
        Run r = Cli.run(args.toArray(String[]::new));
        assertEquals(1, r.code());
        for (Path p : bad) assertTrue(r.err().contains(p + ": not valid RDF ("), r.err());
        try (Store s = Store.open(store)) {
            Set<String> graphs = new HashSet<>();
            s.read(() -> {
                s.dataset().listGraphNodes().forEachRemaining(g -> graphs.add(g.getURI().replaceAll(".*/", "")));
                return null;
            });
            assertEquals(Set.of("before-txt", "after-txt", "odd-name-1-ete-nt"), graphs, "the good inputs are stored, the bad ones add nothing: " + r.err());
        }
        assertTrue(quads(store) > before);
    }

    @Test
    void anExternalEntityInRdfXmlReadsNoFile() throws Exception {
        Path secret = write("secret.txt", "TOPSECRET-4711");
        String general = """
                <?xml version="1.0"?>
                <!DOCTYPE rdf:RDF [ <!ENTITY xxe SYSTEM "%s"> ]>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">
                  <rdf:Description rdf:about="http://example.org/a"><ex:p>&xxe;</ex:p></rdf:Description>
                </rdf:RDF>""".formatted(secret.toUri());
        String parameter = """
                <?xml version="1.0"?>
                <!DOCTYPE rdf:RDF [ <!ENTITY %% p SYSTEM "%s"> %%p; ]>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">
                  <rdf:Description rdf:about="http://example.org/b"><ex:p>x</ex:p></rdf:Description>
                </rdf:RDF>""".formatted(secret.toUri());
        String laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF [\n <!ENTITY a \"" + "a".repeat(80) + "\">\n"
                + " <!ENTITY b \"" + "&a;".repeat(20) + "\">\n <!ENTITY c \"" + "&b;".repeat(20) + "\">\n <!ENTITY d \"" + "&c;".repeat(20) + "\">\n"
                + " <!ENTITY e \"" + "&d;".repeat(20) + "\">\n <!ENTITY f \"" + "&e;".repeat(20) + "\">\n]>\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:ex=\"http://example.org/\">"
                + "<rdf:Description rdf:about=\"http://example.org/c\"><ex:p>&f;</ex:p></rdf:Description></rdf:RDF>";
        Path store = dir.resolve("store");
        Run r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Cli.run("load", "--store", store.toString(),
                write("xxe.rdf", general).toString(), write("xxe-param.rdf", parameter).toString(), write("laughs.rdf", laughs).toString()));
        assertFalse(r.err().contains("TOPSECRET") || r.out().contains("TOPSECRET"), r.err());
        assertTrue(r.err().contains("laughs.rdf: not valid RDF"), "an entity bomb is refused: " + r.err());
        try (Store s = Store.open(store)) {
            String all = s.read(() -> Iter.toList(s.dataset().find()).toString());
            assertFalse(all.contains("TOPSECRET"), "the secret file was read through an entity: " + all);
        }
        // An HTML page is not XML: a DOCTYPE's entities are never fetched.
        Path xhtml = write("page.xhtml", "<?xml version=\"1.0\"?><!DOCTYPE html [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>" + GOOD + " &x;</p></body></html>");
        Converted c = convert(xhtml.toString());
        assertFalse(c.run().out().contains("TOPSECRET") || c.run().err().contains("TOPSECRET"));
    }

    @Test
    void aFullDeviceIsReportedAndNoPartFileIsLeft() throws Exception {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full) && !Files.isRegularFile(full), "no /dev/full here");
        Path good = write("good.txt", GOOD);
        Run r = Cli.run("convert", "-o", full.toString(), good.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("/dev/full: cannot write (No space left on device)"), r.err());
        assertFalse(Files.isRegularFile(full), "the device is written to, never replaced by a file");
        try (Stream<Path> dev = Files.list(Path.of("/dev"))) {
            assertFalse(dev.anyMatch(p -> p.getFileName().toString().endsWith(".part")));
        }
        // A folder that cannot be made (a file is in the way): named, nothing written, no part file.
        Path blocked = dir.resolve("good.txt/out.ttl");
        Run b = Cli.run("convert", "-o", blocked.toString(), good.toString());
        assertEquals(1, b.code());
        assertTrue(b.err().contains(blocked + ": cannot write ("), b.err());
        try (Stream<Path> files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".part")));
        }
    }

    @Test
    void outputFilesGetOrdinaryPermissions() throws Exception {
        Path out = dir.resolve("out.ttl");
        assertEquals(0, Cli.run("convert", "-o", out.toString(), write("good.txt", GOOD).toString()).code());
        Path plain = Files.createFile(dir.resolve("plain.ttl"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(out),
                "a converted file gets the permissions of any file the user makes (the umask's), not owner-only");
    }

    private static long quads(Path store) {
        try (Store s = Store.open(store)) {
            return s.read(() -> Iter.count(s.dataset().find()));
        }
    }
}
