package org.chancery.cli;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.chancery.graph.GraphEmitter;
import java.util.function.Consumer;
import org.chancery.graph.ResolvedDocument;

/** Writing a conversion: formats, prefixes, and files that appear whole or not at all. */
final class Output {
    static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("dip", "https://w3id.org/chancery/ontology#")
            .setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
            .setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
            .setNsPrefix("owl", "http://www.w3.org/2002/07/owl#")
            .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
            .setNsPrefix("prov", "http://www.w3.org/ns/prov#")
            .setNsPrefix("dcterms", "http://purl.org/dc/terms/")
            .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#")
            .setNsPrefix("wd", "http://www.wikidata.org/entity/")
            .lock();

    private Output() {}

    static RDFFormat format(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "ttl", "turtle" -> RDFFormat.TURTLE_PRETTY;
            case "trig" -> RDFFormat.TRIG_PRETTY;
            case "nq", "nquads", "n-quads" -> RDFFormat.NQUADS;
            case "jsonld", "json-ld" -> RDFFormat.JSONLD11;
            case "rdfxml", "rdf/xml", "xml" -> RDFFormat.RDFXML_PRETTY;
            default -> throw new IllegalArgumentException("unknown format '" + name + "' (use ttl, trig, nq, jsonld or rdfxml)");
        };
    }

    static String extension(RDFFormat f) {
        Lang l = f.getLang();
        return l.getFileExtensions().get(0);
    }

    static boolean isQuads(RDFFormat f) {
        return f.getLang().equals(Lang.TRIG) || f.getLang().equals(Lang.NQUADS);
    }

    /**
     * Above this many statements, Turtle and TriG are written as blocks (one subject's statements
     * together, predicates grouped) rather than pretty-printed: Jena's pretty writer spends about a
     * third of a 300-document conversion grouping and aligning, and a file that large is read by
     * programs more than by people. The same graph either way. {@code -Dchancery.prettyLimit=N} to change.
     */
    static final long PRETTY_LIMIT = Long.getLong("chancery.prettyLimit", 50_000L);

    /**
     * For a folder output, one file per document: a batch that would hold more than the limit in
     * one file is written as blocks too (a document makes about a thousand statements; such a batch
     * is for loading, and pretty-printing was then a third of the conversion's time).
     */
    static long prettyLimitPerFile(int documents) {
        return (long) documents * 1_000 > PRETTY_LIMIT ? 0 : PRETTY_LIMIT;
    }

    /** All the documents' graphs: named graphs for TriG and N-Quads, their union for triple formats. */
    static void write(List<ResolvedDocument> docs, RDFFormat f, OutputStream out) {
        write(docs, f, out, PRETTY_LIMIT);
    }

    static void write(List<ResolvedDocument> docs, RDFFormat f, OutputStream out, long prettyLimit) {
        Gathered g = new Gathered(f, prettyLimit);
        docs.forEach(g);
        g.write(out);
    }

    /**
     * Graphs gathered for one output, as they come. A plain in-memory dataset or graph, not a
     * transactional one: nothing reads it while it is written, and it is written once.
     */
    static final class Gathered implements Consumer<ResolvedDocument> {
        private final RDFFormat format;
        private final DatasetGraph dataset;
        private final Graph union;
        private final GraphEmitter emitter;
        private final long prettyLimit;
        private String onlyDocument;
        private int documents;

        Gathered(RDFFormat format) {
            this(format, PRETTY_LIMIT);
        }

        Gathered(RDFFormat format, long prettyLimit) {
            this.format = format;
            this.prettyLimit = prettyLimit;
            StreamRDF sink;
            if (isQuads(format)) {
                dataset = DatasetGraphFactory.create();
                union = null;
                sink = StreamRDFLib.dataset(dataset);
            } else {
                dataset = null;
                union = GraphFactory.createDefaultGraph();
                sink = new StreamRDFBase() {
                    @Override
                    public void quad(Quad q) {
                        union.add(q.asTriple());
                    }
                };
            }
            emitter = new GraphEmitter(sink);
        }

        @Override
        public synchronized void accept(ResolvedDocument d) {
            emitter.emit(d);
            if (documents++ == 0) onlyDocument = d.iri.getURI();
        }

        synchronized void write(OutputStream out) {
            PrefixMapping p = prefixes(documents == 1 ? onlyDocument : null);
            RDFFormat blocks = format == RDFFormat.TURTLE_PRETTY ? RDFFormat.TURTLE_BLOCKS
                    : format == RDFFormat.TRIG_PRETTY ? RDFFormat.TRIG_BLOCKS : null;
            long size = dataset != null ? dataset.stream().count() : union.size();
            if (blocks != null && size > prettyLimit) {
                writeBlocks(out, p, blocks);
            } else if (dataset != null) {
                dataset.prefixes().putAll(p);
                RDFDataMgr.write(out, dataset, format);
            } else {
                union.getPrefixMapping().setNsPrefixes(p);
                RDFDataMgr.write(out, union, format);
            }
        }

        /**
         * Streams each graph subject by subject, a subject's statements sorted by predicate, so
         * the blocks writer groups them as the pretty writer would (without nesting or alignment).
         */
        private void writeBlocks(OutputStream out, PrefixMapping p, RDFFormat blocks) {
            // The blocks writer flushes after every subject: buffered here and flushed once, at the end.
            BufferedOutputStream buffer = new BufferedOutputStream(out, 1 << 16);
            StreamRDF w = StreamRDFWriter.getWriterStream(new FilterOutputStream(buffer) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    buffer.write(b, off, len);
                }

                @Override
                public void flush() {}
            }, blocks);
            w.start();
            p.getNsPrefixMap().forEach(w::prefix);
            if (dataset == null) {
                bySubject(union, t -> w.triple(t));
            } else {
                Iterator<Node> names = dataset.listGraphNodes();
                if (!dataset.getDefaultGraph().isEmpty()) bySubject(dataset.getDefaultGraph(), w::triple);
                while (names.hasNext()) {
                    Node g = names.next();
                    bySubject(dataset.getGraph(g), t -> w.quad(Quad.create(g, t)));
                }
            }
            w.finish();
            try {
                buffer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void bySubject(Graph g, Consumer<Triple> out) {
            Map<Node, List<Triple>> subjects = new LinkedHashMap<>();
            g.find().forEachRemaining(t -> subjects.computeIfAbsent(t.getSubject(), s -> new ArrayList<>()).add(t));
            Comparator<Triple> byPredicate = Comparator.comparing(t -> t.getPredicate().getURI());
            for (List<Triple> ts : subjects.values()) {
                ts.sort(byPredicate);
                ts.forEach(out);
            }
        }
    }

    /** Kinds of individual ({@link org.chancery.graph.Dip#iri}), each a prefix so the writer abbreviates their IRIs. */
    private static final List<String> KINDS = List.of("official", "meeting", "series", "resolution", "agreement",
            "state", "place", "institution", "document");

    /**
     * The prefixes of an output: the vocabularies', one per kind of individual, and for the graph of one
     * document "ev:" for its evidence. Short names make a file a fifth smaller and quicker to write.
     */
    static PrefixMapping prefixes(String onlyDocument) {
        PrefixMapping p = PrefixMapping.Factory.create().setNsPrefixes(PREFIXES);
        for (String k : KINDS) p.setNsPrefix(k, org.chancery.graph.Dip.ID + k + "/");
        if (onlyDocument != null) p.setNsPrefix("ev", onlyDocument + "/evidence/");
        return p;
    }

    /**
     * Writes next to the target and moves into place: a failed write leaves no half file. A target
     * that is not a regular file (/dev/null, /dev/stdout, a pipe) is written straight through: moving
     * a file onto it would replace the device itself. A link is followed, and the file it names replaced.
     */
    static void atomically(Path target, IoWriter writer) throws IOException {
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            if (Files.isDirectory(target)) throw new IOException("is a folder");
            try (OutputStream out = Files.newOutputStream(target)) {
                write(writer, out);
            }
            return;
        }
        Path real = Files.exists(target) ? target.toRealPath() : target.toAbsolutePath();
        Path dir = real.getParent();
        Files.createDirectories(dir);
        // Created plainly (not createTempFile, which makes it owner-only), so the result gets the umask's permissions.
        Path tmp = dir.resolve(".chancery-" + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                write(writer, out);
            }
            Files.move(tmp, real, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void write(IoWriter writer, OutputStream out) throws IOException {
        try {
            writer.write(out);
        } catch (RuntimeIOException | UncheckedIOException e) {
            // Jena's writers wrap the IOException of a full disk.
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
    }

    interface IoWriter {
        void write(OutputStream out) throws IOException;
    }
}
