package org.chancery.mapping;

/**
 * What one label of the gazetteer points to: a known entity, or a cue. {@code exactForm} is set for
 * acronyms ("UN", "US"), which must match their capitals exactly.
 */
public record Entry(Kind kind, KnownEntity entity, Cue cue, String exactForm) {

    public String iri() {
        return entity != null ? entity.iri() : cue.iri();
    }
}
