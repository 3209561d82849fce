package org.chancery.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.chancery.cli.Cli.Run;
import org.chancery.serve.ChanceryServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `chancery load --endpoint`: documents sent to a running server, one PUT per graph, as a user with a password. */
class LoadThroughServerTest {
    static final String DOC = "https://w3id.org/chancery/id/document/";

    @TempDir
    static Path dir;
    static FusekiServer server;
    static DatasetGraph served;
    static String endpoint;
    static Path password;

    @BeforeAll
    static void start() throws Exception {
        Path users = dir.resolve("users.properties");
        Files.writeString(users, "loader: s3cret\n");
        password = dir.resolve("password");
        Files.writeString(password, "s3cret\n");
        served = DatasetGraphFactory.createTxnMem();
        server = FusekiServer.create().port(0).loopback(true)
                .passwordFile(users.toString()).serverAuthPolicy(Auth.policyAllowSpecific("loader"))
                .add("/ds", served, true).build().start();
        endpoint = "http://localhost:" + server.getHttpPort() + "/ds/data";
    }

    @AfterAll
    static void stop() {
        if (server != null) ChanceryServer.stop(server);
    }

    @BeforeEach
    void empty() {
        Txn.executeWrite(served, served::clear);
    }

    static Set<String> graphs() {
        return Txn.calculateRead(served, () -> {
            Set<String> names = new java.util.TreeSet<>();
            served.listGraphNodes().forEachRemaining(g -> names.add(g.getURI()));
            return names;
        });
    }

    static long size(String graph) {
        return Txn.calculateRead(served, () -> (long) served.getGraph(NodeFactory.createURI(graph)).size());
    }

    private Path nquads(String name, int factsInA) throws Exception {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < factsInA; i++) b.append("<urn:e").append(i).append("> <urn:p> \"").append(i).append("\" <").append(DOC).append("a> .\n");
        b.append("<urn:x> <urn:p> \"b\" <").append(DOC).append("b> .\n");
        Path p = dir.resolve(name);
        Files.writeString(p, b);
        return p;
    }

    private Run load(Path pw, Path... inputs) {
        String[] args = new String[6 + inputs.length];
        args[0] = "load";
        args[1] = "--endpoint";
        args[2] = endpoint;
        args[3] = "--user";
        args[4] = "loader";
        args[5] = "--password-file=" + pw;
        for (int i = 0; i < inputs.length; i++) args[6 + i] = inputs[i].toString();
        return Cli.run(args);
    }

    @Test
    void eachDocumentArrivesAsItsGraphAndALoadAgainReplacesIt() throws Exception {
        Path text = dir.resolve("visit.txt");
        Files.writeString(text, "The Foreign Minister of Norway, Ingrid Halvorsen, visited Geneva.");
        Path rdf = nquads("two.nq", 5);
        Run r = load(password, text, rdf);
        assertEquals(0, r.code(), r.err());
        assertEquals(Set.of(DOC + "a", DOC + "b", DOC + "visit-txt"), graphs());
        assertEquals(5, size(DOC + "a"));
        assertTrue(size(DOC + "visit-txt") > 5, "the converted document");

        Run again = load(password, nquads("two.nq", 2));
        assertEquals(0, again.code(), again.err());
        assertEquals(2, size(DOC + "a"), "the graph is replaced, not added to");
        assertTrue(size(DOC + "visit-txt") > 5, "a document not sent again is left alone");
    }

    @Test
    void aGraphThatComesBackInTheBatchIsAddedToNotReplaced() throws Exception {
        // Graphs are sent one at a time as they are read: here graph a is interrupted by b and comes
        // back, then a second file writes into a again. The server must hold all of a, as a local load would.
        Path mixed = dir.resolve("mixed.nq");
        Files.writeString(mixed, "<urn:a1> <urn:p> \"1\" <" + DOC + "a> .\n<urn:b1> <urn:p> \"1\" <" + DOC + "b> .\n"
                + "<urn:a2> <urn:p> \"2\" <" + DOC + "a> .\n");
        Path more = dir.resolve("more.nq");
        Files.writeString(more, "<urn:a3> <urn:p> \"3\" <" + DOC + "a> .\n");
        Run r = load(password, mixed, more);
        assertEquals(0, r.code(), r.err());
        assertEquals(3, size(DOC + "a"));
        assertEquals(1, size(DOC + "b"));
        assertTrue(r.err().contains("sent 2 graph(s), 4 triple(s)"), r.err());
    }

    @Test
    void aWrongPasswordIsRefusedAndChangesNothing() throws Exception {
        Path wrong = dir.resolve("wrong");
        Files.writeString(wrong, "guess\n");
        Run r = load(wrong, nquads("one.nq", 3));
        assertEquals(1, r.code());
        assertTrue(r.err().contains("HTTP 401"), r.err());
        assertTrue(r.err().contains("Not sent: 2 graph(s)"), r.err());
        assertEquals(Set.of(), graphs());
        Run none = Cli.run("load", "--endpoint", endpoint, nquads("one.nq", 3).toString());
        assertEquals(1, none.code());
        assertTrue(none.err().contains("HTTP 401"), none.err());
    }

    @Test
    void anUnreachableServerIsNamed() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Run r = Cli.run("load", "--endpoint", "http://localhost:" + port + "/ds/data", nquads("one.nq", 1).toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("cannot connect"), r.err());
    }

    @Test
    void credentialsAndLoaderOptionsAreChecked() throws Exception {
        Path in = nquads("one.nq", 1);
        assertEquals(2, Cli.run("load", "--endpoint", endpoint, "--user", "loader", in.toString()).code());
        assertEquals(2, Cli.run("load", "--store", dir.resolve("s").toString(), "--user", "loader", "--password-file", password.toString(), in.toString()).code());
        assertEquals(2, Cli.run("load", "--endpoint", endpoint, "--loader", "bulk", in.toString()).code());
        Run missing = load(dir.resolve("no-such-file"), in);
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no-such-file"), missing.err());
        assertEquals(2, Cli.run("load", "--endpoint", "ftp://example.org/x", in.toString()).code());
    }
}
