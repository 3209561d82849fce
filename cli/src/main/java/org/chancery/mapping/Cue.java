package org.chancery.mapping;

/**
 * A trigger or qualifying word from lexicon.ttl: {@code type} is the local name of its
 * {@code map:cueFor} (MeetingWord, PlannedCue, ...); {@code value} its meeting kind, topic or
 * pattern where it has one.
 */
public record Cue(String iri, String type, String value) {

    public boolean is(String cueType) {
        return type.equals(cueType);
    }
}
