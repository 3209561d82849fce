package org.chancery.extract;

import java.util.LinkedHashSet;
import java.util.Set;
import org.chancery.text.DateExpression;

/** An agreement one document names: what it is called, its parties, when signed and in force. */
public final class AgreementFinding {
    public final int sentence;
    public String kind;
    public String phrase;
    /** The subject words of an unnamed agreement, folded ("water", "consultations diplomatiques"): it tells apart several signed together. */
    public String subject;
    /** The trigger word as written ("memorandum of understanding", "accord"), for a name built from the parties. */
    public String word;
    /** The lexicon cue of that word (lexicon.ttl's map:cue-memorandum …): "the MoU" points back at a memorandum, not at "two agreements". */
    public String wordCue;
    /** A named agreement of the mappings (agreements.ttl): its cue IRI, the same in every document and language. */
    public String known;
    /** "Two agreements", "plusieurs accords": a summary of several, dropped when the document tells them apart. */
    public boolean group;
    /** A summary that says how many ("deux accords", "three new agreements"): kept where the text names none of them. */
    public boolean counted;
    /** How many a summary counts ("four memoranda"), or null: a list of subjects after it is cut into that many. */
    public Integer count;
    public final Set<String> parties = new LinkedHashSet<>();
    public Evidenced<DateExpression> signed;
    public Evidenced<DateExpression> inForce;
    public String concerns;

    public AgreementFinding(int sentence) {
        this.sentence = sentence;
    }

    public boolean isSpecific() {
        return known != null || signed != null || inForce != null || parties.size() >= 2;
    }
}
