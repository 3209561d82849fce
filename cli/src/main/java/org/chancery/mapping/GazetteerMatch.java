package org.chancery.mapping;

import java.util.List;

/** A run of tokens [start, end) of a sentence that a gazetteer label covers, and what it names. */
public record GazetteerMatch(int start, int end, List<Entry> entries) {

    public boolean has(Kind kind) {
        return entries.stream().anyMatch(e -> e.kind() == kind);
    }

    public Entry first(Kind kind) {
        return entries.stream().filter(e -> e.kind() == kind).findFirst().orElse(null);
    }

    public Cue cue(String type) {
        return entries.stream().filter(e -> e.kind() == Kind.CUE && e.cue().is(type)).map(Entry::cue).findFirst().orElse(null);
    }
}
