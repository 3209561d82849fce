package org.chancery.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.chancery.mapping.Home;

/**
 * Fuseki over a Chancery store, configured by {@code fuseki-config/chancery.ttl} (its TDB2
 * location replaced by the store given), with the web UI. Binds to localhost unless told otherwise.
 */
public final class ChanceryServer {
    public static final String DATASET = "chancery";
    private static final String TDB2 = "http://jena.apache.org/2016/tdb#";

    private ChanceryServer() {}

    public static FusekiServer start(Path store, int port, boolean localhostOnly) {
        Model config = config(store);
        Path work;
        try {
            work = Files.createTempDirectory("chancery-fuseki");
            Path area = work;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> UiModule.deleteWorkArea(area)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FusekiServer server = FusekiServer.create()
                .port(port)
                .loopback(localhostOnly)
                .fusekiModules(FusekiModules.create(new UiModule(work), new FMod_UI()))
                .parseConfig(config)
                .build();
        server.start();
        return server;
    }

    /** The configuration model with its tdb2:location set to the store. */
    static Model config(Path store) {
        Model m = ModelFactory.createDefaultModel();
        Path onDisk = Home.folder("fuseki-config");
        try (InputStream in = onDisk != null ? Files.newInputStream(onDisk.resolve("chancery.ttl"))
                : ChanceryServer.class.getResourceAsStream("/chancery/fuseki-config/chancery.ttl")) {
            if (in == null) throw new IllegalStateException("fuseki-config/chancery.ttl is missing");
            RDFDataMgr.read(m, in, Lang.TURTLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Property location = m.createProperty(TDB2, "location");
        for (Statement st : m.listStatements(null, location, (String) null).toList()) {
            Resource ds = st.getSubject();
            m.remove(st);
            m.add(ds, location, store.toAbsolutePath().toString());
        }
        return m;
    }
}
