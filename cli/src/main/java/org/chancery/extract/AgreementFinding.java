package org.chancery.extract;

import java.util.LinkedHashSet;
import java.util.Set;
import org.chancery.text.DateExpression;

/** An agreement one document names: what it is called, its parties, when signed and in force. */
public final class AgreementFinding {
    public final int sentence;
    public String kind;
    public String phrase;
    public final Set<String> parties = new LinkedHashSet<>();
    public Evidenced<DateExpression> signed;
    public Evidenced<DateExpression> inForce;
    public String concerns;

    public AgreementFinding(int sentence) {
        this.sentence = sentence;
    }

    public boolean isSpecific() {
        return signed != null || inForce != null || parties.size() >= 2;
    }
}
