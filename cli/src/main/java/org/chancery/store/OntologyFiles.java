package org.chancery.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.chancery.mapping.Home;

/**
 * The files of {@code ontology/}: the OWL ontology and the SHACL shapes. The folder on disk wins
 * when Chancery runs from a checkout (so an edited shape takes effect without a rebuild); the jar
 * carries a copy under {@code chancery/ontology/} otherwise.
 */
public final class OntologyFiles {
    /** The ontology's IRI, as its header declares it: what an export imports. */
    public static final String ONTOLOGY_IRI = "https://w3id.org/chancery/ontology";
    public static final String ONTOLOGY = "chancery.ttl";
    public static final String SHAPES = "shapes.ttl";

    private OntologyFiles() {}

    public static Graph ontology() {
        return parse(ONTOLOGY);
    }

    public static Graph shapes() {
        return parse(SHAPES);
    }

    /** The file's bytes, for writing a copy beside an export. */
    public static byte[] bytes(String name) {
        try (InputStream in = open(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("ontology/" + name + ": " + e.getMessage(), e);
        }
    }

    private static Graph parse(String name) {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = open(name)) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException("ontology/" + name + ": " + e.getMessage(), e);
        } catch (RiotException e) {
            throw new IllegalStateException("ontology/" + name + " is not valid Turtle: " + e.getMessage(), e);
        }
        return g;
    }

    private static InputStream open(String name) throws IOException {
        Path folder = Home.folder("ontology");
        if (folder != null && Files.isRegularFile(folder.resolve(name))) return Files.newInputStream(folder.resolve(name));
        InputStream in = OntologyFiles.class.getResourceAsStream("/chancery/ontology/" + name);
        if (in == null) throw new IOException("missing: neither " + (folder == null ? "a project folder" : folder) + " nor the jar has it");
        return in;
    }
}
