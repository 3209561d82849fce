package org.chancery.extract;

import java.util.LinkedHashSet;
import java.util.Set;
import org.chancery.text.DateExpression;

/** A resolution one document names: number, adopting body, date, the state it concerns, the vote. */
public final class ResolutionFinding {
    public final int sentence;
    public String phrase;
    public Evidenced<String> identifier;
    public Evidenced<String> body;
    public Evidenced<DateExpression> date;
    /** The date line of the page that names it in its headline: its date only when no sentence tells one. */
    public Evidenced<DateExpression> pageDate;
    public final Set<String> concerns = new LinkedHashSet<>();
    public Evidenced<Integer> votesFor;
    public Evidenced<Integer> votesAgainst;
    public Evidenced<Integer> abstentions;

    public ResolutionFinding(int sentence) {
        this.sentence = sentence;
    }

    public boolean isSpecific() {
        return identifier != null || (body != null && date != null) || votesFor != null;
    }
}
