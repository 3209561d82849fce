package org.chancery.spark;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.chancery.corpus.Corpus;
import org.chancery.extract.DocumentReading;
import org.chancery.mapping.MappingLoader;
import org.chancery.mapping.Mappings;
import org.chancery.resolve.CorpusResolver;

/**
 * What a Spark task does with one document, through the cli's own classes: read and extract it
 * ({@link Corpus#read}), give its contribution to the corpus index, and, against the frozen index,
 * resolve it and write its N-Quads. One per JVM and job: the mappings are loaded once, and the index
 * is folded once from the broadcast contributions.
 */
final class Worker {
    /** What every task needs to read documents as the driver was told to. */
    record Settings(List<String> mappingFolders, long maxBytes, LocalDate date) implements Serializable {}

    /** One input's pass-1 outcome: its contribution, or why it failed. */
    record Contributed(int index, CorpusResolver.Contribution contribution, String problem) implements Serializable {}

    /** One input's pass-2 outcome: its N-Quads, or why it failed. */
    record Written(int index, String quads, String problem) implements Serializable {}

    private static final ConcurrentHashMap<Settings, Worker> READERS = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<Long, CorpusResolver> INDEXES = new ConcurrentHashMap<>();

    /** Readings kept from pass 1 for pass 2 in this JVM, per run and input, while they fit a share of the heap (as convert keeps them). */
    private static final ConcurrentHashMap<Long, Kept> KEPT = new ConcurrentHashMap<>();

    private record Kept(org.chancery.corpus.ReadingBudget budget, ConcurrentHashMap<Integer, DocumentReading> readings) {}

    private final Mappings mappings;
    private final Corpus corpus;
    private final Settings settings;

    private Worker(Settings s) {
        this.settings = s;
        this.mappings = MappingLoader.load(s.mappingFolders().stream().map(Path::of).toList());
        this.corpus = new Corpus(mappings, s.maxBytes(), 1);
    }

    static Worker of(Settings s) {
        return READERS.computeIfAbsent(s, Worker::new);
    }

    DocumentReading read(DocumentList.Entry e, Configuration conf) throws Exception {
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(e.path());
        FileSystem fs = p.getFileSystem(conf);
        try (InputStream in = fs.open(p)) {
            return corpus.read(in, e.path(), e.id(), settings.date());
        } catch (java.io.FileNotFoundException missing) {
            throw new org.chancery.document.BadInputException(e.path() + ": no such file");
        }
    }

    Contributed contribute(long run, int index, DocumentList.Entry e, Configuration conf) {
        try {
            DocumentReading r = read(e, conf);
            Kept k = KEPT.computeIfAbsent(run, x -> new Kept(org.chancery.corpus.ReadingBudget.ofHeap(), new ConcurrentHashMap<>()));
            if (k.budget().keep(r.document.text().length())) k.readings().put(index, r);
            return new Contributed(index, CorpusResolver.contribution(r), null);
        } catch (Exception | StackOverflowError x) {
            return new Contributed(index, null, Corpus.problem(e.path(), x));
        }
    }

    /** The frozen index of one job, folded in input order from its contributions, once per JVM. */
    CorpusResolver index(long job, List<CorpusResolver.Contribution> contributions) {
        return INDEXES.computeIfAbsent(job, j -> {
            CorpusResolver r = new CorpusResolver(mappings);
            for (CorpusResolver.Contribution c : contributions) r.add(c);
            r.freeze();
            return r;
        });
    }

    /** Forgets a finished job's index (the driver's JVM runs tasks too in local mode). */
    static void forgetIndex(long job) {
        INDEXES.remove(job);
    }

    /** Forgets a finished run's kept readings. */
    static void forgetReadings(long run) {
        KEPT.remove(run);
    }

    Written write(long run, int index, int number, DocumentList.Entry e, Configuration conf, CorpusResolver resolver) {
        try {
            // Kept if pass 1 ran this input in this JVM and it fitted; else read again (it reads the same).
            Kept k = KEPT.get(run);
            DocumentReading r = k == null ? null : k.readings().remove(index);
            if (r == null) r = read(e, conf);
            DatasetGraph one = DatasetGraphFactory.create();
            Corpus.emit(List.of(resolver.resolve(number, r)), StreamRDFLib.dataset(one));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, one, RDFFormat.NQUADS);
            return new Written(index, out.toString(StandardCharsets.UTF_8), null);
        } catch (Exception | StackOverflowError x) {
            return new Written(index, null, Corpus.problem(e.path(), x));
        }
    }
}
