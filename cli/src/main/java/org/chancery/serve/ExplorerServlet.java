package org.chancery.serve;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * The explorer at {@code /explore}: server-written HTML pages over the served dataset, read-only,
 * with no script and a strict Content-Security-Policy. Routes:
 * {@code /explore} (home, {@code ?q=} searches names), {@code /explore/{kind}/{slug}} (an
 * individual, mirroring its IRI), {@code /explore/network?from=&to=} and the stylesheet.
 */
final class ExplorerServlet extends HttpServlet {
    private final QueryRegistry registry;
    private final Dataset dataset;
    private final ResultLimit limit;
    private final QueryTimeout timeout;
    private final byte[] css;
    private final StoreAggregates aggregates = new StoreAggregates();
    /** How often the background warmer looks for a new generation of the store. */
    static final Duration WARM_CHECK = Duration.ofSeconds(2);

    /** The dataset a servlet serves, found through Fuseki's registry once the server runs. */
    record Dataset(String path) {
        DatasetGraph get(ServletContext context) {
            DataAccessPoint dap = DataAccessPointRegistry.get(context).get(path);
            if (dap == null) throw new IllegalStateException("no dataset " + path);
            return dap.getDataService().getDataset();
        }
    }

    ExplorerServlet(QueryRegistry registry, Dataset dataset, ResultLimit limit, QueryTimeout timeout) {
        this.registry = registry;
        this.dataset = dataset;
        this.limit = limit;
        this.timeout = timeout;
        try (InputStream in = ExplorerServlet.class.getResourceAsStream("/chancery/explore/explore.css")) {
            this.css = in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("the explorer's stylesheet cannot be read", e);
        }
    }

    /**
     * Computes the whole-store figures in the background now and after every write, while
     * {@code alive}: without it the first request after a start or a write would wait for them
     * (about 9 s for the network at 1M quads). No time limit: no request waits on it unless it asks for those figures.
     */
    void keepWarm(Supplier<DatasetGraph> served, BooleanSupplier alive) {
        aggregates.keepWarm(served, WARM_CHECK, alive,
                generation -> new ExplorerPages(new StoreQueries(registry, served.get(), limit, null, aggregates, generation)).warm());
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String rest = req.getPathInfo() == null ? "/" : req.getPathInfo();
        resp.setHeader("Content-Security-Policy", Page.CONTENT_SECURITY_POLICY);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Referrer-Policy", "no-referrer");
        if (rest.equals("/assets/explore.css")) {
            resp.setHeader("Cache-Control", "max-age=3600");
            resp.setStatus(200);
            resp.setContentType("text/css; charset=utf-8");
            resp.setContentLength(css.length);
            resp.getOutputStream().write(css);
            return;
        }
        DatasetGraph dsg = dataset.get(getServletContext());
        // Read before the transaction begins: see StoreAggregates.
        Object generation = StoreAggregates.generation(dsg);
        ExplorerPages pages = new ExplorerPages(new StoreQueries(registry, dsg, limit, timeout, aggregates, generation));
        String html;
        try {
            html = Txn.calculateRead(dsg, () -> {
                if (rest.equals("/")) return pages.home(req.getParameter("q"));
                if (rest.equals("/network")) return pages.network(req.getParameter("from"), req.getParameter("to"));
                String[] parts = rest.substring(1).split("/", 2);
                if (parts.length == 2 && parts[0].matches("[a-z]+") && !parts[1].isEmpty() && !parts[1].contains("/")) {
                    return pages.entity(parts[0], parts[1]);
                }
                return null;
            });
        } catch (QueryCancelledException e) {
            send(resp, 503, "text/plain; charset=utf-8", "this page's queries ran past the server's time limit\n");
            return;
        }
        if (html == null) {
            send(resp, 404, "text/html; charset=utf-8", new Page("Not found").h(1, "Not found")
                    .raw("<p>No such page in this store: ").text(rest).raw("</p>").html());
            return;
        }
        send(resp, 200, "text/html; charset=utf-8", html);
    }

    static void send(HttpServletResponse resp, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType(contentType);
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }
}
