package org.chancery.extract;

/** A value found in the document, with the index of the sentence that states it. */
public record Evidenced<T>(T value, int sentence) {}
