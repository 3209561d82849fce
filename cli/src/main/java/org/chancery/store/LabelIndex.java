package org.chancery.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.assembler.Assembler;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
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
    private LabelIndex() {}

    /** Rebuilds the index described by {@code description} from the names in the store; returns how many were indexed. */
    public static long rebuild(Store store, Resource description) {
        TextIndex index = (TextIndex) Assembler.general().open(description);
        try {
            if (!(index instanceof TextIndexLucene lucene)) {
                throw new IllegalStateException("the label index must be a text:TextIndexLucene, not " + index.getClass().getSimpleName());
            }
            lucene.getIndexWriter().deleteAll();
            EntityDefinition names = index.getDocDef();
            long count = store.read(() -> {
                Graph union = store.dataset().getUnionGraph();
                long n = 0;
                // Two predicates sharing a field list it twice: each predicate is indexed once.
                Set<Node> predicates = new LinkedHashSet<>();
                for (String field : names.fields()) predicates.addAll(names.getPredicates(field));
                for (Node p : predicates) {
                    var it = union.find(Node.ANY, p, Node.ANY);
                    while (it.hasNext()) {
                        var t = it.next();
                        Entity e = TextQueryFuncs.entityFromQuad(names, Quad.defaultGraphIRI, t.getSubject(), p, t.getObject());
                        if (e != null) {
                            index.addEntity(e);
                            n++;
                        }
                    }
                }
                return n;
            });
            index.commit();
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
