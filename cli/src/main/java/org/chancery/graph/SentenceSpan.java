package org.chancery.graph;

/**
 * Where a fact was read: the sentence's index in its document, its character offsets and its
 * text. Plain values, so the graph needs nothing of the extraction stages.
 */
public record SentenceSpan(int index, int start, int end, String text) {}
