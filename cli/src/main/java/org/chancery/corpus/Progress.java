package org.chancery.corpus;

/**
 * Told of each document as a conversion goes: pass 1 reads every document, pass 2 resolves and
 * hands it over, so a batch of n documents is 2n steps. Called on the converting thread.
 */
public interface Progress {
    Progress NONE = (pass, done, total, words) -> { };

    /** {@code done} of {@code total} documents finished in {@code pass} (1 or 2); {@code words} converted so far (pass 2). */
    void document(int pass, int done, int total, long words);

    /** Other work counted in {@code unit}s (quads stored, quads written): {@code done} of {@code total}, unknown when ≤ 0. */
    default void count(String phase, long done, long total, String unit) {}
}
