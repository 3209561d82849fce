package org.chancery.mapping;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Everything the extractor knows before reading: known entities by IRI, the gazetteer over their
 * names and the lexicon's cues, and identifier patterns. Immutable once built; shared by threads.
 */
public final class Mappings {
    private final Gazetteer gazetteer;
    private final Map<String, KnownEntity> entities;
    private final Map<String, List<Pattern>> patterns;
    private final int files;
    private final List<String> boilerplateLines;
    private final Map<String, MeetingKind> meetingKinds;

    Mappings(Gazetteer gazetteer, Map<String, KnownEntity> entities, Map<String, List<Pattern>> patterns, List<String> boilerplateLines, int files,
            Map<String, MeetingKind> meetingKinds) {
        this.meetingKinds = Map.copyOf(meetingKinds);
        this.boilerplateLines = List.copyOf(boilerplateLines);
        this.gazetteer = gazetteer;
        this.entities = Map.copyOf(entities);
        this.patterns = Map.copyOf(patterns);
        this.files = files;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public KnownEntity entity(String iri) {
        return entities.get(iri);
    }

    public Collection<KnownEntity> entities() {
        return entities.values();
    }

    /**
     * The regular expressions of lexicon.ttl for one cue type (IdentifierPattern, VotesForPattern,
     * ...); group 1 of each is the value it finds.
     */
    public List<Pattern> patterns(String cueType) {
        return patterns.getOrDefault(cueType, List.of());
    }

    /** Lines of page furniture (BoilerplateLine cues) that a reader drops. */
    public List<String> boilerplateLines() {
        return boilerplateLines;
    }

    /** The everyday kind of meeting called {@code kind} ("talks", "call", "visit"), or null. */
    public MeetingKind meetingKind(String kind) {
        return kind == null ? null : meetingKinds.get(kind);
    }

    public int fileCount() {
        return files;
    }
}
