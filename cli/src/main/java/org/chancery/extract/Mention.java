package org.chancery.extract;

import org.chancery.mapping.Cue;
import org.chancery.mapping.Kind;
import org.chancery.mapping.KnownEntity;

/**
 * A span of one sentence (tokens [start, end)) that names something the mappings know: a state,
 * a demonym, a place, an institution, a role, or a cue word.
 */
public record Mention(Kind kind, int sentence, int start, int end, String surface, KnownEntity entity, Cue cue) {

    public boolean isCue(String type) {
        return kind == Kind.CUE && cue.is(type);
    }

    /** The state a state or demonym mention stands for. */
    public String stateIri() {
        return (kind == Kind.STATE || kind == Kind.DEMONYM) && entity != null ? entity.iri() : null;
    }
}
