package org.chancery.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.assembler.Assembler;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.query.text.assembler.TextVocab;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.Quad;

/**
 * The Lucene index of names that {@code text:query} searches, described in
 * {@code fuseki-config/chancery.ttl}. It is rebuilt whole from the store after a load: a load
 * replaces document graphs, and an entry per triple of the union graph (not per document) gives one
 * hit per name however many documents repeat it. Lucene applies the rebuild at its commit only, so a
 * failed rebuild leaves the previous index searchable.
 */
public final class LabelIndex {
    /**
     * Beside the index in the store's folder while a load may have left the index behind the store:
     * written before the store's commit, removed once the index has caught up. A process killed in
     * between leaves it, and whoever serves the store next rebuilds the index.
     */
    static final String BEHIND = "label-index.behind";

    private LabelIndex() {}

    /** Says, before a write to the store in {@code storeDir}, that the index may fall behind it. */
    public static void markBehind(Path storeDir) {
        try {
            Files.writeString(storeDir.resolve(BEHIND), "the label index may not hold the names of the last load\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + storeDir.resolve(BEHIND) + ": " + e.getMessage(), e);
        }
    }

    /** Whether a write to the store in {@code storeDir} may have gone without its index rebuild. */
    public static boolean behind(Path storeDir) {
        return Files.exists(storeDir.resolve(BEHIND));
    }

    /** Says the index holds the store's names again. */
    public static void caughtUp(Path storeDir) {
        try {
            Files.deleteIfExists(storeDir.resolve(BEHIND));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + storeDir.resolve(BEHIND) + ": " + e.getMessage(), e);
        }
    }

    /**
     * The names among quads as they go by (a bulk load's, which are the whole store): the index is then
     * rebuilt from them, without reading the store back, whose node table a fresh process reads slowly.
     * Entries as {@link #rebuild(Store, Resource)} makes them: per predicate, each (subject, name) of the
     * union graph once.
     */
    public static final class Names implements Consumer<Quad> {
        private final Node[] predicates;
        private final List<Set<Triple>> found = new ArrayList<>();

        public Names(Resource description) {
            EntityDefinition def = definition(description);
            Set<Node> ps = new LinkedHashSet<>();
            for (String field : def.fields()) ps.addAll(def.getPredicates(field));
            predicates = ps.toArray(new Node[0]);
            for (int i = 0; i < predicates.length; i++) found.add(new LinkedHashSet<>());
        }

        @Override
        public void accept(Quad q) {
            Node p = q.getPredicate();
            for (int i = 0; i < predicates.length; i++) {
                // The union graph is the named graphs', the default graph apart.
                if (predicates[i].equals(p) && !q.isDefaultGraph()) found.get(i).add(q.asTriple());
            }
        }
    }

    private static EntityDefinition definition(Resource description) {
        Resource map = description.getPropertyResourceValue(TextVocab.pEntityMap);
        if (map == null) throw new IllegalStateException("the label index has no text:entityMap");
        return (EntityDefinition) Assembler.general().open(map);
    }

    /** Rebuilds the index described by {@code description} from names gathered as a bulk load went by. */
    public static long rebuild(Names names, Resource description) {
        return rebuild(description, (index, def) -> {
            long n = 0;
            for (int i = 0; i < names.predicates.length; i++) {
                for (Triple t : names.found.get(i)) n += add(index, def, t, names.predicates[i]);
            }
            return n;
        });
    }

    /** Rebuilds the index described by {@code description} from the names in the store; returns how many were indexed. */
    public static long rebuild(Store store, Resource description) {
        long indexed = rebuild(description, (index, names) -> store.read(() -> {
            Graph union = store.dataset().getUnionGraph();
            long n = 0;
            // Two predicates sharing a field list it twice: each predicate is indexed once.
            Set<Node> predicates = new LinkedHashSet<>();
            for (String field : names.fields()) predicates.addAll(names.getPredicates(field));
            for (Node p : predicates) {
                var it = union.find(Node.ANY, p, Node.ANY);
                while (it.hasNext()) n += add(index, names, it.next(), p);
            }
            return n;
        }));
        caughtUp(store.dir());
        return indexed;
    }

    private static int add(TextIndex index, EntityDefinition names, Triple t, Node p) {
        Entity e = TextQueryFuncs.entityFromQuad(names, Quad.defaultGraphIRI, t.getSubject(), p, t.getObject());
        if (e == null) return 0;
        index.addEntity(e);
        return 1;
    }

    private static long rebuild(Resource description, java.util.function.ToLongBiFunction<TextIndex, EntityDefinition> fill) {
        TextIndex index = (TextIndex) Assembler.general().open(description);
        Phases.mark("label index: open");
        try {
            if (!(index instanceof TextIndexLucene lucene)) {
                throw new IllegalStateException("the label index must be a text:TextIndexLucene, not " + index.getClass().getSimpleName());
            }
            lucene.getIndexWriter().deleteAll();
            long count = fill.applyAsLong(index, index.getDocDef());
            Phases.mark("label index: add");
            index.commit();
            Phases.mark("label index: commit");
            return count;
        } catch (IOException e) {
            index.rollback();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            index.rollback();
            throw e;
        } finally {
            index.close();
        }
    }
}
