package org.chancery.bench.suite;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.chancery.bench.LoadBench;
import org.chancery.bench.convert.ColdConvertBench;
import org.chancery.bench.convert.ConvertBench;
import org.chancery.bench.corpus.Cast;
import org.chancery.bench.corpus.CorpusGenerator;
import org.chancery.bench.extract.ExtractionBench;
import org.chancery.bench.query.QueryLatency;
import org.chancery.bench.query.ServeThroughput;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The benchmark suite: cold small batches (20 and 300 documents, the whole command on one core),
 * convert (words/s on one and two cores, peak memory), the extraction stages
 * (JMH), load (beside tdb2.tdbloader) and the canned queries (latency in process, requests/s over
 * HTTP), printed as one Markdown table with the machine and the targets.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Runs Chancery's benchmarks and prints a Markdown table (see bench/README.md).")
public final class BenchSuite implements Callable<Integer> {
    @Option(names = "--size", defaultValue = "small", description = "quick, small or full (default: ${DEFAULT-VALUE}).")
    String size;

    @Option(names = "--parts", split = ",", defaultValue = "cold,convert,extract,load,query,pages",
            description = "Which benchmarks to run (default: ${DEFAULT-VALUE}).")
    Set<String> parts;

    @Option(names = "--docs", split = ",", description = "Documents per convert run, instead of the size's (e.g. 1000,10000).")
    List<Integer> docs;

    @Option(names = "--quads", split = ",", description = "Quads per load input, instead of the size's; the last is the store the queries run on.")
    List<Long> quads;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the generated corpora (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--convert-heap", defaultValue = "1g", description = "Heap of each `chancery convert` (default: ${DEFAULT-VALUE}).")
    String convertHeap;

    @Option(names = "--convert-timeout", defaultValue = "120", description = "Minutes after which a conversion is stopped (default: ${DEFAULT-VALUE}).")
    long convertTimeout;

    @Option(names = "--convert-threads", split = ",", defaultValue = "1,2", description = "Convert on 1 core, on 2, or both (default: ${DEFAULT-VALUE}).")
    List<Integer> convertThreads;

    @Option(names = "--clients", defaultValue = "8", description = "Concurrent HTTP clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--home", paramLabel = "DIR", description = "The Chancery checkout (default: the folder above that holds mappings/).")
    Path home;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "target/bench", description = "Corpora, stores and logs (default: ${DEFAULT-VALUE}).")
    Path work;

    PrintStream out = System.out;
    PrintStream progress = System.err;

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchSuite()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Size s = Size.valueOf(size.toUpperCase(Locale.ROOT));
        List<Integer> documents = docs != null ? docs : s.documents;
        List<Long> loadSizes = quads != null ? quads : s.quads;
        Path root = home != null ? home : Cast.findMappings(Path.of("")).getParent();
        Files.createDirectories(work.resolve("logs"));
        ChildJava java = new ChildJava(root);
        ResultTable table = new ResultTable();
        Targets targets = new Targets();
        targets.convertHeap = convertHeap;
        Instant started = Instant.now();
        long[] lap = {System.nanoTime()};
        Runnable done = () -> {
            progress.printf(Locale.ROOT, "bench:   done in %.0f s%n", (System.nanoTime() - lap[0]) / 1e9);
            lap[0] = System.nanoTime();
        };

