package org.chancery.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.chancery.corpus.Corpus;
import org.chancery.corpus.Inputs;
import org.chancery.mapping.MappingLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Load throughput of `chancery load` beside tdb2.tdbloader (Jena's bulk loading command, phased
 * by default) on the same N-Quads files: each load runs in a fresh JVM into a fresh store, whole
 * command timed as a user meets it (JVM start included), the loaders taking turns so that a busy
 * machine slows them alike. Each store is then counted: it must hold exactly the input's quads.
 */
@Command(name = "load-bench", mixinStandardHelpOptions = true,
        description = "Times `chancery load` and tdb2.tdbloader on the seeds and on generated Chancery-like N-Quads; prints a Markdown table.")
public final class LoadBench implements Callable<Integer> {
    @Option(names = "--quads", defaultValue = "1000000", description = "Size of the generated input (default: ${DEFAULT-VALUE}).")
    long quads;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed of the generated input (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--seeds", paramLabel = "DIR", description = "Documents to convert to N-Quads and time as well (e.g. ../shared/seeds).")
    Path seedDocuments;

    @Option(names = "--runs", defaultValue = "3", description = "Runs of each loader on each input (default: ${DEFAULT-VALUE}); the median is reported.")
    int runs;

    @Option(names = "--xmx", defaultValue = "2g", description = "Heap of each loading JVM (default: ${DEFAULT-VALUE}).")
    String heap;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "target/bench-load", description = "Inputs, stores and logs (default: ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--keep-store", paramLabel = "DIR",
            description = "Keep the store `chancery load` built from the generated input in the first run there (for query benchmarks).")
    Path keepStore;

    @Option(names = "--without-transaction", description = "Leave out `chancery load --loader transaction` (slow on large inputs).")
    boolean withoutTransaction;

    PrintStream out = System.out;

    /** One loader's median time on one input, for callers that put it in a table of their own. */
    public record Timing(String input, long quads, String loader, double medianSeconds) {}

    private final List<Timing> timings = new ArrayList<>();

    public List<Timing> timings() {
        return List.copyOf(timings);
    }

    /** Where the Markdown table goes (standard output unless told). */
    public LoadBench printingTo(PrintStream stream) {
        this.out = stream;
        return this;
    }

    record Input(String name, Path file, long quads) {}

    /** A loading command; {@code args} receives the store folder and the input file. */
    record Loader(String name, String mainClass, String... args) {
        List<String> command(String java, String heap, Path store, Path file) {
            List<String> c = new ArrayList<>(List.of(java, "-Xmx" + heap, "-cp", System.getProperty("java.class.path"), mainClass));
            for (String a : args) c.add(a.replace("{store}", store.toString()).replace("{file}", file.toString()));
            return c;
        }
    }

    static final List<Loader> LOADERS = List.of(
            new Loader("chancery load", "org.chancery.cli.Chancery", "load", "--store", "{store}", "{file}"),
            new Loader("chancery load --loader transaction", "org.chancery.cli.Chancery", "load", "--loader", "transaction", "--store", "{store}", "{file}"),
            new Loader("tdb2.tdbloader", "tdb2.tdbloader", "--loc", "{store}", "{file}"));

    public static void main(String[] args) {
        System.exit(new CommandLine(new LoadBench()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Files.createDirectories(work.resolve("logs"));
        List<Input> inputs = new ArrayList<>();
        if (seedDocuments != null) inputs.add(convertSeeds());
        inputs.add(generate());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        out.printf("%s, %d core(s), JVM heap %s, %d run(s) each; time is the whole command, JVM start included.%n%n",
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), heap, runs);
        out.println("| input | quads | loader | runs (s) | median (s) | quads/s |");
        out.println("|---|---:|---|---|---:|---:|");
        boolean agree = true;
        List<Loader> loaders = LOADERS.stream().filter(l -> !(withoutTransaction && l.name().contains("transaction"))).toList();
        for (Input in : inputs) {
            double[][] times = new double[loaders.size()][runs];
            long[] stored = new long[loaders.size()];
            for (int r = 0; r < runs; r++) {
                for (int l = 0; l < loaders.size(); l++) {
                    Path store = work.resolve("stores").resolve(l + "-" + in.name());
                    delete(store);
                    Files.createDirectories(store);
                    times[l][r] = time(loaders.get(l).command(java, heap, store, in.file()), work.resolve("logs").resolve(l + "-" + in.name() + "-" + r + ".log"));
                    if (r == 0) stored[l] = count(store);
                    if (r == 0 && l == 0 && keepStore != null && in.name().equals("synthetic")) {
                        delete(keepStore);
                        Files.createDirectories(keepStore.toAbsolutePath().getParent());
                        Files.move(store, keepStore);
                    }
                    delete(store);
                }
            }
            for (int l = 0; l < loaders.size(); l++) {
                double median = median(times[l]);
                StringBuilder each = new StringBuilder();
                for (double t : times[l]) each.append(each.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f", t));
                out.printf(Locale.ROOT, "| %s | %,d | %s | %s | %.2f | %,.0f |%n", in.name(), in.quads(), loaders.get(l).name(), each, median, in.quads() / median);
                timings.add(new Timing(in.name(), in.quads(), loaders.get(l).name(), median));
                if (stored[l] != in.quads()) agree = false;
            }
        }
        out.println();
        if (!agree) {
            out.println("A store does not hold the quads of its input (see the logs in " + work.resolve("logs") + ").");
            return 1;
        }
        out.println("Every store holds exactly the quads of its input.");
        return 0;
    }

    private Input generate() throws IOException {
        Path file = work.resolve("synthetic-" + quads + "-" + seed + ".nq");
        long written;
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            StreamRDF w = StreamRDFWriter.getWriterStream(os, RDFFormat.NQUADS);
            written = new SyntheticCorpus(seed, quads).emit(w);
        }
        return new Input("synthetic", file, written);
    }

    /** The seed documents, converted together as `chancery convert -f nq` would. */
    private Input convertSeeds() throws IOException {
        Inputs in = Inputs.expand(List.of(seedDocuments.toString()));
        if (!in.problems.isEmpty() || in.files.isEmpty()) throw new IOException(seedDocuments + ": no documents " + in.problems);
        Corpus.Report report = new Corpus(MappingLoader.loadDefault(), 20L << 20, Runtime.getRuntime().availableProcessors()).convert(in.files, null);
        if (!report.problems().isEmpty()) throw new IOException("seeds: " + report.problems());
        Path file = work.resolve("seeds.nq");
        long[] n = {0};
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file))) {
            StreamRDF w = StreamRDFWriter.getWriterStream(os, RDFFormat.NQUADS);
            Corpus.emit(report.documents(), new org.apache.jena.riot.system.StreamRDFWrapper(w) {
                @Override
                public void quad(org.apache.jena.sparql.core.Quad q) {
                    n[0]++;
                    super.quad(q);
                }
            });
        }
        return new Input("seeds (" + report.documents().size() + " documents)", file, n[0]);
    }

    private static double time(List<String> command, Path log) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int code = p.waitFor();
        double secs = (System.nanoTime() - t0) / 1e9;
        if (code != 0) throw new IOException(String.join(" ", command.subList(4, command.size())) + ": exit " + code + " (see " + log + ")");
        return secs;
    }

    private static long count(Path store) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(store.toString());
        try {
            return Txn.calculateRead(dsg, () -> {
                long n = 0;
                for (var it = dsg.find(); it.hasNext(); it.next()) n++;
                return n;
            });
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        java.util.Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) return;
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) Files.delete(p);
        }
    }
}
