package org.chancery.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.chancery.extract.DocumentReading;

/**
 * What one document says once its mentions have IRIs: the individuals it names and the facts it
 * states, ready to be written as that document's named graph.
 */
public final class ResolvedDocument {
    public final DocumentReading reading;
    public final Node iri;
    public final Map<Node, EntityRecord> entities = new LinkedHashMap<>();
    public final List<Fact> facts = new ArrayList<>();

    public ResolvedDocument(DocumentReading reading, Node iri) {
        this.reading = reading;
        this.iri = iri;
    }

    public EntityRecord entity(Node iri, Node type) {
        return entities.computeIfAbsent(iri, k -> new EntityRecord(iri, type));
    }

    public void fact(Node s, Node p, Node o, int sentence) {
        facts.add(new Fact(s, p, o, sentence));
    }
}
