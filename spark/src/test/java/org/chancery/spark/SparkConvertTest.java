package org.chancery.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.chancery.bench.corpus.Cast;
import org.chancery.bench.corpus.CorpusGenerator;
import org.chancery.corpus.Corpus;
import org.chancery.corpus.Inputs;
import org.chancery.mapping.Home;
import org.chancery.mapping.MappingLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job against {@code chancery convert -f nq} on the same inputs: the seeds (when the
 * shared folder is there), examples/, generated documents and one bad file. Spark runs local[2],
 * one context for all the tests.
 */
class SparkConvertTest {
    /** Generated documents beside the seeds and examples (CHANCERY_SPARK_TEST_DOCS to change it). */
    static final int GENERATED = Integer.parseInt(System.getenv().getOrDefault("CHANCERY_SPARK_TEST_DOCS", "500"));
    /** The partitioning test's share of them (the first ones: the generator's document i depends on i only), to keep CI short. */
    static final int GENERATED_FOR_PARTITIONS = Math.min(GENERATED, 100);

    @TempDir
    static Path tmp;
    static JavaSparkContext sc;
    static List<String> inputs = new ArrayList<>();
    static List<String> expected;
    static List<String> fewer = new ArrayList<>();

    @BeforeAll
    static void setUp() throws IOException {
        Path home = Home.root();
        Path seeds = home.resolve("../shared/seeds").normalize();
        if (Files.isDirectory(seeds)) inputs.add(seeds.toString());
        inputs.add(home.resolve("examples").toString());
        Path generated = tmp.resolve("generated");
        new CorpusGenerator(Cast.read(home.resolve("mappings")), 42).write(generated, GENERATED);
        inputs.add(generated.toString());
        // Not a text: bytes no encoding reads.
        Path bad = tmp.resolve("odd").resolve("broken.txt");
        Files.createDirectories(bad.getParent());
        byte[] bytes = new byte[4096];
        for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) (i * 7919 % 251);
        Files.write(bad, bytes);
        inputs.add(bad.getParent().toString());
        expected = cliQuads(inputs);
        Path someGenerated = tmp.resolve("some-generated");
        new CorpusGenerator(Cast.read(home.resolve("mappings")), 42).write(someGenerated, GENERATED_FOR_PARTITIONS);
        for (String in : inputs) fewer.add(in.equals(generated.toString()) ? someGenerated.toString() : in);
        sc = new JavaSparkContext(SparkConvert.local(new SparkConf().setMaster("local[2]").setAppName("chancery test").set("spark.ui.enabled", "false")));
    }

    @AfterAll
    static void tearDown() {
        if (sc != null) sc.close();
    }

    /** What `chancery convert -f nq` writes over these inputs, sorted line by line. */
    static List<String> cliQuads(List<String> args) {
        Corpus.Report r = new Corpus(MappingLoader.load(List.of()), 20L << 20, 2).convert(Inputs.expand(args).files, null);
        DatasetGraph all = DatasetGraphFactory.create();
        Corpus.emit(r.documents(), StreamRDFLib.dataset(all));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, all, RDFFormat.NQUADS);
        return out.toString(StandardCharsets.UTF_8).lines().sorted().toList();
    }

    static SparkConvert.Outcome spark(Path out, int partitions, List<String> inputs) throws Exception {
        SparkConvert job = new SparkConvert();
        job.output = out.toString();
        job.partitions = partitions;
        job.maxSizeMiB = 20;
        return job.run(sc, inputs);
    }

    static List<String> partQuads(Path out) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(out)) {
            for (Path p : parts.filter(p -> p.getFileName().toString().matches("part-r-\\d{5}\\.nq")).toList()) {
                lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
            }
        }
        lines.sort(null);
        return lines;
    }

    @Test
    void sameQuadsAsConvertAndTheBadFileReported() throws Exception {
        Path out = tmp.resolve("out-2");
        SparkConvert.Outcome o = spark(out, 2, inputs);
        assertTrue(Files.exists(out.resolve("_SUCCESS")));
        List<String> quads = partQuads(out);
        assertTrue(expected.size() > 1000 * (GENERATED / 100 + 1) / 2, "a real corpus: " + expected.size() + " quads");
        assertEquals(expected.size(), quads.size());
        assertEquals(expected, quads);
        assertEquals(1, o.problems().size(), o.problems().toString());
        assertTrue(o.problems().get(0).contains("broken.txt"), o.problems().get(0));
        assertEquals(o.problems(), Files.readAllLines(out.resolve("_bad-inputs.txt")));
        assertTrue(o.converted() >= GENERATED, o.converted() + " converted");
    }

    /** Partitions 1 and 7 (2 above) over the seeds, examples and the first generated documents: convert's quads each time. */
    @Test
    void partitioningChangesNothing() throws Exception {
        List<String> cli = cliQuads(fewer);
        Path one = tmp.resolve("out-1"), seven = tmp.resolve("out-7");
        spark(one, 1, fewer);
        spark(seven, 7, fewer);
        try (Stream<Path> parts = Files.list(seven)) {
            assertEquals(7, parts.filter(p -> p.getFileName().toString().endsWith(".nq")).count());
        }
        assertTrue(cli.size() > 1000, cli.size() + " quads");
        assertEquals(cli, partQuads(one));
        assertEquals(cli, partQuads(seven));
    }

    @Test
    void anOutputFolderInUseIsRefused() throws Exception {
        Path used = Files.createDirectories(tmp.resolve("used"));
        Files.writeString(used.resolve("keep.txt"), "mine");
        org.junit.jupiter.api.Assertions.assertThrows(SparkConvert.OutputExists.class, () -> spark(used, 2, inputs));
        assertEquals("mine", Files.readString(used.resolve("keep.txt")));
    }
}
