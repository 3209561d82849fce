package org.chancery.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who may write, and who may administer: updates only with --allow-update and the password file's user; administration from localhost. */
class ServerAccessTest {
    static final HttpClient HTTP = HttpClient.newHttpClient();

    private static HttpResponse<String> send(HttpRequest.Builder b, String user, String password) throws Exception {
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder update(String base, String update) {
        return HttpRequest.newBuilder(URI.create(base + "/chancery/update"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update=" + URLEncoder.encode(update, StandardCharsets.UTF_8)));
    }

    private static HttpRequest.Builder query(String base, String query) {
        return HttpRequest.newBuilder(URI.create(base + "/chancery/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv");
    }

    @Test
    void updatesNeedThePasswordFilesUser(@TempDir Path dir) throws Exception {
        Path store = ExampleServer.oneDocumentStore(dir.resolve("store"));
        Path passwords = dir.resolve("passwords");
        Files.writeString(passwords, "# who may write\neditor: s3cret\n");
        UpdateAccess access = UpdateAccess.fromPasswordFile(passwords);
        assertEquals("editor", access.user());
        FusekiServer server = ChanceryServer.start(store, 0, true, access);
        try {
            String base = "http://localhost:" + server.getHttpPort();
            String insert = "INSERT DATA { GRAPH <urn:example:notes> { <urn:example:zanzibar> <http://www.w3.org/2000/01/rdf-schema#label> \"Zanzibarique\"@fr } }";
            assertEquals(401, send(update(base, insert), null, null).statusCode(), "no credentials");
            assertEquals(401, send(update(base, insert), "editor", "wrong").statusCode(), "a wrong password");
            assertEquals(401, send(update(base, insert), "someone", "s3cret").statusCode(), "another user");
            assertEquals(200, send(update(base, insert), "editor", "s3cret").statusCode());
            // Reading stays open to all, and the label index follows the write.
            HttpResponse<String> found = send(query(base,
                    "PREFIX text: <http://jena.apache.org/text#> SELECT ?s WHERE { ?s text:query 'zanzibarique' }"), null, null);
            assertEquals(200, found.statusCode());
            assertEquals("s\r\nurn:example:zanzibar\r\n", found.body());
            HttpRequest.Builder put = HttpRequest.newBuilder(URI.create(base + "/chancery/data?graph=urn:example:more"))
                    .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<urn:example:a> <urn:example:b> \"c\" ."));
            assertEquals(401, send(put, null, null).statusCode());
            assertEquals(201, send(put, "editor", "s3cret").statusCode());
            assertEquals(200, send(update(base, "DROP GRAPH <urn:example:notes>"), "editor", "s3cret").statusCode());
            assertEquals("s\r\n", send(query(base,
                    "PREFIX text: <http://jena.apache.org/text#> SELECT ?s WHERE { ?s text:query 'zanzibarique' }"), null, null).body(),
                    "what a write deletes leaves the index too");
        } finally {
            var watchers = server.getJettyServer().getContainedBeans(org.eclipse.jetty.security.PropertyUserStore.class);
            assertTrue(!watchers.isEmpty());
            ChanceryServer.stop(server);
            assertTrue(watchers.stream().allMatch(w -> w.isStopped()), "the password file's watcher outlived the server");
        }
    }

    @Test
    void aPasswordFileWithoutAnEntryIsRefusedWithItsName(@TempDir Path dir) throws Exception {
        Path empty = dir.resolve("empty");
        Files.writeString(empty, "# nobody yet\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UpdateAccess.fromPasswordFile(empty));
        assertTrue(e.getMessage().contains(empty.toString()) && e.getMessage().contains("no 'user: password' entry"), e.getMessage());
        Path bad = dir.resolve("bad");
        Files.writeString(bad, "editor\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> UpdateAccess.fromPasswordFile(bad)).getMessage().contains("'user: password'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> UpdateAccess.fromPasswordFile(dir.resolve("missing")))
                .getMessage().contains("cannot read"));
    }

    @Test
    void administrationIsReadOnlyAndForLocalhost() throws Exception {
        InetAddress local = InetAddress.getByName("127.0.0.1");
        InetAddress remote = InetAddress.getByName("192.0.2.7"); // TEST-NET-1: an address literal, never contacted
        assertNull(UiModule.refusal("GET", "/$/stats", local));
        assertNull(UiModule.refusal("GET", "/$/datasets", remote), "the UI's dataset list is shown to remote users");
        assertNull(UiModule.refusal("GET", "/$/datasets/chancery", remote));
        assertNull(UiModule.refusal("GET", "/$/server", remote));
        assertTrue(UiModule.refusal("GET", "/$/stats", remote).contains("localhost"));
        assertTrue(UiModule.refusal("GET", "/$/tasks", remote).contains("localhost"));
        assertTrue(UiModule.refusal("POST", "/$/datasets", local).startsWith("read-only"));
        assertTrue(UiModule.refusal("POST", "/$/backup/chancery", local).startsWith("read-only"));
        assertTrue(UiModule.refusal("DELETE", "/$/datasets/chancery", remote).startsWith("read-only"));
        // The running server applies it.
        ExampleServer served = ExampleServer.get();
        assertEquals(200, HTTP.send(HttpRequest.newBuilder(URI.create(served.base() + "/$/stats")).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(405, HTTP.send(HttpRequest.newBuilder(URI.create(served.base() + "/$/compact/chancery"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    private static String count(String base) throws Exception {
        return send(query(base, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"), null, null).body();
    }

    /** Every way Fuseki knows to write, on a server started without --allow-update: each is refused, and nothing changes. */
    @Test
    void aReadOnlyServerTakesNoWriteOfAnyKind() throws Exception {
        ExampleServer served = ExampleServer.get();
        String base = served.base();
        String before = count(base);
        String insert = "INSERT DATA { GRAPH <urn:example:notes> { <urn:example:a> <urn:example:b> \"c\" } }";
        String turtle = "<urn:example:a> <urn:example:b> \"c\" .";
        List<HttpRequest.Builder> writes = List.of(
                update(base, insert),
                HttpRequest.newBuilder(URI.create(base + "/chancery/sparql")).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("update=" + URLEncoder.encode(insert, StandardCharsets.UTF_8))),
                HttpRequest.newBuilder(URI.create(base + "/chancery")).header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString(insert)),
                HttpRequest.newBuilder(URI.create(base + "/chancery/data?graph=urn:example:more")).header("Content-Type", "text/turtle")
                        .PUT(HttpRequest.BodyPublishers.ofString(turtle)),
                HttpRequest.newBuilder(URI.create(base + "/chancery/get?graph=urn:example:more")).header("Content-Type", "text/turtle")
                        .PUT(HttpRequest.BodyPublishers.ofString(turtle)),
                HttpRequest.newBuilder(URI.create(base + "/chancery?graph=urn:example:more")).header("Content-Type", "text/turtle")
                        .POST(HttpRequest.BodyPublishers.ofString(turtle)),
                HttpRequest.newBuilder(URI.create(base + "/chancery?default")).DELETE(),
                HttpRequest.newBuilder(URI.create(base + "/chancery/upload")).header("Content-Type", "text/turtle")
                        .POST(HttpRequest.BodyPublishers.ofString(turtle)),
                HttpRequest.newBuilder(URI.create(base + "/$/datasets?dbName=other&dbType=mem")).POST(HttpRequest.BodyPublishers.noBody()),
                HttpRequest.newBuilder(URI.create(base + "/$/datasets/chancery")).DELETE());
        List<String> answers = new java.util.ArrayList<>();
        for (HttpRequest.Builder w : writes) {
            HttpRequest probe = w.build();
            // A client of its own: the server may close the connection of a refused request whose body it did not read.
            HttpRequest.Builder b = w.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)));
            int status;
            status = HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
            answers.add(probe.method() + " " + probe.uri().getRawPath() + " " + status);
            assertTrue(status >= 400 && status < 500, probe.method() + " " + probe.uri() + " answered " + status);
        }
        System.out.println("read-only server: " + answers);
        assertEquals(before, count(base), "a refused write changed the data");
        assertEquals(200, HTTP.send(HttpRequest.newBuilder(URI.create(base + "/$/datasets/chancery")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode(), "the dataset is still there");
    }

    /** Bound to the loopback interface by default (no --public): another address of this machine does not answer. */
    @Test
    void theServerListensOnLocalhostOnly() throws Exception {
        ExampleServer served = ExampleServer.get();
        for (var connector : served.server.getJettyServer().getConnectors()) {
            String host = ((org.eclipse.jetty.server.ServerConnector) connector).getHost();
            assertTrue(host != null && InetAddress.getByName(host).isLoopbackAddress(), "bound to " + host);
        }
        InetAddress other = java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces()).stream()
                .filter(i -> { try { return i.isUp() && !i.isLoopback(); } catch (java.net.SocketException e) { return false; } })
                .flatMap(i -> java.util.Collections.list(i.getInetAddresses()).stream())
                .filter(a -> a instanceof java.net.Inet4Address && !a.isLoopbackAddress()).findFirst().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(other != null, "this machine has no address but loopback");
        System.out.println("localhost only: " + other.getHostAddress() + ":" + served.server.getHttpPort() + " refuses connections");
        try (java.net.Socket s = new java.net.Socket()) {
            assertThrows(java.net.ConnectException.class, () -> s.connect(new java.net.InetSocketAddress(other, served.server.getHttpPort()), 5000),
                    "the server answered on " + other.getHostAddress());
        }
    }
}
