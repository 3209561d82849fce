package org.chancery.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.chancery.mapping.Home;

/**
 * {@code fuseki-config/chancery.ttl} (the folder on disk, else the copy in the jar) aimed at one
 * store: its TDB2 location and its label index folder are replaced by the store's. The same
 * description serves Fuseki and {@code chancery load}, which rebuilds the label index with it.
 */
public final class FusekiConfig {
    private static final String TDB2 = "http://jena.apache.org/2016/tdb#";
    private static final String TEXT = "http://jena.apache.org/text#";
    private static final String FUSEKI = "http://jena.apache.org/fuseki#";
    private static final String JA = "http://jena.hpl.hp.com/2005/11/Assembler#";
    /** The label index lives inside the store folder, so a store is one folder to copy or delete. */
    public static final String INDEX_FOLDER = "text-index";

    private final Model model;

    private FusekiConfig(Model model) {
        this.model = model;
    }

    public static FusekiConfig forStore(Path store) {
        Model m = ModelFactory.createDefaultModel();
        Path onDisk = Home.folder("fuseki-config");
        try (InputStream in = onDisk != null ? Files.newInputStream(onDisk.resolve("chancery.ttl"))
                : FusekiConfig.class.getResourceAsStream("/chancery/fuseki-config/chancery.ttl")) {
            if (in == null) throw new IllegalStateException("fuseki-config/chancery.ttl is missing");
            RDFDataMgr.read(m, in, Lang.TURTLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path dir = store.toAbsolutePath().normalize();
        replace(m, m.createProperty(TDB2, "location"), dir.toString());
        replace(m, m.createProperty(TEXT, "directory"), indexFolder(dir).toString());
        return new FusekiConfig(m);
    }

    public static Path indexFolder(Path store) {
        return store.toAbsolutePath().normalize().resolve(INDEX_FOLDER);
    }

    private static void replace(Model m, Property p, String value) {
        for (Statement st : m.listStatements(null, p, (org.apache.jena.rdf.model.RDFNode) null).toList()) {
            m.remove(st);
            m.add(st.getSubject(), p, value);
        }
    }

    public Model model() {
        return model;
    }

    /** The description of the Lucene label index (a {@code text:TextIndexLucene}). */
    public Resource labelIndex() {
        var found = model.listSubjectsWithProperty(RDF.type, model.createResource(TEXT + "TextIndexLucene")).toList();
        if (found.size() != 1) throw new IllegalStateException("fuseki-config/chancery.ttl must describe exactly one text:TextIndexLucene, found " + found.size());
        return found.get(0);
    }

    /**
     * The text of the {@code ja:context} entry named {@code cxtName} in a server description: "" when
     * its value is missing or not a literal, null when there is no such entry.
     */
    static String contextValue(Model config, String cxtName) {
        Property name = config.createProperty(JA, "cxtName");
        Property value = config.createProperty(JA, "cxtValue");
        for (Statement st : config.listStatements(null, name, cxtName).toList()) {
            Statement v = st.getSubject().getProperty(value);
            return v == null || !v.getObject().isLiteral() ? "" : v.getString().strip();
        }
        return null;
    }

    /**
     * Stops every query after {@code timeout} instead of the configured {@code arq:queryTimeout}
     * (first result, then whole answer: both set to it).
     */
    public FusekiConfig queryTimeout(java.time.Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("the query timeout must be positive, not " + timeout);
        Property name = model.createProperty(JA, "cxtName");
        Property value = model.createProperty(JA, "cxtValue");
        long ms = timeout.toMillis();
        var entries = model.listSubjectsWithProperty(name, QueryTimeout.CONTEXT_NAME).toList();
        if (entries.isEmpty()) {
            Resource server = model.listSubjectsWithProperty(RDF.type, model.createResource(FUSEKI + "Server")).toList().stream().findFirst()
                    .orElseThrow(() -> new IllegalStateException("fuseki-config/chancery.ttl describes no fuseki:Server"));
            Resource entry = model.createResource().addProperty(name, "arq:queryTimeout");
            server.addProperty(model.createProperty(JA, "context"), entry);
            entries = List.of(entry);
        }
        for (Resource entry : entries) {
            entry.removeAll(value);
            entry.addProperty(value, ms + "," + ms);
        }
        return this;
    }

    /**
     * A copy of the description without its {@code arq:queryTimeout} entry, for Fuseki: Fuseki would
     * put it in ARQ's process-wide context, where it would time every query of the process (another
     * server's, an in-process one's); Chancery's handlers apply it ({@link QueryTimeout}) to this server's.
     */
    public Model withoutQueryTimeout() {
        Model copy = ModelFactory.createDefaultModel().add(model);
        copy.setNsPrefixes(model.getNsPrefixMap());
        Property name = copy.createProperty(JA, "cxtName");
        Property context = copy.createProperty(JA, "context");
        for (Resource entry : copy.listSubjectsWithProperty(name, QueryTimeout.CONTEXT_NAME).toList()) {
            copy.removeAll(null, context, entry);
            copy.removeAll(entry, null, null);
        }
        return copy;
    }

    /**
     * Opens SPARQL Update ({@code /chancery/update}) and Graph Store read-write ({@code /chancery/data})
     * to one user: Fuseki asks for that user's password (HTTP basic) on these endpoints only.
     */
    public FusekiConfig allowUpdate(String user) {
        Property endpoint = model.createProperty(FUSEKI, "endpoint");
        Property operation = model.createProperty(FUSEKI, "operation");
        Property name = model.createProperty(FUSEKI, "name");
        Property allowedUsers = model.createProperty(FUSEKI, "allowedUsers");
        for (Resource service : model.listSubjectsWithProperty(RDF.type, model.createResource(FUSEKI + "Service")).toList()) {
            service.addProperty(endpoint, model.createResource()
                    .addProperty(operation, model.createResource(FUSEKI + "update"))
                    .addProperty(name, "update").addProperty(allowedUsers, user));
            service.addProperty(endpoint, model.createResource()
                    .addProperty(operation, model.createResource(FUSEKI + "gsp-rw"))
                    .addProperty(name, "data").addProperty(allowedUsers, user));
        }
        return this;
    }
}
