package org.chancery.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.chancery.graph.Dip;
import org.chancery.graph.GraphEmitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Loading into a store, by transaction and by the bulk loader: what replaces, what merges, what survives a failure. */
class StoreTest {
    static final Node KZ = NodeFactory.createURI(Dip.iri("state", "KZ"));

    @TempDir
    Path dir;

    static Node doc(String name) {
        return NodeFactory.createURI(Dip.iri("document", name));
    }

    /** A document's graph: its evidence nodes, and Kazakhstan, an entity every document shares. */
    static void document(StreamRDF out, String name, int facts) {
        Node g = doc(name);
        out.quad(Quad.create(g, g, Dip.RDF_TYPE, Dip.DOCUMENT));
        out.quad(Quad.create(g, KZ, Dip.RDF_TYPE, Dip.STATE));
        out.quad(Quad.create(g, KZ, Dip.DERIVED_FROM, g));
        for (int i = 0; i < facts; i++) {
            Node ev = NodeFactory.createURI(g.getURI() + "/evidence/" + i);
            out.quad(Quad.create(g, ev, Dip.SENTENCE_INDEX, GraphEmitter.integer(i)));
        }
    }

    static Consumer<StreamRDF> documents(String... namesAndSizes) {
        return out -> {
            for (int i = 0; i < namesAndSizes.length; i += 2) document(out, namesAndSizes[i], Integer.parseInt(namesAndSizes[i + 1]));
        };
    }

    static Set<Quad> contents(Store s) {
        return s.read(() -> {
            Set<Quad> all = new HashSet<>();
            s.dataset().find().forEachRemaining(all::add);
            return all;
        });
    }

    static long graphSize(Store s, String name) {
        return s.read(() -> (long) s.dataset().getGraph(doc(name)).size());
    }

    static Set<Node> graphs(String... names) {
        Set<Node> out = new HashSet<>();
        for (String n : names) out.add(doc(n));
        return out;
    }

    private List<String> generations(Path store) throws Exception {
        try (Stream<Path> s = Files.list(store)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data")).sorted().toList();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Store.Loader.class, names = {"TRANSACTION", "BULK"})
    void aDocumentLoadedAgainReplacesItsGraphAndTheOthersStay(Store.Loader loader) throws Exception {
        Path store = dir.resolve("store");
        try (Store s = Store.open(store)) {
            s.load(graphs("a", "b"), 0, Store.Loader.TRANSACTION, documents("a", "10", "b", "20"));
            Store.LoadReport r = s.load(graphs("a", "c"), 0, loader, documents("a", "3", "c", "5"));
            assertEquals(loader == Store.Loader.BULK, r.bulk());
            assertEquals(2, r.graphs());
            assertEquals(3 + 3, graphSize(s, "a"), "the old graph of a is gone, the new one is whole");
            assertEquals(3 + 20, graphSize(s, "b"), "b, not loaded again, is kept");
            assertEquals(3 + 5, graphSize(s, "c"));
        }
        try (Store s = Store.open(store)) {
            assertEquals(3 + 3, graphSize(s, "a"), "and so it stays when the store is opened again");
        }
        assertEquals(List.of(loader == Store.Loader.BULK ? "Data-0002" : "Data-0001"), generations(store));
    }

    @ParameterizedTest
    @EnumSource(value = Store.Loader.class, names = {"TRANSACTION", "BULK"})
    void entitiesMergeAcrossDocumentsByIri(Store.Loader loader) {
        try (Store s = Store.open(dir.resolve("store"))) {
            s.load(graphs("a"), 0, loader, documents("a", "1"));
            s.load(graphs("b"), 0, loader, documents("b", "1"));
            long states = s.read(() -> s.dataset().getUnionGraph().find(Node.ANY, Dip.RDF_TYPE, Dip.STATE).toList().size());
            assertEquals(1, states, "one Kazakhstan in the union");
            long sources = s.read(() -> s.dataset().getUnionGraph().find(KZ, Dip.DERIVED_FROM, Node.ANY).toList().size());
            assertEquals(2, sources, "found in both documents");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Store.Loader.class, names = {"TRANSACTION", "BULK"})
    void aLoadThatFailsHalfWayLeavesTheStoreAsItWas(Store.Loader loader) throws Exception {
        Path store = dir.resolve("store");
        try (Store s = Store.open(store)) {
            s.load(graphs("a", "b"), 0, Store.Loader.TRANSACTION, documents("a", "10", "b", "20"));
            Set<Quad> before = contents(s);
            RuntimeException e = assertThrows(RuntimeException.class, () -> s.load(graphs("a", "c"), 0, loader, out -> {
                document(out, "a", 3);
                document(out, "c", 5000);
                throw new IllegalStateException("the disk is on fire");
            }));
            assertTrue(e.getMessage().contains("the disk is on fire"), e.getMessage());
            assertEquals(before, contents(s), "nothing replaced, nothing added");
            // And the store still takes loads.
            s.load(graphs("d"), 0, loader, documents("d", "2"));
            assertEquals(3 + 2, graphSize(s, "d"));
        }
        assertTrue(generations(store).stream().noneMatch(n -> n.endsWith("-tmp")), "no half-built generation is left");
    }

    @Test
    void autoTakesTheBulkLoaderForALargeInputIntoASmallerStore() {
        try (Store s = Store.open(dir.resolve("store"))) {
            int facts = (int) Store.BULK_MIN_QUADS;
            assertFalse(s.load(graphs("small"), 10, Store.Loader.AUTO, documents("small", "7")).bulk());
            assertTrue(s.load(graphs("large"), facts + 3, Store.Loader.AUTO, documents("large", Integer.toString(facts))).bulk());
            assertEquals(facts + 3, graphSize(s, "large"));
            assertEquals(3 + 7, graphSize(s, "small"), "what was stored is carried into the new generation");
            // The store now outweighs an input of the same size: a transaction is cheaper than rewriting it.
            assertFalse(s.load(graphs("large2"), facts, Store.Loader.AUTO, documents("large2", "5")).bulk());
        }
    }

    /** A load in another process, killed at once: opening the store again finds it as it was. */
    @ParameterizedTest
    @EnumSource(value = Store.Loader.class, names = {"TRANSACTION", "BULK"})
    void aKilledLoadLeavesTheStoreAsItWas(Store.Loader loader) throws Exception {
        Path store = dir.resolve("store");
        Set<Quad> before;
        try (Store s = Store.open(store)) {
            s.load(graphs("a", "b"), 0, Store.Loader.TRANSACTION, documents("a", "10", "b", "20"));
            before = contents(s);
        }
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), LoadUntilKilled.class.getName(), store.toString(), loader.name())
                .redirectErrorStream(true).start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null && !line.equals(LoadUntilKilled.LOADING)) {
                // Skip the JVM's own chatter.
            }
            assertEquals(LoadUntilKilled.LOADING, line, "the loading process started");
            if (loader == Store.Loader.BULK) {
                assertTrue(generations(store).contains("Data-0002-tmp"), "the bulk load builds beside the store");
            }
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        }
        try (Store s = Store.open(store)) {
            assertEquals(before, contents(s));
        }
        assertEquals(List.of("Data-0001"), generations(store), "TDB2 clears a half-built generation on opening");
    }
}
