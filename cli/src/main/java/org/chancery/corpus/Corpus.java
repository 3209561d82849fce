package org.chancery.corpus;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.apache.jena.riot.system.StreamRDF;
import org.chancery.document.BadInputException;
import org.chancery.document.Boilerplate;
import org.chancery.document.Document;
import org.chancery.document.DocumentReader;
import org.chancery.extract.DocumentReading;
import org.chancery.extract.Pipeline;
import org.chancery.graph.GraphEmitter;
import org.chancery.graph.ResolvedDocument;
import org.chancery.mapping.Mappings;
import org.chancery.resolve.CorpusResolver;
import org.chancery.resolve.PersonClusters;
import org.chancery.store.Store;
import org.chancery.text.Folding;

/**
 * Converts a batch of documents so that they are resolved together (one IRI per entity and event)
 * without holding the batch. Pass 1 reads and extracts the documents in parallel and notes in the
 * {@link CorpusResolver} what other documents need of each (names, series, rounds), then drops the
 * reading. Pass 2 reads each document again in parallel, resolves it against the frozen index and
 * hands its graph to the caller at once. Readings are kept between the passes, instead of being read
 * again, while they fit a share of the heap ({@link ReadingBudget}): a small batch is read once.
 * A bad input is reported by name and left out; the others go on.
 */
public final class Corpus {
    private final Mappings mappings;
    private final Pipeline pipeline;
    private final DocumentReader reader;
    private final int threads;
    /** Bytes of readings kept between the passes; negative: a share of the heap. */
    private final long keep;
    private Progress progress = Progress.NONE;

    public Corpus(Mappings mappings, long maxBytes, int threads) {
        this(mappings, new DocumentReader(boilerplate(mappings),
                new org.chancery.document.Datelines(mappings.patterns("DatelinePattern")), maxBytes), threads, -1);
    }

    private Corpus(Mappings mappings, DocumentReader reader, int threads, long keep) {
        this.mappings = mappings;
        this.pipeline = new Pipeline(mappings);
        this.reader = reader;
        this.threads = Math.max(1, threads);
        this.keep = keep;
    }

    /** The same conversion keeping at most this many bytes of readings between the passes (0: every document is read twice). */
    public Corpus keepingReadings(long bytes) {
        return new Corpus(mappings, reader, threads, bytes).reporting(progress);
    }

    /** The same conversion telling {@code p} of each document done. */
    public Corpus reporting(Progress p) {
        this.progress = p == null ? Progress.NONE : p;
        return this;
    }

    /** What a conversion did: the documents (when collected), the inputs that failed, the words converted. */
    public record Report(List<ResolvedDocument> documents, List<String> problems, long words, int converted) {}

    /** When the caller gets each document's graph. */
    public enum Delivery {
        /** In input order, on the calling thread: for one output stream. */
        IN_ORDER,
        /** As soon as it is resolved, on a worker thread (the consumer must be thread-safe): for one file per document. */
        AS_READY
    }

    public Report convert(List<Path> files, LocalDate date) {
        return convert(files, date, null);
    }

    public Report convert(List<Path> files, LocalDate date, InputStream stdin) {
        return convert(files, date, stdin, List.of());
    }

    /** As above, resolving people against those a store already holds (so a load reuses their IRIs). Collects every graph. */
    public Report convert(List<Path> files, LocalDate date, InputStream stdin, List<Store.StoredOfficial> knownPeople) {
        List<ResolvedDocument> docs = new ArrayList<>();
        Report r = convert(files, date, stdin, knownPeople, Delivery.IN_ORDER, docs::add);
        return new Report(docs, r.problems(), r.words(), r.converted());
    }

