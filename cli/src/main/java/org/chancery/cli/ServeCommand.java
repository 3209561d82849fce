package org.chancery.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.apache.jena.fuseki.main.FusekiServer;
import org.chancery.serve.ChanceryServer;
import org.chancery.serve.ServiceAccess;
import org.chancery.serve.UpdateAccess;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code chancery serve}: Fuseki with its UI over a store, read-only unless told otherwise. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve a store with Apache Jena Fuseki and its web UI: SPARQL query, graph-store read, full-text "
                + "search of names (text:query) and the canned queries at /chancery/queries. Read-only unless --allow-update.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "The TDB2 store folder.")
    Path store;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--public", description = "Listen on every network interface, not only localhost.")
    boolean everywhere;

    @Option(names = "--allow-update", description = "Open SPARQL Update (/chancery/update) and Graph Store writes (/chancery/data) "
            + "to the user of --password-file, with HTTP basic authentication.")
    boolean allowUpdate;

    @Option(names = "--password-file", paramLabel = "FILE", description = "Jetty password file, 'user: password' a line; "
            + "its first user may write. Needed by --allow-update.")
    Path passwordFile;

    @Option(names = "--allow-service", arity = "1..*", paramLabel = "PREFIX", description = "Let queries call SPARQL SERVICE "
            + "endpoints whose URL starts with one of these prefixes (e.g. https://query.wikidata.org/sparql). Without it "
            + "SERVICE is refused (400): the server would otherwise send requests wherever a client's query says.")
    java.util.List<String> allowService = new java.util.ArrayList<>();

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Stop each query after this many seconds "
            + "(default: arq:queryTimeout of fuseki-config/chancery.ttl, 30 s to the first result and 60 s in all).")
    Double timeoutSeconds;

    @Override
    public Integer call() {
        if (!Files.isDirectory(store)) {
            spec.commandLine().getErr().println("chancery: " + store + ": no such store (create one with `chancery load --store " + store + " …`)");
            return 1;
        }
        if (allowUpdate != (passwordFile != null)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), allowUpdate
                    ? "--allow-update needs --password-file FILE: writes are open to its user only"
                    : "--password-file is only used with --allow-update");
        }
        if (timeoutSeconds != null && !(timeoutSeconds > 0 && timeoutSeconds <= 86_400)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--timeout: a number of seconds above 0 and at most 86400, not " + timeoutSeconds);
        }
        UpdateAccess access = null;
        if (allowUpdate) {
            try {
                access = UpdateAccess.fromPasswordFile(passwordFile);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        Duration timeout = timeoutSeconds == null ? null : Duration.ofMillis(Math.round(timeoutSeconds * 1000));
        ServiceAccess services;
        try {
            services = new ServiceAccess(allowService);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        FusekiServer server = serve(store, port, !everywhere, access, timeout, services, spec.commandLine().getOut());
        server.join();
        return 0;
    }

    static FusekiServer serve(Path store, int port, boolean localhostOnly, UpdateAccess access, java.io.PrintWriter out) {
        return serve(store, port, localhostOnly, access, null, out);
    }

    static FusekiServer serve(Path store, int port, boolean localhostOnly, UpdateAccess access, Duration timeout, java.io.PrintWriter out) {
        return serve(store, port, localhostOnly, access, timeout, ServiceAccess.NONE, out);
    }

    static FusekiServer serve(Path store, int port, boolean localhostOnly, UpdateAccess access, Duration timeout, ServiceAccess services,
                              java.io.PrintWriter out) {
        FusekiServer server = ChanceryServer.start(store, port, localhostOnly, access, timeout, services);
        int p = server.getHttpPort();
        String host = localhostOnly ? "localhost" : "<this host>";
        out.printf("Chancery is serving %s%s%n", store.toAbsolutePath(), localhostOnly ? " on localhost only" : " on every network interface");
        out.printf("  Web UI:           http://%s:%d/%n", host, p);
        out.printf("  SPARQL endpoint:  http://%s:%d/%s/sparql%n", host, p, ChanceryServer.DATASET);
        out.printf("  Canned queries:   http://%s:%d/%s/queries%n", host, p, ChanceryServer.DATASET);
        out.printf("  Explorer:         http://%s:%d/explore%n", host, p);
        out.printf("  Individuals:      http://%s:%d/id/{kind}/{slug} (a page for browsers; Turtle, JSON-LD, N-Triples by Accept)%n", host, p);
        out.printf("  Updates:          %s%n", access == null ? "closed (read-only)"
                : "http://" + host + ":" + p + "/" + ChanceryServer.DATASET + "/update and /data, for user '" + access.user() + "' only");
        out.printf("  SERVICE:          %s%n", services.allowedPrefixes().isEmpty() ? "refused (no federated queries)"
                : "only to " + String.join(", ", services.allowedPrefixes()));
        out.printf("  Press Ctrl-C to stop.%n");
        out.flush();
        return server;
    }
}
