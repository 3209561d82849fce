package org.chancery.graph;

import org.apache.jena.graph.Node;

/** One statement a document makes, with the sentence that makes it (-1: no single sentence). */
public record Fact(Node subject, Node predicate, Node object, int sentence) {}
