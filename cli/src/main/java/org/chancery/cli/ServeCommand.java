package org.chancery.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.fuseki.main.FusekiServer;
import org.chancery.serve.ChanceryServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code chancery serve}: Fuseki with its UI over a store, read-only. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve a store with Apache Jena Fuseki and its web UI: SPARQL query and graph-store read, read-only.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "The TDB2 store folder.")
    Path store;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--public", description = "Listen on every network interface, not only localhost.")
    boolean everywhere;

    @Override
    public Integer call() {
        if (!Files.isDirectory(store)) {
            spec.commandLine().getErr().println("chancery: " + store + ": no such store (create one with `chancery load --store " + store + " …`)");
            return 1;
        }
        FusekiServer server = serve(store, port, !everywhere, spec.commandLine().getOut());
        server.join();
        return 0;
    }

    static FusekiServer serve(Path store, int port, boolean localhostOnly, java.io.PrintWriter out) {
        FusekiServer server = ChanceryServer.start(store, port, localhostOnly);
        int p = server.getHttpPort();
        out.printf("Chancery is serving %s%n", store.toAbsolutePath());
        out.printf("  Web UI:           http://localhost:%d/%n", p);
        out.printf("  SPARQL endpoint:  http://localhost:%d/%s/sparql%n", p, ChanceryServer.DATASET);
        out.printf("  Press Ctrl-C to stop.%n");
        out.flush();
        return server;
    }
}
