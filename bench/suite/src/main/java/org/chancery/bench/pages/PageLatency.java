package org.chancery.bench.pages;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.chancery.bench.suite.ChildJava;
import org.chancery.store.Store;

/**
 * The explorer's pages timed on a store: `chancery serve` in a child JVM on loopback, one client
 * asking each page kind (home, a search, the busiest state, an official, a series, a document, the
 * network, an individual's Turtle) a few times untimed, then up to N times within a budget. The time
 * is the client's, request to last byte, on loopback: the server's time plus a little.
 */
public final class PageLatency {
    /**
     * One page's times in milliseconds, and the size of its HTML; {@code firstMs} is the first
     * request's, the one that builds a page the server then keeps for the store's generation
     * (unless the server built it in the background before: the whole-store figures and the ten
     * busiest states' pages).
     */
    public record Latency(String page, double firstMs, double medianMs, double p95Ms, int runs, int bytes, int status) {}

    private static final int WARM_UP = 3;
    private final ChildJava java;
    private final PrintStream progress;

    public PageLatency(ChildJava java, PrintStream progress) {
        this.java = java;
        this.progress = progress;
    }

    public List<Latency> run(Path storeDir, Path log, int runs, int budgetSeconds) throws IOException, InterruptedException {
        Map<String, String> pages = pages(storeDir);
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String base = "http://127.0.0.1:" + port;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        Process server = new ProcessBuilder(java.chancery("2g", false, "serve", "--store", storeDir.toString(), "--port", Integer.toString(port)))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        List<Latency> out = new ArrayList<>();
        try {
            waitUntilUp(server, http, base, log);
            for (Map.Entry<String, String> page : pages.entrySet()) {
                boolean rdf = page.getValue().startsWith("/id/");
                HttpRequest request = HttpRequest.newBuilder(URI.create(base + page.getValue())).timeout(Duration.ofMinutes(5))
                        .header("Accept", rdf ? "text/turtle" : "text/html").build();
                long budgetEnd = System.nanoTime() + budgetSeconds * 1_000_000_000L;
                long f0 = System.nanoTime();
                HttpResponse<byte[]> last = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                double first = (System.nanoTime() - f0) / 1e6;
                for (int i = 1; i < WARM_UP && System.nanoTime() < budgetEnd; i++) last = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                double[] times = new double[runs];
                int done = 0;
                while (done < runs && (done == 0 || System.nanoTime() < budgetEnd)) {
                    long t0 = System.nanoTime();
                    last = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    times[done++] = (System.nanoTime() - t0) / 1e6;
                }
                double[] t = Arrays.copyOf(times, done);
                Arrays.sort(t);
                Latency l = new Latency(page.getKey() + " " + page.getValue(), first, percentile(t, 50), percentile(t, 95), done, last.body().length, last.statusCode());
                progress.printf(Locale.ROOT, "bench:   %s: first %.1f ms, then median %.1f ms, p95 %.1f ms, %d run(s), HTTP %d, %,d bytes%n",
                        l.page(), l.firstMs(), l.medianMs(), l.p95Ms(), l.runs(), l.status(), l.bytes());
                out.add(l);
            }
        } finally {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) server.destroyForcibly();
        }
        return out;
    }

    /**
     * A page of each kind, on individuals the store holds: the state in most meetings, the eleventh
     * (whose page the server does not build ahead), an official, a series, a document.
     */
    static Map<String, String> pages(Path storeDir) {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "/explore");
        try (Store store = Store.open(storeDir)) {
            store.read(() -> {
                String p = "PREFIX dip: <https://w3id.org/chancery/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";
                String busiest = "SELECT ?x (COUNT(?m) AS ?n) WHERE { ?m dip:participant ?x . ?x a dip:State } GROUP BY ?x ORDER BY DESC(?n) ?x ";
                String state = first(store, p + busiest + "LIMIT 1");
                String eleventh = first(store, p + busiest + "OFFSET 10 LIMIT 1");
                String official = first(store, p + "SELECT ?x WHERE { ?x a dip:Official ; dip:represents ?s } LIMIT 1");
                String series = first(store, p + "SELECT ?x WHERE { ?x a dip:MeetingSeries } LIMIT 1");
                String document = first(store, p + "SELECT ?x WHERE { ?x a dip:Document } LIMIT 1");
                String name = first(store, p + "SELECT ?x WHERE { ?o a dip:Official ; rdfs:label ?x } LIMIT 1");
                if (name != null) {
                    String word = name.split("\\s+")[0].toLowerCase(Locale.ROOT);
                    pages.put("search", "/explore?q=" + URLEncoder.encode(word.substring(0, Math.min(5, word.length())), StandardCharsets.UTF_8));
                }
                put(pages, "state", state);
                put(pages, "state, 11th in meetings", eleventh);
                put(pages, "official", official);
                put(pages, "series", series);
                put(pages, "document", document);
                pages.put("network", "/explore/network");
                if (state != null) pages.put("IRI as Turtle", state.replace("https://w3id.org/chancery", ""));
                return null;
            });
        }
        return pages;
    }

    private static void put(Map<String, String> pages, String kind, String iri) {
        if (iri != null && iri.startsWith("https://w3id.org/chancery/id/")) pages.put(kind, "/explore/" + iri.substring("https://w3id.org/chancery/id/".length()));
    }

    private static String first(Store store, String query) {
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store.dataset())).query(query).build()) {
            var rs = qe.execSelect();
            if (!rs.hasNext()) return null;
            QuerySolution s = rs.next();
            var n = s.get(rs.getResultVars().get(0));
            return n.isURIResource() ? n.asResource().getURI() : n.isLiteral() ? n.asLiteral().getLexicalForm() : null;
        }
    }

    private static void waitUntilUp(Process server, HttpClient http, String base, Path log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(15);
        while (true) {
            if (!server.isAlive()) throw new IOException("chancery serve ended (exit " + server.exitValue() + "); see " + log);
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base + "/explore/assets/explore.css")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) return;
            } catch (IOException e) {
                // Not listening yet.
            }
            if (System.nanoTime() > deadline) throw new IOException("chancery serve did not answer within 15 minutes; see " + log);
            Thread.sleep(250);
        }
    }

    static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
