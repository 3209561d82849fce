package org.chancery.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.DatabaseOps;
import org.apache.jena.tdb2.sys.StoreConnection;
import org.chancery.store.Store.StoreException;

/**
 * A load through TDB2's phased bulk loader (the quickest on two cores) that is all or nothing.
 * That loader commits its node table and each index separately, in threads of their own, so a
 * failure half way leaves a store Jena calls "in a strange state". It therefore never writes the
 * live store: it builds the store's next storage generation beside it, in {@code Data-NNNN-tmp}
 * (the name TDB2's own compaction uses, and deletes on opening if a crash left one), from the
 * input plus what is stored less the graphs being replaced; checks that the indexes agree; and
 * the store switches to it by one rename. Until that rename the store is exactly as it was.
 * The price: a bulk load rewrites what is stored, so it pays only for an input larger than that.
 */
final class BulkLoad {
    /** Disk a quad takes in TDB2, with room to spare (a million Chancery quads take 370 MB). */
    private static final long BYTES_PER_QUAD = 500;
    private static final MonitorOutput QUIET = (format, args) -> {};

    private BulkLoad() {}

    /** A generation built and checked, not yet the store's. */
    record Result(Path dir, Path built, Path next, Path current, int graphs, long quads) {
        /** Makes the built generation the store's; the store must be closed. */
        void switchIn() {
            try {
                Files.move(built, next, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                deleteQuietly(built);
                throw new StoreException(dir + ": cannot switch to the loaded data (" + e.getMessage() + "); the store is unchanged", e);
            }
            syncDirectory(dir);
            // The old generation is no longer read; a failure to delete it only wastes space.
            deleteQuietly(current);
        }
    }

    static Result run(Path dir, DatasetGraph live, Set<Node> replaced, long inputQuads, Consumer<StreamRDF> writer, Consumer<Quad> stored) {
        Path current = DatabaseOps.findStorageLocation(dir);
        if (current == null) throw new StoreException(dir + ": not a TDB2 store");
        String name = current.getFileName().toString();
        int generation = Integer.parseInt(name.substring(name.lastIndexOf('-') + 1));
        Path next = current.resolveSibling(String.format("%s-%04d", DatabaseOps.dbNameBase, generation + 1));
        Path built = current.resolveSibling(next.getFileName() + "-tmp");
        checkSpace(dir, current, inputQuads);
        deleteQuietly(built);
        Location location;
        try {
            Files.createDirectory(built);
            copyConfiguration(current, built);
            location = Location.create(built);
        } catch (IOException e) {
            deleteQuietly(built);
            throw new StoreException(dir + ": cannot prepare a bulk load (" + e.getMessage() + "); the store is unchanged", e);
        }
        boolean done = false;
        try {
            DatasetGraphTDB target = StoreConnection.connectCreate(location).getDatasetGraphTDB();
            DataLoader loader = LoaderFactory.phasedLoader(target, QUIET);
            Set<Node> written = new HashSet<>(replaced);
            long[] quads = {0};
            StreamRDF input = new StreamRDFWrapper(loader.stream()) {
                /** The graph of the quad before: a document's quads come together, so most quads need no look-up. */
                private Node last;

                @Override
                public void quad(Quad q) {
                    Node g = q.getGraph();
                    if (g != last && !q.isDefaultGraph()) {
                        written.add(g);
                        last = g;
                    }
                    quads[0]++;
                    stored.accept(q);
                    super.quad(q);
                }
            };
            Phases.mark("prepare generation");
            loader.startBulk();
            try {
                writer.accept(input);
                Phases.mark("parse + load input");
                keep(live, written, loader.stream(), stored);
                Phases.mark("copy live generation");
            } catch (RuntimeException | Error e) {
                // Let the loader's threads run out rather than wait forever; what they built is deleted below.
                try {
                    loader.finishBulk();
                } catch (RuntimeException e2) {
                    e.addSuppressed(e2);
                }
                throw e;
            }
            loader.finishBulk();
            Phases.mark("finish bulk (indexes)");
            verify(dir, target);
            Phases.mark("verify indexes");
            done = true;
            return new Result(dir, built, next, current, written.size(), quads[0]);
        } finally {
            StoreConnection.internalExpel(location, true);
            if (!done) deleteQuietly(built);
        }
    }

    /** Copies what is stored, but for the graphs the input replaces, into the new generation. */
    private static void keep(DatasetGraph live, Set<Node> replaced, StreamRDF out, Consumer<Quad> stored) {
        live.begin(ReadWrite.READ);
        try {
            live.prefixes().forEach(out::prefix);
            live.find().forEachRemaining(q -> {
                if (q.isDefaultGraph() || !replaced.contains(q.getGraph())) {
                    stored.accept(q);
                    out.quad(q);
                }
            });
        } finally {
            live.end();
        }
    }

    /**
     * The phased loader's index threads log a failure (a full disk, an I/O error), abort their own
     * index and carry on; the indexes of a table then disagree in size. Such a generation is refused.
     */
    private static void verify(Path dir, DatasetGraphTDB target) {
        Txn.executeRead(target, () -> {
            agree(dir, target.getTripleTable().getNodeTupleTable().getTupleTable().getIndexes());
            agree(dir, target.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes());
        });
    }

    private static void agree(Path dir, TupleIndex[] indexes) {
        long first = indexes[0].size();
        for (TupleIndex index : indexes) {
            long size = index.size();
            if (size != first) {
                throw new StoreException(dir + ": the bulk loader failed (index " + index.getName() + " holds " + size + " entries, "
                        + indexes[0].getName() + " " + first + "; see the errors above); the store is unchanged");
            }
        }
    }

    /** Refuses a load that would fill the disk: a full disk half way is the case the loader handles worst. */
    private static void checkSpace(Path dir, Path current, long inputQuads) {
        try {
            long needed = size(current) + inputQuads * BYTES_PER_QUAD;
            long free = Files.getFileStore(current).getUsableSpace();
            if (free < needed) {
                throw new StoreException(String.format("%s: not enough disk space for a bulk load (about %,d MB needed, %,d MB free); "
                        + "nothing was loaded. Free some space, or load with --loader transaction.", dir, needed >> 20, free >> 20));
            }
        } catch (IOException e) {
            throw new StoreException(dir + ": cannot tell the free disk space (" + e.getMessage() + "); nothing was loaded", e);
        }
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    /** The store's settings files (as TDB2's compaction copies them): the new generation keeps them. */
    private static void copyConfiguration(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String n = f.getFileName().toString();
                if (n.equals("tdb.cfg") || n.endsWith(".opt")) Files.copy(f, to.resolve(n));
            }
        }
    }

    /** Makes the rename durable where the platform allows it. */
    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not every platform can sync a directory; the rename is still atomic.
        }
    }

    static void deleteQuietly(Path folder) {
        if (!Files.exists(folder)) return;
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // Left for TDB2 to clear on the next opening (a "-tmp" folder) or as wasted space.
        }
    }
}
