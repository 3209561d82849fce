package org.chancery.graph;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.graph.Node;

/**
 * An individual as one document's graph declares it: its class, labels (language-tagged literals),
 * alternative labels, Wikidata identity.
 */
public final class EntityRecord {
    public final Node iri;
    public final Node type;
    public final Set<Node> labels = new LinkedHashSet<>();
    public final Set<Node> altLabels = new LinkedHashSet<>();
    public Node sameAs;

    public EntityRecord(Node iri, Node type) {
        this.iri = iri;
        this.type = type;
    }
}
