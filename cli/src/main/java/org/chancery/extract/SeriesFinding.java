package org.chancery.extract;

import java.util.Set;
import java.util.TreeSet;

/**
 * A recurring format: its kind, the states (or institution) it brings together and its topic. The
 * key of these three, not the words, identifies it, so a French and an English report meet.
 */
public final class SeriesFinding {
    public final String kind;
    public final Set<String> states = new TreeSet<>();
    public String institution;
    public String topic;
    public String phrase;
    /** "COP" of "Conference of the Parties (COP28)": a short name the format goes by, whoever reports it. */
    public String shortName;
    public final int sentence;

    public SeriesFinding(String kind, int sentence) {
        this.kind = kind;
        this.sentence = sentence;
    }
}
