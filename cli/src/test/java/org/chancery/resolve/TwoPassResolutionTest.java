package org.chancery.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.chancery.Fixtures;
import org.chancery.corpus.Corpus;
import org.chancery.corpus.Inputs;
import org.chancery.document.DocumentReader;
import org.chancery.extract.DocumentReading;
import org.chancery.extract.Pipeline;
import org.chancery.graph.ResolvedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two-pass conversion (readings dropped after pass 1 and read again, or kept) gives the same
 * graphs as resolving every reading at once, as Chancery did before ({@link BatchResolution}).
 */
class TwoPassResolutionTest {
    @TempDir
    Path tmp;

    @Test
    void examplesGiveTheSameGraphs() {
        same(Inputs.expand(List.of(Fixtures.root().resolve("examples").toString())).files);
    }

    @Test
    void seedsGiveTheSameGraphs() {
        Path seeds = Fixtures.root().resolveSibling("shared").resolve("seeds");
        assumeTrue(Files.isDirectory(seeds), "../shared/seeds is not beside the project: the seed comparison is skipped");
        same(Inputs.expand(List.of(seeds.toString())).files);
    }

    /** Many documents sharing people under name variants, and rounds of series under several names, in a mixed order. */
    @Test
    void mixedCorpusGivesTheSameGraphs() throws IOException {
        List<Path> examples = Inputs.expand(List.of(Fixtures.root().resolve("examples").toString())).files.stream()
                .filter(p -> p.toString().endsWith(".txt")).toList();
        List<String> paragraphs = new ArrayList<>();
        for (Path p : examples) {
            for (String para : Files.readString(p, StandardCharsets.UTF_8).split("\n\n")) if (!para.isBlank()) paragraphs.add(para.strip());
        }
        String[][] people = {{"Anna Karovi", "A. Karovi", "Karovi"}, {"Boris Karovi", "B. Karovi"}, {"Levan Chkhikvadze", "Tchkhikvadze"},
                {"Ingrid Halvorsen", "I. Halvorsen", "Halvorsen"}, {"Yelena Mirziyoyeva", "Elena Mirzioieva"}};
        Random random = new Random(7);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Path source = examples.get(random.nextInt(examples.size()));
            StringBuilder text = new StringBuilder(Files.readString(source, StandardCharsets.UTF_8).strip());
            for (int k = random.nextInt(4); k > 0; k--) text.append("\n\n").append(paragraphs.get(random.nextInt(paragraphs.size())));
            String[] person = people[random.nextInt(people.length)];
            String name = person[random.nextInt(person.length)];
            text.append(random.nextBoolean() ? "\n\nThe delegation also included Minister " + name + "."
                    : "\n\nLa délégation comprenait également le ministre " + name + ".");
            Path f = tmp.resolve(String.format("doc%02d.txt", i));
            Files.writeString(f, text + "\n", StandardCharsets.UTF_8);
            files.add(f);
        }
        same(files);
    }

    private static void same(List<Path> files) {
        assertTrue(files.size() >= 2, "a corpus to compare");
        DatasetGraph batch = emit(batch(files));
        Corpus corpus = new Corpus(Fixtures.mappings(), 20L << 20, 2);
        for (Corpus c : List.of(corpus.keepingReadings(0), corpus, corpus.keepingReadings(3000))) {
            Corpus.Report r = c.convert(files, null);
            assertEquals(List.of(), r.problems());
            assertEquals(files.size(), r.converted());
            assertSameGraphs(batch, emit(r.documents()));
        }
    }

    /** Every reading held and resolved together, as before. */
    private static List<ResolvedDocument> batch(List<Path> files) {
        DocumentReader reader = new DocumentReader(Corpus.boilerplate(Fixtures.mappings()),
                new org.chancery.document.Datelines(Fixtures.mappings().patterns("DatelinePattern")), 20L << 20);
        Pipeline pipeline = new Pipeline(Fixtures.mappings());
        Map<String, Integer> seen = new HashMap<>();
        List<DocumentReading> readings = new ArrayList<>();
        for (Path p : files) {
            String base = DocumentReader.slug(p.toString());
            int n = seen.merge(base, 1, Integer::sum);
            try {
                readings.add(pipeline.read(reader.read(p, null).withId(n == 1 ? base : base + "-" + n)));
            } catch (Exception e) {
                fail(p + ": " + e);
            }
        }
        return new BatchResolution(Fixtures.mappings(), List.of()).resolve(readings);
    }

    private static DatasetGraph emit(List<ResolvedDocument> docs) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        Corpus.emit(docs, StreamRDFLib.dataset(dsg));
        return dsg;
    }

    private static void assertSameGraphs(DatasetGraph expected, DatasetGraph actual) {
        Set<String> names = new TreeSet<>(), got = new TreeSet<>();
        expected.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
        actual.listGraphNodes().forEachRemaining(n -> got.add(n.getURI()));
        assertEquals(names, got, "graph names");
        for (String name : names) {
            Node n = org.apache.jena.graph.NodeFactory.createURI(name);
            Graph e = expected.getGraph(n), a = actual.getGraph(n);
            if (!e.isIsomorphicWith(a)) {
                List<String> missing = new ArrayList<>(), extra = new ArrayList<>();
                e.find().forEachRemaining(t -> { if (!a.contains(t)) missing.add(t.toString()); });
                a.find().forEachRemaining(t -> { if (!e.contains(t)) extra.add(t.toString()); });
                fail(name + " differs; missing " + missing.subList(0, Math.min(5, missing.size()))
                        + ", extra " + extra.subList(0, Math.min(5, extra.size())));
            }
        }
    }
}
