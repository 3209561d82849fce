package org.chancery.bench.convert;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.chancery.bench.corpus.CorpusGenerator;
import org.chancery.bench.corpus.CorpusGenerator.GeneratedCorpus;
import org.chancery.bench.suite.ChildJava;
import org.chancery.bench.suite.ResultTable;
import org.chancery.bench.suite.Scratch;

/**
 * The batches users run: a day's news (20 and 300 documents) converted cold by the whole command,
 * {@code ./chancery convert --threads 1 -o out/ corpus/} pinned to one core (JVM start, mappings,
 * reading, resolving, Turtle written), and the seed documents to one file when ../shared is there.
 * Each is run several times and the median wall time kept: the launcher's first run after a
 * build makes its class-data archive, so one untimed run comes first.
 */
public final class ColdConvertBench {
    /** Measured beside us in issue 16 on the same 300 generated documents, one pinned core, warm; not re-run here (GPL, never a dependency). */
    static final String CORENLP_NER = "17,000 words/s (Stanford CoreNLP CRF NER alone, warm, measured in issue 16)";

    private final Path home;
    private final CorpusGenerator generator;
    private final Path work;
    private final int runs;

    public ColdConvertBench(Path home, CorpusGenerator generator, Path work, int runs) {
        this.home = home;
        this.generator = generator;
        this.work = work;
        this.runs = runs;
    }

    public void run(List<Integer> sizes, ResultTable table) throws IOException, InterruptedException {
        String variant = (ChildJava.canPin() ? "1 core (taskset -c 0)" : "1 thread") + ", ./chancery convert --threads 1, cold";
        for (int n : sizes) {
            Path corpus = work.resolve("corpus-" + n);
            Scratch.clear(corpus);
            GeneratedCorpus c = generator.write(corpus, n);
            Path out = work.resolve("out-" + n);
            double median = median(n, List.of("convert", "--threads", "1", "-o", out + "/", corpus.toString()), out);
            table.add("convert, small batch", variant, String.format(Locale.ROOT, "%,d docs, %,d words", c.documents(), c.words()),
                    "words/s, whole command (median of " + runs + "; target ≥ 70,000 at 300 docs)",
                    Double.isNaN(median) ? "failed (see " + work.resolve("logs") + ")"
                            : String.format(Locale.ROOT, "%,.0f (%.2f s)", c.words() / median, median));
            if (n == sizes.get(sizes.size() - 1)) table.add("convert, small batch", "beside", c.documents() + " docs", "reference", CORENLP_NER);
            Scratch.clear(corpus);
            Scratch.clear(out);
        }
        Path seeds = home.resolveSibling("shared").resolve("seeds");
        if (Files.isDirectory(seeds)) {
            Path out = work.resolve("seeds.ttl");
            double median = median(0, List.of("convert", seeds.toString(), "-o", out.toString()), null);
            table.add("convert, small batch", "./chancery convert ../shared/seeds -o out.ttl (2 cores)", "5 seed documents",
                    "s, whole command (median of " + runs + "; target ≤ 1.0)",
                    Double.isNaN(median) ? "failed" : String.format(Locale.ROOT, "%.2f", median));
        }
    }

    /** The median wall seconds of the runs (after one untimed run), NaN when one fails. */
    private double median(int n, List<String> args, Path outFolder) throws IOException, InterruptedException {
        List<Double> secs = new ArrayList<>();
        Path log = work.resolve("logs").resolve("cold-" + n + ".log");
        Files.createDirectories(log.getParent());
        for (int i = 0; i <= runs; i++) {
            if (outFolder != null) {
                Scratch.clear(outFolder);
                Files.createDirectories(outFolder);
            }
            List<String> cmd = new ArrayList<>();
            if (n > 0 && ChildJava.canPin()) cmd.addAll(List.of("taskset", "-c", "0"));
            cmd.add(home.resolve("chancery").toString());
            cmd.addAll(args);
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(30, TimeUnit.MINUTES)) {
                p.destroyForcibly().waitFor();
                return Double.NaN;
            }
            double s = (System.nanoTime() - t0) / 1e9;
            if (p.exitValue() != 0) return Double.NaN;
            if (i > 0) secs.add(s);
        }
        secs.sort(null);
        return secs.get(secs.size() / 2);
    }
}
