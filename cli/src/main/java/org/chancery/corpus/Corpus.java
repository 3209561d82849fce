package org.chancery.corpus;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import org.chancery.text.Folding;

/**
 * Converts a batch of documents: each is read and extracted on its own (in parallel), then the
 * batch is resolved together (one IRI per entity and event) and emitted into a StreamRDF. A bad
 * input is reported by name and left out; the others go on.
 */
public final class Corpus {
    private final Mappings mappings;
    private final Pipeline pipeline;
    private final DocumentReader reader;
    private final int threads;

    public Corpus(Mappings mappings, long maxBytes, int threads) {
        this.mappings = mappings;
        this.pipeline = new Pipeline(mappings);
        this.reader = new DocumentReader(new Boilerplate(boilerplate(mappings)), maxBytes);
        this.threads = Math.max(1, threads);
    }

    /** What a conversion did. */
    public record Report(List<ResolvedDocument> documents, List<String> problems, long words) {}

    public Report convert(List<Path> files, LocalDate date) {
        return convert(files, date, null);
    }

    public Report convert(List<Path> files, LocalDate date, java.io.InputStream stdin) {
        return convert(files, date, stdin, List.of());
    }

    /** As above, resolving people against those a store already holds (so a load reuses their IRIs). */
    public Report convert(List<Path> files, LocalDate date, java.io.InputStream stdin, List<PersonClusters.KnownPerson> knownPeople) {
        List<String> problems = new ArrayList<>();
        List<DocumentReading> readings = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<DocumentReading>> futures = new ArrayList<>();
            java.util.Map<String, Integer> ids = new java.util.HashMap<>();
            for (Path p : files) {
                // Two inputs with the same file name in different folders must not share a graph.
                String base = DocumentReader.slug(p.toString().equals("-") ? "stdin" : p.toString());
                int n = ids.merge(base, 1, Integer::sum);
                String id = n == 1 ? base : base + "-" + n;
                futures.add(pool.submit(() -> {
                    Document d = p.toString().equals("-") ? reader.read(stdin, "stdin", date) : reader.read(p, date);
                    return pipeline.read(d.withId(id));
                }));
            }
            for (int i = 0; i < futures.size(); i++) {
                try {
                    readings.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    problems.add(c instanceof BadInputException ? c.getMessage() : files.get(i) + ": cannot convert (" + c + ")");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    problems.add(files.get(i) + ": interrupted");
                }
            }
        } finally {
            pool.shutdownNow();
        }
                List<ResolvedDocument> resolved = new CorpusResolver(mappings, knownPeople).resolve(readings);
        long words = readings.stream().mapToLong(r -> r.document.wordCount()).sum();
        return new Report(resolved, problems, words);
    }

    public static void emit(List<ResolvedDocument> docs, StreamRDF out) {
        GraphEmitter emitter = new GraphEmitter(out);
        out.start();
        for (ResolvedDocument d : docs) emitter.emit(d);
        out.finish();
    }

    private static Set<String> boilerplate(Mappings m) {
        Set<String> lines = new java.util.HashSet<>();
        m.boilerplateLines().forEach(l -> lines.add(Folding.fold(l).replaceAll("[\\s:]+$", "").strip()));
        return lines;
    }
}
