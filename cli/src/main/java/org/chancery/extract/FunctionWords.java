package org.chancery.extract;

import java.util.HashSet;
import java.util.Set;
import org.chancery.mapping.Mappings;

/**
 * The lists of words.ttl that the shared helpers of the stages ({@link NameSpan}, {@link MeetingStage#phrase})
 * test tokens against, read once from the mappings and handed to those helpers.
 */
public record FunctionWords(Set<String> notNames, Set<String> nameWords, Set<String> particles, Set<String> phraseStops,
        Set<String> dangling, Set<String> titleOpeners) {

    public static FunctionWords of(Mappings m) {
        Set<String> notNames = new HashSet<>(m.wordSet("NotAName"));
        notNames.addAll(m.wordSet("Weekday"));
        return new FunctionWords(Set.copyOf(notNames), m.wordSet("NameWord"), m.wordSet("NameParticle"),
                m.wordSet("PhraseStop"), m.wordSet("DanglingWord"), m.wordSet("TitleOpener"));
    }
}
