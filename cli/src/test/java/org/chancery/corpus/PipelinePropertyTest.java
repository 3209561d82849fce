package org.chancery.corpus;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.chancery.Fixtures;
import org.chancery.cli.OutputAccess;

/**
 * Random and adversarial text through the whole pipeline (read, extract, resolve, write): it never
 * throws (a bad input is a named problem, never "cannot convert"), its output always parses back
 * to the same graph, in every format, and no document takes more than a few seconds. The number of
 * documents per property is {@code jqwik.tries.default} (junit-platform.properties; more with
 * {@code -Psoak}).
 */
class PipelinePropertyTest {
    private static final Duration PER_DOCUMENT = Duration.ofSeconds(20);
    private static final List<String> FORMATS = List.of("ttl", "trig", "nq", "jsonld", "rdfxml");
    /** What news text holds, and what breaks naive code: names, titles, dates, numbers, markup, odd characters. */
    private static final List<String> FRAGMENTS = List.of(
            "the Foreign Minister of Norway", "Ingrid Halvorsen", "le président de la France", "M. Kassym-Jomart Tokaïev",
            "Uzra Zeya", "U.S.", "l'ONU", "the Security Council", "le Conseil de sécurité", "adopted resolution 2231 (2015)",
            "par 120 voix contre 3", "by a vote of 13 to 0, with 2 abstentions", "signed an agreement", "a signé un accord",
            "the third round of the dialogue", "la 99999999999999999999e session", "le 31 février 2021", "on 3 May 2024",
            "le 20 mai dernier", "last year", "11/02/2021", "2024-13-45", "Geneva", "Genève", "Астана", "北京", "بغداد",
            ".", "...", "?!", ";", ":", "«", "»", "\"", "'", "’", "(", ")", "[", "]", "{", "}", "<", ">", "&amp;", "&", "\\",
            "<script>alert(1)</script>", "<p>", "</p>", "<!--", "-->", "# ", "* ", "[x](http://e.org/ \"t\")", "```", "|a|b|",
            "\n", "\n\n", "\r\n", "\t", "\f", "\u0001", "\u000b", "\u007f", "\u0085", "\u00a0", "\u200b", "\u200d", "\u200e",
            "\u202e", "\u2028", "\u2029", "\ufeff", "\ufffd", "\ufffe", "e\u0301", "\u0301\u0301\u0301", "😀", "🇫🇷", "\ud800",
            "ﬁ", "Œuvre", "ǅ", "İstanbul", "ß", "a".repeat(300), "-".repeat(50), " ".repeat(40), "1234567890", "-0", "1e99");

    private static Corpus corpus;
    private static Path dir;

    @BeforeContainer
    static void setUp() throws IOException {
        corpus = new Corpus(Fixtures.mappings(), 20L << 20, 1);
        dir = Files.createTempDirectory("chancery-properties");
    }

    @AfterContainer
    static void tearDown() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Provide
    Arbitrary<String> adversarialText() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(400).flatMap(parts -> Arbitraries.of(" ", "", "\n", ", ").map(sep -> String.join(sep, parts)));
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.strings().all().ofMaxLength(3000);
    }

    @Provide
    Arbitrary<String> extensions() {
        return Arbitraries.of(".txt", ".md", ".html", "");
    }

    @Provide
    Arbitrary<String> formats() {
        return Arbitraries.of(FORMATS);
    }

    @Provide
    Arbitrary<String> mixedText() {
        return Combinators.combine(adversarialText(), anyText(), Arbitraries.integers().between(0, 2))
                .as((a, b, how) -> how == 0 ? a + b : how == 1 ? b + a : "<html><body><article><p>" + a + "</p><p>" + b + "</p></article></body></html>");
    }

    @Property
    void adversarialTextNeverBreaksThePipeline(@ForAll("adversarialText") String text, @ForAll("extensions") String ext, @ForAll("formats") String format) {
        check(text.getBytes(StandardCharsets.UTF_8), ext, format);
    }

    @Property
    void anyUnicodeTextNeverBreaksThePipeline(@ForAll("mixedText") String text, @ForAll("extensions") String ext, @ForAll("formats") String format) {
        check(text.getBytes(StandardCharsets.UTF_8), ext, format);
    }

    @Property
    void anyBytesAreReadOrRefusedByName(@ForAll byte[] bytes, @ForAll("extensions") String ext, @ForAll("formats") String format) {
        check(bytes, ext, format);
    }

    /** One document, converted alone within the time limit; then its output written and read back. */
    private static void check(byte[] bytes, String ext, String format) {
        DatasetGraph emitted;
        Path file = dir.resolve("doc" + ext);
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Corpus.Report report = assertTimeoutPreemptively(PER_DOCUMENT, () -> corpus.convert(List.of(file), null));
        for (String p : report.problems()) {
            assertTrue(p.startsWith(file.toString() + ": "), "a problem names the file: " + p);
            assertFalse(p.contains("cannot convert"), "the pipeline threw: " + p);
        }
        emitted = DatasetGraphFactory.createGeneral();
        Corpus.emit(report.documents(), StreamRDFLib.dataset(emitted));
        RDFFormat f = OutputAccess.format(format);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTimeoutPreemptively(PER_DOCUMENT, () -> OutputAccess.write(report.documents(), f, out));
        byte[] written = out.toByteArray();
        DatasetGraph back = DatasetGraphFactory.createGeneral();
        if (format.equals("trig") || format.equals("nq")) {
            RDFDataMgr.read(back, new ByteArrayInputStream(written), f.getLang());
        } else {
            RDFDataMgr.read(back.getDefaultGraph(), new ByteArrayInputStream(written), f.getLang());
            emitted = union(emitted);
        }
        if (!IsoMatcher.isomorphic(emitted, back)) {
            fail(format + " output does not read back as written; written, not read: " + difference(emitted, back) + "; read, not written: "
                    + difference(back, emitted) + "\n" + new String(written, StandardCharsets.UTF_8));
        }
    }

    private static DatasetGraph union(DatasetGraph dsg) {
        DatasetGraph u = DatasetGraphFactory.createGeneral();
        dsg.find().forEachRemaining(q -> u.getDefaultGraph().add(q.asTriple()));
        return u;
    }

    private static List<String> difference(DatasetGraph a, DatasetGraph b) {
        return Iter.toList(a.find()).stream().filter(q -> !b.contains(q.isDefaultGraph() ? Quad.create(Quad.defaultGraphIRI, q.asTriple()) : q))
                .limit(5).map(Quad::toString).toList();
    }
}
