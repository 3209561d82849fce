package org.chancery.extract;

/**
 * One step of the per-document pipeline, in the manner of a CoreNLP annotator: it reads what the
 * earlier stages put on the {@link DocumentReading} and adds its own layer.
 */
public interface Stage {
    void process(DocumentReading reading);
}
