package org.chancery.extract;

import java.util.Set;

/** Where a noun phrase naming a meeting, a resolution or an agreement stops. */
final class Phrase {
    /** Words that open a clause or a place/time complement: the name ends before them. */
    static final Set<String> STOP_WORDS = Set.of(
            "qui", "que", "dont", "ou", "which", "that", "who", "where", "when",
            "s'", "se", "est", "sont", "a", "ont", "etait", "sera", "fut", "avait",
            "was", "were", "is", "are", "will", "has", "have", "had", "be", "been",
            "held", "took", "tenu", "tenue", "adopte", "adoptee", "adopted", "signe", "signed",
            "entre", "between", "avec", "with", "lors", "during", "pendant", "depuis", "since",
            "le", "en", "in", "at", "par", "by", "to", "visant", "aiming", "portant", "afin",
            "under", "opened", "closed", "opens", "closes", "attended", "must", "closely", "auquel", "auxquels",
            "ouvert", "ouverte", "clos", "close", "cloture", "sous", "would", "could", "should", "said", "a-t-il");
    /** Words a name does not end on. */
    static final Set<String> DANGLING = Set.of("de", "du", "des", "la", "le", "les", "l'", "d'", "of", "the", "et", "and", "-", "a", "an");

    private Phrase() {}
}
