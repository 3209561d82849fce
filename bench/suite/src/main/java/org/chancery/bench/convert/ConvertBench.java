package org.chancery.bench.convert;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.bench.corpus.CorpusGenerator;
import org.chancery.bench.corpus.CorpusGenerator.GeneratedCorpus;
import org.chancery.bench.suite.ChildJava;
import org.chancery.bench.suite.Scratch;
import org.chancery.bench.suite.ResultTable;

/**
 * `chancery convert -o out/ corpus/` end to end in a child JVM (start, mappings, reading,
 * resolving, Turtle written to disk), on one core and on two, with the child's peak memory.
 */
public final class ConvertBench {
    private static final Pattern CONVERTED = Pattern.compile("converted (\\d+) document\\(s\\), (\\d+) word\\(s\\) in ([\\d.]+) s");

    /** One conversion: its size, threads, end-to-end words/s (NaN when it did not finish) and peak memory. */
    public record Run(int documents, int threads, double wordsPerSecond, long peakMiB) {}

    /** A core setting: on one core the child is pinned (taskset -c 0) and reads with one thread. */
    record Cores(String name, int threads, boolean pinned) {}

    private final ChildJava java;
    private final CorpusGenerator generator;
    private final Path work;
    private final String heap;
    private final long timeoutMinutes;

    public ConvertBench(ChildJava java, CorpusGenerator generator, Path work, String heap, long timeoutMinutes) {
        this.java = java;
        this.generator = generator;
        this.work = work;
        this.heap = heap;
        this.timeoutMinutes = timeoutMinutes;
    }

    /** Converts each size once per thread count asked (1: pinned to one core when taskset is there). */
    public List<Run> run(List<Integer> sizes, List<Integer> threads, ResultTable table) throws IOException, InterruptedException {
        List<Run> runs = new ArrayList<>();
        List<Cores> settings = new ArrayList<>();
        if (threads.contains(1)) {
            settings.add(ChildJava.canPin() ? new Cores("1 core (taskset -c 0, --threads 1)", 1, true) : new Cores("1 thread (--threads 1)", 1, false));
        }
        if (threads.contains(2)) settings.add(new Cores("2 cores (--threads 2)", 2, false));
        for (int n : sizes) {
            Path corpus = work.resolve("corpus-" + n);
            Scratch.clear(corpus);
            GeneratedCorpus c = generator.write(corpus, n);
            String size = String.format(Locale.ROOT, "%,d docs, %,d words", c.documents(), c.words());
            for (Cores cores : settings) {
                Path out = work.resolve("converted-" + n);
                Scratch.clear(out);
                Files.createDirectories(out);
                Path log = work.resolve("logs").resolve("convert-" + n + "-" + cores.threads() + ".log");
                Files.createDirectories(log.getParent());
                List<String> cmd = java.chancery(heap, cores.pinned(), "convert", "--threads", Integer.toString(cores.threads()),
                        "-o", out + "/", corpus.toString());
                long t0 = System.nanoTime();
                Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
                PeakMemory peak = new PeakMemory(p.pid());
                long deadline = t0 + TimeUnit.MINUTES.toNanos(timeoutMinutes);
                while (!p.waitFor(20, TimeUnit.MILLISECONDS)) {
                    peak.poll();
                    if (System.nanoTime() > deadline) {
                        p.destroyForcibly().waitFor();
                        break;
                    }
                }
                double secs = (System.nanoTime() - t0) / 1e9;
                String variant = cores.name() + ", -Xmx" + heap;
                String memory = String.format(Locale.ROOT, "%,d MiB", peak.peakMiB());
                if (System.nanoTime() > deadline) {
                    table.add("convert", variant, size, "words/s, end to end", String.format(Locale.ROOT, "not finished in %d min", timeoutMinutes));
                    table.add("convert", variant, size, "peak memory (VmHWM) until stopped", memory);
                    runs.add(new Run(n, cores.threads(), Double.NaN, peak.peakMiB()));
                    continue;
                }
                String logText = Files.readString(log);
                Matcher m = CONVERTED.matcher(logText);
                if (p.exitValue() != 0 || !m.find()) {
                    String why = logText.contains("OutOfMemoryError") ? "out of memory" : "exit " + p.exitValue();
                    table.add("convert", variant, size, "words/s, end to end", "failed: " + why + " (" + log + ")");
                    table.add("convert", variant, size, "peak memory (VmHWM)", memory);
                    runs.add(new Run(n, cores.threads(), Double.NaN, peak.peakMiB()));
                    continue;
                }
                long words = Long.parseLong(m.group(2));
                double own = Double.parseDouble(m.group(3));
                table.add("convert", variant, size, "words/s, end to end", String.format(Locale.ROOT, "%,.0f", words / secs));
                table.add("convert", variant, size, "words/s, convert's own clock (no JVM start, no mappings)", String.format(Locale.ROOT, "%,.0f", words / own));
                table.add("convert", variant, size, "peak memory (VmHWM)", memory);
                runs.add(new Run(n, cores.threads(), words / secs, peak.peakMiB()));
                Scratch.clear(out);
            }
            Scratch.clear(corpus);
        }
        return runs;
    }
}
