package org.chancery.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.chancery.document.Document;

/**
 * What one document says once its mentions have IRIs: the individuals it names and the facts it
 * states, ready to be written as that document's named graph.
 */
public final class ResolvedDocument {
    public final Document document;
    /** The language the document was read in (a BCP 47 tag). */
    public final String language;
    /** The document's sentences, by index: the evidence of its facts. */
    public final List<SentenceSpan> sentences;
    public final Node iri;
    public final Map<Node, EntityRecord> entities = new LinkedHashMap<>();
    public final List<Fact> facts = new ArrayList<>();

    public ResolvedDocument(Document document, String language, List<SentenceSpan> sentences, Node iri) {
        this.document = document;
        this.language = language;
        this.sentences = List.copyOf(sentences);
        this.iri = iri;
    }

    public EntityRecord entity(Node iri, Node type) {
        return entities.computeIfAbsent(iri, k -> new EntityRecord(iri, type));
    }

    public void fact(Node s, Node p, Node o, int sentence) {
        facts.add(new Fact(s, p, o, sentence));
    }
}
