package org.chancery.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.fuseki.server.Operation;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.security.UserPrincipal;
import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.security.PropertyUserStore;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.chancery.store.LabelIndex;
import org.chancery.store.Store;

/**
 * Fuseki over a Chancery store, configured by {@code fuseki-config/chancery.ttl} (aimed at the store
 * given), with the web UI, the label index, the canned queries at {@code /chancery/queries} and the
 * configured row limit, the explorer at {@code /explore} and the individuals' IRIs at {@code /id/}. Binds to localhost unless told otherwise; writes only with {@link UpdateAccess}.
 */
public final class ChanceryServer {
    public static final String DATASET = "chancery";

    private ChanceryServer() {}

    public static FusekiServer start(Path store, int port, boolean localhostOnly) {
        return start(store, port, localhostOnly, null);
    }

    public static FusekiServer start(Path store, int port, boolean localhostOnly, UpdateAccess update) {
        return start(store, port, localhostOnly, update, null);
    }

    /**
     * Starts the server; {@code update} null keeps every endpoint read-only, {@code timeout} null
     * keeps the configured query timeout.
     */
    public static FusekiServer start(Path store, int port, boolean localhostOnly, UpdateAccess update, Duration timeout) {
        return start(store, port, localhostOnly, update, timeout, ServiceAccess.NONE);
    }

    /** As above; {@code services} says which SERVICE endpoints queries may call (none: {@link ServiceAccess#NONE}). */
    public static FusekiServer start(Path store, int port, boolean localhostOnly, UpdateAccess update, Duration timeout, ServiceAccess services) {
        // Fuseki opens the store itself: a load stopped half way is cleared up (and said so) first.
        Store.recover(store);
        FusekiConfig config = FusekiConfig.forStore(store);
        if (update != null) config.allowUpdate(update.user());
        if (timeout != null) config.queryTimeout(timeout);
        ensureLabelIndex(store, config);
        ResultLimit limit = ResultLimit.of(config.model());
        QueryTimeout timeLimit = QueryTimeout.of(config.model());
        Path work;
        try {
            work = Files.createTempDirectory("chancery-fuseki");
            Path area = work;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> UiModule.deleteWorkArea(area)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ExplorerServlet explorer = new ExplorerServlet(QueryRegistry.load(), new ExplorerServlet.Dataset("/" + DATASET), limit, timeLimit);
        FusekiServer.Builder builder = FusekiServer.create()
                .port(port)
                .loopback(localhostOnly)
                .fusekiModules(FusekiModules.create(new UiModule(work), new FMod_UI()))
                // Fuseki's own query handler, with the row limit it lacks and this server's timeout.
                .registerOperation(Operation.Query, new LimitedQueryService(limit, timeLimit, services))
                .parseConfig(config.withoutQueryTimeout())
                .addServlet("/" + DATASET + "/queries/*", new CannedQueryServlet(QueryRegistry.load(), DATASET, limit, timeLimit))
                // The explorer's pages and the individuals' IRIs, over the same dataset.
                .addServlet("/explore/*", explorer)
                .addServlet("/id/*", new EntityServlet(new ExplorerServlet.Dataset("/" + DATASET)));
        if (update != null) {
            builder.passwordFile(update.passwordFile().toString()).auth(AuthScheme.BASIC).realm("Chancery");
        }
        FusekiServer server = builder.build();
        // Every query and update on the dataset (the canned queries', an update's WHERE, a SERVICE
        // whose endpoint only a variable gives) meets the same check when it runs.
        server.getDataAccessPointRegistry().accessPoints()
                .forEach(point -> services.guard(point.getDataService().getDataset().getContext()));
        bound(server.getJettyServer(), RequestLimit.of(config.model()), update);
        server.start();
        DatasetGraph served = server.getDataAccessPointRegistry().get("/" + DATASET).getDataService().getDataset();
        explorer.keepWarm(() -> served, () -> server.getJettyServer().isRunning());
        return server;
    }

    /**
     * Stops the server, and the watcher Jetty keeps on its password file: Jetty starts that watcher
     * but does not own it, so it would outlive the server (a thread, and warnings once the file is gone).
     */
    public static void stop(FusekiServer server) {
        var userStores = server.getJettyServer().getContainedBeans(PropertyUserStore.class);
        server.stop();
        for (PropertyUserStore users : userStores) {
            try {
                users.stop();
            } catch (Exception e) {
                // stopping a watcher: nothing more to do
            }
        }
    }

    /**
     * Puts {@link RequestBounds} in front of every handler: only a Graph Store write by the writer of
     * {@code --allow-update}, password checked, streams a body of any size. Jetty's own bound on a
     * request line and headers is raised above the limit, so that a long query string gets the 413
     * that says why (a far longer one still gets Jetty's 414).
     */
    private static void bound(Server jetty, RequestLimit limit, UpdateAccess update) {
        String data = "/" + DATASET + "/data";
        jetty.setHandler(new RequestBounds(jetty.getHandler(), limit, request -> update != null
                && !HttpMethod.GET.is(request.getMethod()) && data.equals(request.getHttpURI().getCanonicalPath())
                && isWriter(jetty, request, update.user())));
        int headers = (int) Math.min(Integer.MAX_VALUE / 2, 2 * limit.bytes() + (64 << 10));
        for (Connector connector : jetty.getConnectors()) {
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null && http.getHttpConfiguration().getRequestHeaderSize() < headers) {
                http.getHttpConfiguration().setRequestHeaderSize(headers);
            }
        }
    }

    /** Whether a request carries the writer's name and password (HTTP basic), checked against the password file Jetty loaded. */
    private static boolean isWriter(Server jetty, Request request, String user) {
        String auth = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        if (auth == null || !auth.regionMatches(true, 0, "Basic ", 0, 6)) return false;
        String pair;
        try {
            pair = new String(Base64.getDecoder().decode(auth.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = pair.indexOf(':');
        if (colon < 0 || !pair.substring(0, colon).equals(user)) return false;
        for (UserStore users : jetty.getContainedBeans(UserStore.class)) {
            UserPrincipal principal = users.getUserPrincipal(user);
            if (principal != null && principal.authenticate(pair.substring(colon + 1))) return true;
        }
        return false;
    }

    /**
     * A store loaded before it had a label index (or whose index was deleted, or whose last load was
     * killed before the index caught up with it) gets one now.
     */
    private static void ensureLabelIndex(Path store, FusekiConfig config) {
        if (Files.isDirectory(FusekiConfig.indexFolder(store)) && !LabelIndex.behind(store)) return;
        try (Store s = Store.open(store)) {
            LabelIndex.rebuild(s, config.labelIndex());
        }
    }
}
