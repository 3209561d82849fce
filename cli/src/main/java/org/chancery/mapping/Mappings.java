package org.chancery.mapping;

import java.util.Collection;
import java.util.List;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.chancery.text.Folding;

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
    private final Map<String, List<String>> lists;
    private final Map<String, MeetingKind> meetingKinds;
    private final Map<String, Map<String, Integer>> numbered;

    /** Cue types that are word lists read by a stage, not names for the gazetteer. */
    static final Set<String> LISTS = Set.of("FurniturePrompt", "FurnitureNotice");

    Mappings(Gazetteer gazetteer, Map<String, KnownEntity> entities, Map<String, List<Pattern>> patterns, List<String> boilerplateLines,
             Map<String, List<String>> lists, Map<String, Map<String, Integer>> numbered, int files, Map<String, MeetingKind> meetingKinds) {
        Map<String, Map<String, Integer>> numbers = new HashMap<>();
        numbered.forEach((k, v) -> numbers.put(k, Map.copyOf(v)));
        this.numbered = Map.copyOf(numbers);
        this.meetingKinds = Map.copyOf(meetingKinds);
        this.boilerplateLines = List.copyOf(boilerplateLines);
        Map<String, List<String>> copy = new HashMap<>();
        lists.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        this.lists = Map.copyOf(copy);
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

    /**
     * The forms of a word list of the mappings, in every language: FurniturePrompt (a short line
     * that starts with one is page furniture), FurnitureNotice (a line that holds one is a
     * publisher's notice), or a list of words.ttl. Empty for a list no mapping file fills.
     */
    public List<String> words(String list) {
        return lists.getOrDefault(list, List.of());
    }

    /**
     * A word list of words.ttl (map:WordList, by its map:listFor: ClauseWord, Possessive,
     * TitleArticle ...), folded as tokens are ({@link Folding#fold}), for a stage to test a token's norm against.
     */
    public Set<String> wordSet(String list) {
        Set<String> out = new HashSet<>();
        for (String w : words(list)) out.add(Folding.fold(w));
        return Set.copyOf(out);
    }

    /**
     * The words of a list's numbered entries (map:number), as written, with their numbers: the
     * Weekday list's names with their ISO day (Monday = 1). Empty for a list without numbers.
     */
    public Map<String, Integer> wordNumbers(String list) {
        return numbered.getOrDefault(list, Map.of());
    }

    /** The everyday kind of meeting called {@code kind} ("talks", "call", "visit"), or null. */
    public MeetingKind meetingKind(String kind) {
        return kind == null ? null : meetingKinds.get(kind);
    }

    public int fileCount() {
        return files;
    }
}