        if (parts.contains("cold")) {
            List<Integer> sizes = s == Size.QUICK ? List.of(20) : List.of(20, 300);
            progress.println("bench: cold small batches " + sizes + " documents, whole command …");
            CorpusGenerator generator = new CorpusGenerator(Cast.read(root.resolve("mappings")), seed);
            new ColdConvertBench(root, generator, work.resolve("cold"), s == Size.QUICK ? 1 : 5).run(sizes, table);
            done.run();
        }
        if (parts.contains("convert")) {
            progress.println("bench: convert " + documents + " documents …");
            CorpusGenerator generator = new CorpusGenerator(Cast.read(root.resolve("mappings")), seed);
            targets.convert = new ConvertBench(java, generator, work.resolve("convert"), convertHeap, convertTimeout).run(documents, convertThreads, table);
            done.run();
        }
        if (parts.contains("extract")) {
            progress.println("bench: extraction stages (JMH) …");
            new ExtractionBench(root, work.resolve("logs").resolve("jmh.log"), s == Size.QUICK).run(table);
            done.run();
        }
        Path queryStore = work.resolve("query-store");
        Path queryStoreQuads = work.resolve("query-store.quads");
        if (parts.contains("load")) {
            List<LoadBench.Timing> timings = new ArrayList<>();
            for (int i = 0; i < loadSizes.size(); i++) {
                long q = loadSizes.get(i);
                progress.println("bench: load " + q + " quads …");
                ByteArrayOutputStream loadTable = new ByteArrayOutputStream();
                LoadBench bench = new LoadBench().printingTo(new PrintStream(loadTable, true, StandardCharsets.UTF_8));
                List<String> args = new ArrayList<>(List.of("--quads", Long.toString(q), "--runs", Integer.toString(s.loadRuns), "--seed", Long.toString(seed),
                        "--without-transaction", "--work", work.resolve("load").toString()));
                boolean last = i == loadSizes.size() - 1;
                if (last) args.addAll(List.of("--keep-store", queryStore.toString()));
                int code = new CommandLine(bench).execute(args.toArray(String[]::new));
                Files.writeString(work.resolve("logs").resolve("load-" + q + ".md"), loadTable.toString(StandardCharsets.UTF_8));
                if (code != 0) throw new IllegalStateException("load bench failed: " + loadTable.toString(StandardCharsets.UTF_8));
                for (LoadBench.Timing t : bench.timings()) {
                    timings.add(t);
                    table.add("load", t.loader(), String.format(Locale.ROOT, "%,d quads", t.quads()), "median s (quads/s)",
                            String.format(Locale.ROOT, "%.2f (%,.0f)", t.medianSeconds(), t.quads() / t.medianSeconds()));
                    if (last) Files.writeString(queryStoreQuads, Long.toString(t.quads()));
                }
                Scratch.clear(work.resolve("load"));
            }
            targets.load = timings;
            done.run();
        }
        if (parts.contains("query")) {
            if (!Files.isDirectory(queryStore) || !Files.exists(queryStoreQuads)) {
                throw new IllegalStateException(queryStore + ": no store to query; run the load part first (--parts load,query)");
            }
            long storeQuads = Long.parseLong(Files.readString(queryStoreQuads).strip());
            String storeSize = String.format(Locale.ROOT, "%,d quads", storeQuads);
            progress.println("bench: canned queries on " + storeSize + " …");
            List<QueryLatency.Latency> latencies = new QueryLatency(progress).run(queryStore, s.queryRuns, s.queryBudgetSeconds);
            for (QueryLatency.Latency l : latencies) {
                table.add("query, warm, in process", l.form().label(), storeSize, "median / p95 ms (runs, rows)",
                        String.format(Locale.ROOT, "%.1f / %.1f (%d%s, %,d)", l.medianMs(), l.p95Ms(), l.runs(), l.warm() ? "" : " cold", l.rows()));
            }
            targets.queries = latencies;
            targets.queryStoreQuads = storeQuads;
            done.run();
            List<QueryLatency.Latency> byCost = latencies.stream().sorted(Comparator.comparingDouble(QueryLatency.Latency::medianMs)).toList();
            progress.println("bench: " + clients + " HTTP clients against chancery serve …");
            try (ServeThroughput serve = new ServeThroughput(java, queryStore, work.resolve("logs").resolve("serve.log"), "2g")) {
                for (QueryLatency.Latency l : List.of(byCost.get(0), byCost.get(byCost.size() - 1))) {
                    ServeThroughput.Throughput t = serve.measure(l.form(), clients, s.throughputSeconds);
                    String which = l == byCost.get(0) ? "cheapest: " : "dearest: ";
                    table.add("query over HTTP, " + clients + " clients", which + l.form().label(), storeSize + String.format(Locale.ROOT, ", %.0f s", t.seconds()),
                            "requests/s (median ms, failures)", Double.isNaN(t.medianMs())
                                    ? String.format(Locale.ROOT, "%,.1f (none finished in time, %d)", t.requestsPerSecond(), t.failures())
                                    : String.format(Locale.ROOT, "%,.1f (%.1f, %d)", t.requestsPerSecond(), t.medianMs(), t.failures()));
                }
            }
            done.run();
        }

        if (parts.contains("pages")) {
            if (!Files.isDirectory(queryStore) || !Files.exists(queryStoreQuads)) {
                throw new IllegalStateException(queryStore + ": no store for the pages; run the load part first (--parts load,pages)");
            }
            String storeSize = String.format(Locale.ROOT, "%,d quads", Long.parseLong(Files.readString(queryStoreQuads).strip()));
            progress.println("bench: explorer pages on " + storeSize + " …");
            for (org.chancery.bench.pages.PageLatency.Latency l : new org.chancery.bench.pages.PageLatency(java, progress)
                    .run(queryStore, work.resolve("logs").resolve("serve-pages.log"), s.queryRuns, s.queryBudgetSeconds)) {
                table.add("explorer page, 1 client", l.page(), storeSize, "first request ms, then median / p95 ms (runs, HTTP status, bytes)",
                        String.format(Locale.ROOT, "%.1f first, then %.1f / %.1f (%d, %d, %,d)", l.firstMs(), l.medianMs(), l.p95Ms(), l.runs(), l.status(), l.bytes()));
            }
            done.run();
        }

        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "Chancery benchmarks, size %s, %s (%.0f min).%n%n", s.name().toLowerCase(Locale.ROOT), started,
                (Instant.now().toEpochMilli() - started.toEpochMilli()) / 60000.0));
        report.append(Machine.here().markdown()).append("\n\n");
        report.append(table.markdown()).append('\n');
        report.append(targets.markdown());
        out.print(report);
        out.flush();
        Files.writeString(work.resolve("last-run.md"), report);
        return 0;
    }
}
