package org.chancery.corpus;

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
 * An RDF file to load. It is parsed once to check it before anything is stored (a malformed file
 * adds nothing and the rest of the batch goes on) and again, streaming, to load it, so memory stays
 * flat whatever its size. Triples outside a named graph go to the graph of the file's document.
 */
public record RdfFile(Path path, Node documentGraph, long quads, Set<Node> graphs) {

    public static RdfFile check(Path path) throws BadInputException {
        Node documentGraph = NodeFactory.createURI(Dip.iri("document", DocumentReader.slug(path.toString())));
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

    /** Sends the file's quads (without start and finish: the caller frames the whole load). */
    public void send(StreamRDF out) {
        try {
            parse(path, documentGraph, new StreamRDFWrapper(out) {
                @Override
                public void start() {}

                @Override
                public void finish() {}
            });
        } catch (BadInputException e) {
            // Checked a moment ago: the file changed or became unreadable while loading.
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static void parse(Path path, Node documentGraph, StreamRDF out) throws BadInputException {
        StreamRDF inGraph = new StreamRDFWrapper(out) {
            @Override
            public void triple(Triple t) {
                super.quad(Quad.create(documentGraph, t));
            }

            @Override
            public void quad(Quad q) {
                super.quad(q.isDefaultGraph() ? Quad.create(documentGraph, q.asTriple()) : q);
            }
        };
        // The syntax from the file name's extension, the bytes from a stream: Jena would guess the syntax
        // from the file's URI or name, and takes a '#' in it for the start of a fragment.
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        String ext = name.substring(name.lastIndexOf('.') + 1);
        Lang lang = ext.equals("owl") ? Lang.RDFXML : RDFLanguages.fileExtToLang(ext);
        if (lang == null) throw new BadInputException(path + ": not an RDF file name (.ttl .nq .trig .nt .jsonld .rdf .owl)");
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
