package org.chancery.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.chancery.text.DateExpression;

/**
 * A meeting one document reports: its kind ("summit", "dialogue"), the phrase naming it, its
 * round in a series, date, place, participants and chairs, each with the sentence that says so.
 */
public final class MeetingFinding {
    public final int sentence;
    public String kind;
    public String phrase;
    public SeriesFinding series;
    public Evidenced<Integer> edition;
    public Evidenced<DateExpression> date;
    public Evidenced<String> place;
    public boolean planned;
    /** "the next round": its number is the series' latest plus one, known once reports meet. */
    public boolean nextRound;
    public final Set<String> stateParticipants = new LinkedHashSet<>();
    public final Set<String> institutionParticipants = new LinkedHashSet<>();
    public final List<Evidenced<PersonFinding>> chairs = new ArrayList<>();
    public final List<Evidenced<PersonFinding>> participants = new ArrayList<>();
    public final List<Integer> sentences = new ArrayList<>();
    /** An everyday meeting (a visit, talks, a call): known by who met and when, not by a name of its own. */
    public boolean everyday;
    /** The visited or receiving side: states, and officials (also in {@link #participants}). */
    public final Set<String> hostStates = new LinkedHashSet<>();
    public final List<Evidenced<PersonFinding>> hosts = new ArrayList<>();

    public MeetingFinding(int sentence) {
        this.sentence = sentence;
        sentences.add(sentence);
    }

    /** Worth a node in the graph: it says when, where or which round — not a passing mention of "a summit". */
    public boolean isSpecific() {
        return everyday || date != null || place != null || edition != null || nextRound;
    }
}
