package org.chancery.mapping;

/** IRIs of the mapping vocabulary (the {@code map:} terms of mappings/README.md). */
public final class Vocab {
    public static final String MAP = "https://w3id.org/chancery/mapping#";
    public static final String DIP = "https://w3id.org/chancery/ontology#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String OWL_SAME_AS = "http://www.w3.org/2002/07/owl#sameAs";
    public static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

    private Vocab() {}
}
