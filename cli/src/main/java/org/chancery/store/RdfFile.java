package org.chancery.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.chancery.document.BadInputException;
import org.chancery.document.DocumentReader;
import org.chancery.graph.Dip;

/**
 * An RDF file to load, streamed (memory stays flat whatever its size). Triples outside a named
 * graph go to the graph of the file's document. A file is either {@linkplain #check checked} (parsed
 * once, its quads counted, before anything is stored) or {@linkplain #unchecked taken as it is}, its
 * size estimated: a load then parses it once only, and if it turns out malformed half way
 * ({@link Unparsable}), the load stores nothing and is made again from checked files.
 */
public record RdfFile(Path path, Node documentGraph, long quads, Set<Node> graphs) {
    // documentGraph: null until the file is parsed, for a file taken unchecked.

    /** Bytes per quad, about: from the file's size, a load sizes itself (bulk or not, disk needed) without parsing. */
    private static final long LINE_BYTES_PER_QUAD = 150;
    private static final long BYTES_PER_QUAD = 50;

    /**
     * A file known by its name only: a syntax from its extension, its quads estimated from its size
     * ({@link #quads()}) and its graphs unknown ({@link #graphs()} empty). {@link #send} may throw {@link Unparsable}.
     */
    public static RdfFile unchecked(Path path) throws BadInputException {
        Lang lang = lang(path);
        long size;
        try {
            size = Files.size(path);
        } catch (IOException e) {
            throw new BadInputException(path + ": cannot read (" + e.getMessage() + ")");
        }
        boolean lines = lang.equals(Lang.NQUADS) || lang.equals(Lang.NTRIPLES);
        long quads = (size + (lines ? LINE_BYTES_PER_QUAD : BYTES_PER_QUAD) - 1) / (lines ? LINE_BYTES_PER_QUAD : BYTES_PER_QUAD);
        // The document's graph is named when a triple outside a named graph needs it: naming it
        // transliterates, whose first use costs half a second, and N-Quads seldom need it.
        return new RdfFile(path, null, quads, Set.of());
    }

    private static Node documentGraph(Path path) {
        return NodeFactory.createURI(Dip.iri("document", DocumentReader.slug(path.toString())));
    }

    public static RdfFile check(Path path) throws BadInputException {
        Node documentGraph = documentGraph(path);
        Set<Node> graphs = new HashSet<>();
        long[] quads = {0};
        StreamRDF counter = new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                graphs.add(q.getGraph());
                quads[0]++;
            }
        };
        parse(path, documentGraph, counter);
        return new RdfFile(path, documentGraph, quads[0], graphs);
    }

    /**
     * Sends the file's quads (without start and finish: the caller frames the whole load). A
     * malformed file throws {@link Unparsable} once part of it has been sent.
     */
    public void send(StreamRDF out) {
        try {
            parse(path, documentGraph, new StreamRDFWrapper(out) {
                @Override
                public void start() {}

                @Override
                public void finish() {}
            });
        } catch (BadInputException e) {
            throw new Unparsable(this, e);
        }
    }

    /** A file that {@link #send} found malformed or unreadable: whatever it was sent into must be dropped. */
    public static final class Unparsable extends RuntimeException {
        public final transient RdfFile file;

        Unparsable(RdfFile file, BadInputException e) {
            super(e.getMessage(), e);
            this.file = file;
        }

        /** The {@link Unparsable} that caused {@code e}, if one did. */
        public static Unparsable in(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof Unparsable u) return u;
            }
            return null;
        }
    }

    /**
     * The syntax from the file name's extension, the bytes from a stream: Jena would guess the syntax
     * from the file's URI or name, and takes a '#' in it for the start of a fragment.
     */
    private static Lang lang(Path path) throws BadInputException {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        String ext = name.substring(name.lastIndexOf('.') + 1);
        Lang lang = ext.equals("owl") ? Lang.RDFXML : RDFLanguages.fileExtToLang(ext);
        if (lang == null) throw new BadInputException(path + ": not an RDF file name (.ttl .nq .trig .nt .jsonld .rdf .owl)");
        return lang;
    }

    private static void parse(Path path, Node documentGraph, StreamRDF out) throws BadInputException {
        StreamRDF inGraph = new StreamRDFWrapper(out) {
            private Node graph = documentGraph;

            private Node graph() {
                if (graph == null) graph = documentGraph(path);
                return graph;
            }

            @Override
            public void triple(Triple t) {
                super.quad(Quad.create(graph(), t));
            }

            @Override
            public void quad(Quad q) {
                super.quad(q.isDefaultGraph() ? Quad.create(graph(), q.asTriple()) : q);
            }
        };
        Lang lang = lang(path);
        try (InputStream in = Files.newInputStream(path)) {
            RDFParser.source(in).lang(lang).base(path.toUri().toString())
                    .errorHandler(ErrorHandlerFactory.errorHandlerNoLogging).parse(inGraph);
        } catch (org.apache.jena.riot.RiotException | org.apache.jena.atlas.RuntimeIOException e) {
            throw new BadInputException(path + ": not valid RDF (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new BadInputException(path + ": cannot read (" + e.getMessage() + ")");
        }
    }
}
