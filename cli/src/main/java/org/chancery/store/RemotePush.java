package org.chancery.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.chancery.graph.GraphEmitter;
import org.chancery.graph.ResolvedDocument;

/**
 * Sends graphs to a {@link RemoteStore} as they come, one at a time, so memory holds one graph and
 * not the whole batch. A graph is sent with PUT (it replaces what the server had); should the same
 * graph come again later in the batch (two files writing into it), it is added with POST, so the
 * server ends up with the union, as a load into a local store would. A refusal of one graph is
 * noted with the file it came from; an answer that concerns every graph (no server, no rights)
 * stops the sending, and the graphs left are counted.
 */
public final class RemotePush {
    private final RemoteStore remote;
    private final Set<Node> seen = new HashSet<>();
    private final Set<Node> notSent = new LinkedHashSet<>();
    private final List<String> problems = new ArrayList<>();
    private RemoteStore.RemoteException stopped;
    private int graphs;
    private long triples;

    public RemotePush(RemoteStore remote) {
        this.remote = remote;
    }

    /** What was sent: distinct graphs, triples, and the problems (each naming its file). */
    public record Result(int graphs, long triples, List<String> problems) {}

    /** One converted document's graph. */
    public void send(ResolvedDocument d) {
        Map<Node, Graph> byGraph = new LinkedHashMap<>();
        new GraphEmitter(new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                byGraph.computeIfAbsent(q.getGraph(), g -> GraphFactory.createDefaultGraph()).add(q.asTriple());
            }
        }).emit(d);
        byGraph.forEach((g, graph) -> send(g, graph, d.document.source()));
    }

    /**
     * An RDF file's graphs, streamed: a graph is sent as soon as the file moves on to another one
     * (files written by graph, as TriG and N-Quads exports are, are sent one graph at a time).
     */
    public void send(RdfFile f) {
        String source = f.path().toString();
        Node[] current = {null};
        Graph[] buffer = {null};
        f.send(new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                if (!q.getGraph().equals(current[0])) {
                    if (current[0] != null) send(current[0], buffer[0], source);
                    current[0] = q.getGraph();
                    buffer[0] = GraphFactory.createDefaultGraph();
                }
                buffer[0].add(q.asTriple());
            }
        });
        if (current[0] != null) send(current[0], buffer[0], source);
    }

    private void send(Node g, Graph graph, String source) {
        if (stopped != null) {
            if (!seen.contains(g)) notSent.add(g);
            return;
        }
        boolean again = !seen.add(g);
        try {
            if (again) remote.add(g, graph);
            else remote.put(g, graph);
            if (!again) graphs++;
            triples += graph.size();
        } catch (RemoteStore.RemoteException e) {
            if (e.everyGraph()) {
                stopped = e;
                notSent.add(g);
            } else {
                problems.add(source + ": the server refused graph <" + g.getURI() + "> (" + e.getMessage() + ")");
            }
        }
    }

    /** The outcome, once everything has been sent (or the sending stopped). */
    public Result finish() {
        List<String> all = new ArrayList<>(problems);
        if (stopped != null) all.add(stopped.getMessage() + ". Not sent: " + notSent.size() + " graph(s).");
        return new Result(graphs, triples, all);
    }
}
