package org.chancery.bench.query;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.chancery.bench.suite.ChildJava;

/**
 * Requests per second from concurrent clients against `chancery serve` on loopback, through the
 * canned-query endpoint ({@code /chancery/queries/{name}?param=...}, CSV results read to the end).
 */
public final class ServeThroughput implements AutoCloseable {
    /** What the clients got: successful requests per second, failures, and the median latency under that load. */
    public record Throughput(QueryForm form, int clients, double seconds, double requestsPerSecond, long failures, double medianMs) {}

    private final Process server;
    private final String base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    /** Starts the server on a free loopback port and waits until it answers (a first start builds the label index). */
    public ServeThroughput(ChildJava java, Path store, Path log, String heap) throws IOException, InterruptedException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        base = "http://127.0.0.1:" + port + "/chancery";
        server = new ProcessBuilder(java.chancery(heap, false, "serve", "--store", store.toString(), "--port", Integer.toString(port)))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(15);
        while (true) {
            if (!server.isAlive()) throw new IOException("chancery serve ended (exit " + server.exitValue() + "); see " + log);
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base + "/queries")).header("Accept", "application/json").build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) break;
            } catch (IOException e) {
                // Not listening yet.
            }
            if (System.nanoTime() > deadline) throw new IOException("chancery serve did not answer within 15 minutes; see " + log);
            Thread.sleep(250);
        }
    }

    /** {@code clients} clients each sending the query back to back; the first fifth of the time is warm-up, not counted. */
    public Throughput measure(QueryForm form, int clients, int seconds) throws InterruptedException {
        URI uri = URI.create(base + "/queries/" + form.query() + (form.params().isEmpty() ? "" : "?" + form.httpQuery()));
        HttpRequest request = HttpRequest.newBuilder(uri).header("Accept", "text/csv")
                // A request still running well after the window ends is given up (a failure), not waited for.
                .timeout(Duration.ofSeconds(seconds + 30L)).build();
        long start = System.nanoTime();
        long countFrom = start + seconds * 200_000_000L;
        long end = start + seconds * 1_000_000_000L;
        AtomicLong ok = new AtomicLong(), failed = new AtomicLong();
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    boolean success;
                    try {
                        success = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                    } catch (IOException e) {
                        success = false;
                    } catch (InterruptedException e) {
                        return;
                    }
                    long t1 = System.nanoTime();
                    // A request counts when it ends in the measured window (after the warm-up, before the end).
                    if (t1 < countFrom || t1 > end) continue;
                    if (success) {
                        ok.incrementAndGet();
                        latencies.add((t1 - t0) / 1e6);
                    } else {
                        failed.incrementAndGet();
                    }
                }
            }));
        }
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                failed.incrementAndGet();
            }
        }
        pool.shutdown();
        double measured = (end - countFrom) / 1e9;
        double[] sorted = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Throughput(form, clients, measured, ok.get() / measured, failed.get(), sorted.length == 0 ? Double.NaN : QueryLatency.percentile(sorted, 50));
    }

    @Override
    public void close() throws InterruptedException {
        server.destroy();
        if (!server.waitFor(30, TimeUnit.SECONDS)) server.destroyForcibly().waitFor();
    }
}
