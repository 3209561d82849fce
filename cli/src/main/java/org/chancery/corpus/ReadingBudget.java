package org.chancery.corpus;

/**
 * How many readings a conversion keeps between its two passes rather than reading them again.
 * A reading (sentences, tokens, mentions) weighs many times its text; keeping readings while they
 * fit a share of the heap makes a small batch fast, and a large one no heavier than the share.
 */
public final class ReadingBudget {
    /**
     * Heap bytes a reading takes per character of text: an estimate on the high side (tokens,
     * sentences, mentions). With -Xmx1g on 10,000 documents the heap after collection stayed under 160 MB.
     */
    static final long BYTES_PER_CHAR = 120;

    private long left;

    ReadingBudget(long bytes) {
        this.left = bytes;
    }

    /** An eighth of the largest heap this JVM may use: the corpus index and the documents in flight need the rest. */
    public static ReadingBudget ofHeap() {
        return new ReadingBudget(Runtime.getRuntime().maxMemory() / 8);
    }

    /** Whether a reading of a text this long may be kept; if so, it is counted against the budget. */
    public synchronized boolean keep(int textLength) {
        long cost = textLength * BYTES_PER_CHAR;
        if (cost > left) {
            left = 0; // keep the first documents, not a scatter: what is not kept is read again in order
            return false;
        }
        left -= cost;
        return true;
    }
}
