package org.chancery.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.jena.fuseki.main.FusekiServer;
import org.chancery.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --public} across a real network boundary: a network namespace joined to this one by
 * a veth pair, the server listening on every interface (the outer end of the pair among them), and
 * curl inside the namespace as a client on another host would be. Reads are answered; writes without
 * credentials, administration beyond what the UI reads, and SERVICE are refused. Needs root and
 * iproute2 ({@code .ci/run} installs it); skipped, saying why, where a namespace cannot be made.
 */
class PublicBindingTest {
    private static final String NS = "chy" + ProcessHandle.current().pid() % 100000;
    private static final String OUTER = NS + "o", INNER = NS + "i";
    /** A /30 of the private 10/8 range, chosen by the process id so two runs side by side do not meet. */
    private static final String NET = "10.231." + ProcessHandle.current().pid() % 250 + ".";
    private static final String HOST = NET + "1", CLIENT = NET + "2";

    private static String run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", cmd) + ": timed out");
        }
        if (p.exitValue() != 0) throw new IOException(String.join(" ", cmd) + ": exit " + p.exitValue() + ": " + out.strip());
        return out;
    }

    /** Makes the namespace and the veth pair; null when it worked, else why not. */
    private static String makeNamespace() {
        if (!Files.isExecutable(Path.of("/usr/sbin/ip")) && !Files.isExecutable(Path.of("/sbin/ip")) && !Files.isExecutable(Path.of("/usr/bin/ip"))) {
            return "no `ip` command (iproute2)";
        }
        if (!Files.isExecutable(Path.of("/usr/bin/curl"))) return "no curl to run in the namespace";
        try {
            run("ip", "netns", "add", NS);
            run("ip", "link", "add", OUTER, "type", "veth", "peer", "name", INNER);
            run("ip", "link", "set", INNER, "netns", NS);
            run("ip", "addr", "add", HOST + "/30", "dev", OUTER);
            run("ip", "link", "set", OUTER, "up");
            run("ip", "netns", "exec", NS, "ip", "addr", "add", CLIENT + "/30", "dev", INNER);
            run("ip", "netns", "exec", NS, "ip", "link", "set", INNER, "up");
            run("ip", "netns", "exec", NS, "ip", "link", "set", "lo", "up");
            return null;
        } catch (Exception e) {
            removeNamespace();
            return "cannot make a network namespace with a veth pair here (" + e.getMessage() + "; it needs root)";
        }
    }

    private static void removeNamespace() {
        try {
            run("ip", "netns", "del", NS); // takes the inner end, and so the pair, with it
        } catch (Exception ignored) {
            // never made
        }
        try {
            run("ip", "link", "del", OUTER);
        } catch (Exception ignored) {
            // gone with the namespace
        }
    }

    /** curl inside the namespace: the status code, then the body. */
    private static List<String> curl(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("ip", "netns", "exec", NS, "curl", "-s", "--max-time", "60", "-w", "\n%{http_code}"));
        cmd.addAll(List.of(args));
        String out = run(cmd.toArray(String[]::new));
        int cut = out.lastIndexOf('\n');
        return List.of(out.substring(cut + 1).strip(), out.substring(0, Math.max(cut, 0)));
    }

    @Test
    void aPublicServerSeenFromAnotherHost(@TempDir Path dir) throws Exception {
        String why = makeNamespace();
        if (why != null) System.out.println("PublicBindingTest skipped: " + why);
        assumeTrue(why == null, why);
        HttpServer listener = null;
        FusekiServer server = null;
        try {
            Path store = ExampleServer.oneDocumentStore(dir.resolve("store"));
            Path passwords = Files.writeString(dir.resolve("passwords"), "editor: s3cret\n");
            server = ChanceryServer.start(store, 0, false, UpdateAccess.fromPasswordFile(passwords));
            String base = "http://" + HOST + ":" + server.getHttpPort();
            // A service on this host that the client cannot reach by itself but the server could.
            List<String> received = new CopyOnWriteArrayList<>();
            listener = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            listener.createContext("/", exchange -> {
                received.add(exchange.getRequestURI().toString());
                exchange.sendResponseHeaders(500, -1);
                exchange.close();
            });
            listener.start();

            String ask = URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8);
            List<String> read = curl("-H", "Accept: application/sparql-results+json", base + "/chancery/sparql?query=" + ask);
            assertEquals("200", read.get(0), read.get(1));
            assertTrue(read.get(1).contains("true"), read.get(1));
            assertEquals("200", curl(base + "/chancery/queries").get(0), "the canned queries");
            assertEquals("200", curl(base + "/$/datasets").get(0), "what the web UI reads");

            String turtle = "<urn:example:a> <urn:example:b> \"c\" .";
            assertEquals("401", curl("-X", "POST", "--data-urlencode", "update=DROP ALL", base + "/chancery/update").get(0), "an update without credentials");
            assertEquals("401", curl("-X", "PUT", "-H", "Content-Type: text/turtle", "--data-binary", turtle, base + "/chancery/data?default").get(0),
                    "a Graph Store write without credentials");
            assertEquals("401", curl("-u", "editor:wrong", "-X", "PUT", "-H", "Content-Type: text/turtle", "--data-binary", turtle,
                    base + "/chancery/data?default").get(0), "a wrong password");
            assertEquals("403", curl(base + "/$/stats").get(0), "administration from another host");
            assertEquals("405", curl("-X", "POST", base + "/$/datasets?dbName=x&dbType=mem").get(0), "creating a dataset");

            String service = URLEncoder.encode("SELECT * WHERE { SERVICE <http://127.0.0.1:" + listener.getAddress().getPort() + "/sparql> { ?s ?p ?o } }",
                    StandardCharsets.UTF_8);
            List<String> refused = curl(base + "/chancery/sparql?query=" + service);
            assertEquals("400", refused.get(0), refused.get(1));
            assertTrue(refused.get(1).contains("refused"), refused.get(1));
            assertEquals(List.of(), received, "the server made a request for the client");

            // The store is as it was, and the writer, with the password, can write from there.
            assertTrue(curl("-H", "Accept: application/sparql-results+json", base + "/chancery/sparql?query="
                    + URLEncoder.encode("ASK { <urn:example:a> ?p ?o }", StandardCharsets.UTF_8)).get(1).contains("false"));
            assertEquals("201", curl("-u", "editor:s3cret", "-X", "PUT", "-H", "Content-Type: text/turtle", "--data-binary", turtle,
                    base + "/chancery/data?graph=urn:example:g").get(0));
            System.out.println("--public across a veth pair: " + CLIENT + " → " + base + ": reads answered; writes, administration and SERVICE refused");
        } finally {
            if (listener != null) listener.stop(0);
            if (server != null) ChanceryServer.stop(server);
            removeNamespace();
        }
    }
}
