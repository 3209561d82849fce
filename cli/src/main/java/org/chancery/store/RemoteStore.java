package org.chancery.store;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.http.auth.AuthEnv;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.exec.http.GSP;

/**
 * A store behind a SPARQL Graph Store Protocol endpoint: `chancery serve --allow-update`, or any
 * dataset open to writes. Each document's graph is sent with PUT, so a document sent again
 * replaces its graph; each PUT is one transaction on the server, so a graph lands whole or not at all.
 */
public final class RemoteStore {
    private final String endpoint;

    private RemoteStore(String endpoint) {
        this.endpoint = endpoint;
    }

    /** The endpoint, with the credentials to answer its challenges (Basic or Digest) when given. */
    public static RemoteStore connect(String endpoint, String user, String password) {
        URI uri;
        try {
            uri = URI.create(endpoint);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--endpoint: not a URL: " + endpoint);
        }
        if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
            throw new IllegalArgumentException("--endpoint: an http:// or https:// URL is needed, e.g. http://localhost:3030/chancery/data (got " + endpoint + ")");
        }
        // Jena keeps credentials, and the authentication they won, per process: start clean.
        AuthEnv.get().unregisterUsernamePassword(uri);
        AuthEnv.get().clearActiveAuthentication();
        if (user != null) AuthEnv.get().registerUsernamePassword(uri, user, password);
        return new RemoteStore(endpoint);
    }

    /** Whether credentials would cross the network unencrypted. */
    public boolean exposesCredentials() {
        URI uri = URI.create(endpoint);
        String host = uri.getHost();
        return uri.getScheme().equals("http") && !(host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]"));
    }

    public String endpoint() {
        return endpoint;
    }

    /** Replaces one named graph on the server with {@code graph}. */
    public void put(Node graphName, Graph graph) {
        send(graphName, graph, true);
    }

    /** Adds {@code graph}'s triples to one named graph on the server (POST), keeping what it held. */
    public void add(Node graphName, Graph graph) {
        send(graphName, graph, false);
    }

    private void send(Node graphName, Graph graph, boolean replace) {
        try {
            send(GSP.service(endpoint).graphName(graphName).contentType(RDFFormat.NTRIPLES), graph, replace);
        } catch (HttpException e) {
            if (!droppedConnection(e)) throw refusal(e);
            // A kept-alive connection the server had closed meanwhile: PUT is idempotent, and adding
            // the same triples twice leaves a graph as once, so send it once more.
            try {
                send(GSP.service(endpoint).graphName(graphName).contentType(RDFFormat.NTRIPLES), graph, replace);
            } catch (HttpException again) {
                throw refusal(again);
            }
        }
    }

    private static void send(GSP request, Graph graph, boolean replace) {
        if (replace) request.PUT(graph);
        else request.POST(graph);
    }

    /** No answer at all on a connection that had been opened: not a refusal, and not an unreachable server. */
    private static boolean droppedConnection(HttpException e) {
        Throwable cause = e.getCause();
        return e.getStatusCode() <= 0 && cause instanceof java.io.IOException
                && !(cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException);
    }

    private RemoteException refusal(HttpException e) {
        int status = e.getStatusCode();
        if (status <= 0) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            boolean unreachable = cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException;
            return new RemoteException(endpoint + ": cannot " + (unreachable ? "connect" : "send") + " ("
                    + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()) + "): is the server running?", true);
        }
        String why = switch (status) {
            case 401 -> "the server wants a user and password, or refused those given (--user, --password-file)";
            case 403 -> "the user given may not write to this dataset";
            case 404 -> "no dataset there (the URL is the server's graph store endpoint, e.g. http://localhost:3030/chancery/data)";
            case 405 -> "the endpoint takes no writes (start the server with --allow-update, and give its graph store endpoint, e.g. …/chancery/data)";
            default -> e.getResponse() == null || e.getResponse().isBlank() ? "" : e.getResponse().strip();
        };
        // A refusal of the data itself concerns one graph; any other answer concerns them all.
        boolean everyGraph = !(status == 400 || status == 413 || status == 415 || status == 422);
        return new RemoteException(endpoint + ": HTTP " + status + (why.isEmpty() ? "" : " — " + why), everyGraph);
    }

    /** A graph the server did not take; {@code everyGraph} when the next ones would fail alike. */
    public static final class RemoteException extends RuntimeException {
        private final boolean everyGraph;

        RemoteException(String message, boolean everyGraph) {
            super(message);
            this.everyGraph = everyGraph;
        }

        public boolean everyGraph() {
            return everyGraph;
        }
    }
}