    /** Converts and hands each document's graph to {@code sink} without keeping it; {@link Report#documents()} is empty. */
    public Report convert(List<Path> files, LocalDate date, InputStream stdin, List<Store.StoredOfficial> knownPeople,
                          Delivery delivery, Consumer<ResolvedDocument> sink) {
        int n = files.size();
        List<String> ids = ids(files);
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        CorpusResolver resolver = new CorpusResolver(mappings, knownPeople(knownPeople));
        int[] number = new int[n];
        DocumentReading[] kept = new DocumentReading[n];
        ReadingBudget budget = keep < 0 ? ReadingBudget.ofHeap() : new ReadingBudget(keep);
        long words = 0;
        int converted = 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            // Pass 1: what the corpus needs of each document, noted in input order.
            InOrder<DocumentReading> readings = new InOrder<>(pool, 4 * threads, n, i -> () -> read(files.get(i), ids.get(i), date, stdin));
            for (int i = 0; i < n; i++) {
                number[i] = -1;
                InOrder.Outcome<DocumentReading> o = readings.next();
                if (o.failure() != null) {
                    problems.add(problem(files.get(i), o.failure()));
                    progress.document(1, i + 1, n, 0);
                    continue;
                }
                DocumentReading r = o.value();
                number[i] = resolver.add(r);
                // Standard input cannot be read twice.
                if (isStdin(files.get(i)) || budget.keep(r.document.text().length())) kept[i] = r;
                progress.document(1, i + 1, n, 0);
            }
            resolver.freeze();
            // Pass 2: each document resolved against the frozen index and handed over at once.
            InOrder<ResolvedDocument> resolved = new InOrder<>(pool, 4 * threads, n, i -> () -> {
                if (number[i] < 0) return null;
                DocumentReading r = kept[i] != null ? kept[i] : read(files.get(i), ids.get(i), date, stdin);
                kept[i] = null;
                ResolvedDocument d = resolver.resolve(number[i], r);
                if (delivery == Delivery.AS_READY) sink.accept(d);
                return d;
            });
            for (int i = 0; i < n; i++) {
                InOrder.Outcome<ResolvedDocument> o = resolved.next();
                if (o.failure() != null) {
                    problems.add(problem(files.get(i), o.failure()));
                } else if (o.value() != null) {
                    if (delivery == Delivery.IN_ORDER) sink.accept(o.value());
                    words += o.value().document.wordCount();
                    converted++;
                }
                progress.document(2, i + 1, n, words);
            }
        } finally {
            pool.shutdownNow();
        }
        return new Report(List.of(), List.copyOf(problems), words, converted);
    }

    /**
     * One document read from a stream and extracted, as a conversion reads it: for a caller that
     * opens files itself (a Spark task on HDFS or S3). {@code path} names it in messages; its last
     * segment is the file name dcterms:source gives.
     */
    public DocumentReading read(InputStream in, String path, String id, LocalDate date) throws BadInputException {
        String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
        return pipeline.read(reader.read(in, name, path, date).withId(id));
    }

    private DocumentReading read(Path p, String id, LocalDate date, InputStream stdin) throws BadInputException {
        Document d = isStdin(p) ? reader.read(stdin, "stdin", date) : reader.read(p, date);
        return pipeline.read(d.withId(id));
    }

    /** The store's officials as the resolver meets them: known people whose IRIs a load reuses. */
    static List<PersonClusters.KnownPerson> knownPeople(List<Store.StoredOfficial> stored) {
        List<PersonClusters.KnownPerson> out = new ArrayList<>(stored.size());
        for (Store.StoredOfficial o : stored) out.add(new PersonClusters.KnownPerson(o.iri(), o.label(), o.names()));
        return out;
    }

    private static boolean isStdin(Path p) {
        return p.toString().equals("-");
    }

    /** The line that reports an input which failed. */
    public static String problem(Object file, Throwable failure) {
        return failure instanceof BadInputException ? failure.getMessage() : file + ": cannot convert (" + failure + ")";
    }

    private static List<String> ids(List<Path> files) {
        List<String> names = new ArrayList<>(files.size());
        for (Path p : files) names.add(p.toString());
        return ids(names);
    }

    /** Each input's document id, in input order: two inputs with the same file name in different folders must not share a graph. */
    public static List<String> ids(Iterable<String> files) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> ids = new ArrayList<>();
        for (String p : files) {
            String base = DocumentReader.slug(p.equals("-") ? "stdin" : p);
            int k = seen.merge(base, 1, Integer::sum);
            ids.add(k == 1 ? base : base + "-" + k);
        }
        return ids;
    }

    public static void emit(List<ResolvedDocument> docs, StreamRDF out) {
        GraphEmitter emitter = new GraphEmitter(out);
        out.start();
        for (ResolvedDocument d : docs) emitter.emit(d);
        out.finish();
    }

    /** The page furniture the mappings describe: whole lines, prompts that start a short line, notices. */
    public static Boilerplate boilerplate(Mappings m) {
        Set<String> lines = new java.util.HashSet<>();
        m.boilerplateLines().forEach(l -> lines.add(Folding.fold(l).replaceAll("[\\s:]+$", "").strip()));
        return new Boilerplate(lines, m.words("FurniturePrompt"), m.words("FurnitureNotice"));
    }
}
