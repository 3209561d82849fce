package org.chancery.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.NullWritable;
import org.apache.hadoop.io.Text;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.CollectionAccumulator;
import org.chancery.resolve.CorpusResolver;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import scala.Tuple2;

/**
 * {@code chancery convert} as a Spark job, in the same two passes. Pass 1 maps each document to its
 * contribution to the corpus index (names, series, rounds) and brings them to the driver in input
 * order; pass 2 broadcasts them, each executor folds them once into the frozen index (the same fold
 * as {@code chancery convert}), and maps each document to its N-Quads. As convert does, an executor
 * keeps pass 1's readings for pass 2 while they fit a share of its heap; the others are read again. The quads are those of
 * {@code chancery convert -f nq} over the same inputs, whatever the partitioning: ids and the index
 * depend on the input order only, which the driver settles.
 */
@Command(name = "spark convert", mixinStandardHelpOptions = true,
        description = "Convert documents to N-Quads with Apache Spark: one named graph per document, resolved together, "
                + "as `chancery convert -f nq` would. Writes part-r-NNNNN.nq files, _SUCCESS and _bad-inputs.txt into OUT.")
public final class SparkConvert implements Callable<Integer> {
    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT",
            description = "The output folder (any Hadoop path); it must not exist, or be empty.")
    String output;

    @Option(names = {"-i", "--input"}, paramLabel = "INPUT", description = "A file, folder or glob (any Hadoop path). Repeatable.")
    List<String> inputOptions = new ArrayList<>();

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "More inputs, as --input.")
    List<String> inputArgs = new ArrayList<>();

    @Option(names = "--master", paramLabel = "URL", description = "Spark master, e.g. local[2] (default: spark-submit's, else local[*]).")
    String master;

    @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "A Spark setting, as spark-submit's --conf. Repeatable.")
    java.util.Map<String, String> sparkConf = new java.util.LinkedHashMap<>();

    @Option(names = "--partitions", paramLabel = "N", description = "Tasks per pass (default: Spark's default parallelism).")
    int partitions;

    @Option(names = "--mappings", paramLabel = "DIR",
            description = "An extra folder of mappings (*.ttl), read after the bundled ones; it must be on every node. Repeatable.")
    List<String> mappings = new ArrayList<>();

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date of the documents, when they do not state one.")
    LocalDate date;

    @Option(names = "--max-size", paramLabel = "MiB", defaultValue = "20", description = "Largest input accepted, in MiB (default: ${DEFAULT-VALUE}).")
    long maxSizeMiB;

    private PrintWriter err = new PrintWriter(System.err, true);

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkConvert()).execute(args));
    }

    /** What a run did. */
    record Outcome(int converted, List<String> problems) {}

    @Override
    public Integer call() throws Exception {
        List<String> inputs = new ArrayList<>(inputOptions);
        inputs.addAll(inputArgs);
        if (inputs.isEmpty()) {
            err.println("chancery: no input (name files, folders or globs, or --input)");
            return 2;
        }
        SparkConf conf = new SparkConf().setAppName("chancery convert");
        sparkConf.forEach(conf::set);
        if (master != null) conf.setMaster(master);
        else if (!conf.contains("spark.master")) conf.setMaster("local[*]");
        local(conf);
        long t0 = System.nanoTime();
        Outcome o;
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            o = run(sc, inputs);
        } catch (OutputExists e) {
            err.println("chancery: " + e.getMessage());
            return 2;
        }
        o.problems().forEach(p -> err.println("chancery: " + p));
        err.printf("chancery: converted %d document(s) in %.2f s into %s%s%n", o.converted(), (System.nanoTime() - t0) / 1e9, output,
                o.problems().isEmpty() ? "" : "; " + o.problems().size() + " failed (see _bad-inputs.txt)");
        return o.problems().isEmpty() ? 0 : 1;
    }

    /** In local mode the driver listens on the loopback address only: nothing leaves the machine. */
    static SparkConf local(SparkConf conf) {
        if (conf.get("spark.master", "").startsWith("local")) {
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        return conf;
    }

    static final class OutputExists extends Exception {
        OutputExists(String message) {
            super(message);
        }
    }

    /** The job: both passes, the part files, {@code _SUCCESS} and the report of bad inputs. */
    Outcome run(JavaSparkContext sc, List<String> inputs) throws IOException, OutputExists {
        Configuration hadoop = sc.hadoopConfiguration();
        Path out = new Path(output);
        FileSystem outFs = out.getFileSystem(hadoop);
        if (outFs.exists(out)) {
            FileStatus[] inside = outFs.getFileStatus(out).isDirectory() ? outFs.listStatus(out) : null;
            if (inside == null || inside.length > 0) throw new OutputExists(output + ": already exists (name a new or empty folder)");
            outFs.delete(out, false);
        }
        DocumentList list = DocumentList.of(inputs, hadoop);
        int n = list.entries.size();
        Map<Integer, String> problems = new TreeMap<>();
        int slices = Math.max(1, partitions > 0 ? partitions : sc.defaultParallelism());
        Broadcast<List<DocumentList.Entry>> entries = sc.broadcast(list.entries);
        Broadcast<HadoopConf> conf = sc.broadcast(new HadoopConf(hadoop));
        Worker.Settings settings = new Worker.Settings(List.copyOf(mappings), maxSizeMiB * 1024 * 1024, date);
        JavaRDD<Integer> documents = sc.parallelize(IntStream.range(0, n).boxed().toList(), slices);
        long run = entries.id();
        int[] number = new int[n];
        Arrays.fill(number, -1);
        List<CorpusResolver.Contribution> index = new ArrayList<>();
        CollectionAccumulator<String> failed = sc.sc().collectionAccumulator("chancery bad inputs");
        try {
            // Pass 1: each document's contribution to the corpus index, gathered in input order.
            List<Worker.Contributed> contributed = new ArrayList<>(documents
                    .map(i -> Worker.of(settings).contribute(run, i, entries.value().get(i), conf.value().get()))
                    .collect());
            contributed.sort((a, b) -> Integer.compare(a.index(), b.index()));
            for (Worker.Contributed c : contributed) {
                if (c.problem() != null) {
                    problems.put(c.index(), c.problem());
                } else {
                    number[c.index()] = index.size();
                    index.add(c.contribution());
                }
            }

            // Pass 2: each document resolved against the frozen index, written at once.
            Broadcast<List<CorpusResolver.Contribution>> contributions = sc.broadcast(index);
            Broadcast<int[]> numbers = sc.broadcast(number);
            long job = contributions.id();
            try {
                documents.filter(i -> numbers.value()[i] >= 0)
                        .map(i -> {
                            Worker w = Worker.of(settings);
                            Worker.Written x = w.write(run, i, numbers.value()[i], entries.value().get(i), conf.value().get(),
                                    w.index(job, contributions.value()));
                            if (x.problem() != null) failed.add(i + "\t" + x.problem());
                            return x;
                        })
                        .filter(x -> x.quads() != null)
                        .mapToPair(x -> new Tuple2<>(NullWritable.get(), new Text(x.quads())))
                        .saveAsNewAPIHadoopFile(output, NullWritable.class, Text.class, NQuadsOutput.class, hadoop);
            } finally {
                Worker.forgetIndex(job);
            }
        } finally {
            Worker.forgetReadings(run);
        }
        // A task run again (a lost executor) reports its failures again: one line per input.
        for (String f : failed.value()) {
            int tab = f.indexOf('\t');
            problems.put(Integer.parseInt(f.substring(0, tab)), f.substring(tab + 1));
        }
        List<String> report = new ArrayList<>(list.problems);
        report.addAll(problems.values());
        try (OutputStream o = outFs.create(new Path(out, "_bad-inputs.txt"), true)) {
            for (String line : report) o.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return new Outcome(index.size() - (int) problems.keySet().stream().filter(i -> number[i] >= 0).count(), report);
    }
}
