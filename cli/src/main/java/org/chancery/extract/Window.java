package org.chancery.extract;

import java.util.ArrayList;
import java.util.List;
import org.chancery.text.DateExpression;

/**
 * The stretch of a sentence (tokens [from, to)) that belongs to one trigger word, when a sentence
 * names several meetings or resolutions: from the previous trigger to the next.
 */
record Window(Sentence sentence, int from, int to) {

    static List<Window> around(Sentence s, List<int[]> triggers) {
        List<Window> out = new ArrayList<>();
        for (int k = 0; k < triggers.size(); k++) {
            int from = k == 0 ? 0 : triggers.get(k - 1)[1];
            int to = k + 1 < triggers.size() ? triggers.get(k + 1)[0] : s.tokens().size();
            out.add(new Window(s, from, to));
        }
        return out;
    }

    boolean contains(Mention m) {
        return m.start() >= from && m.end() <= to;
    }

    int charFrom() {
        return sentence.tokens().get(from).start();
    }

    int charTo() {
        return sentence.tokens().get(to - 1).end();
    }

    boolean contains(DateExpression d) {
        return d.start() >= charFrom() && d.end() <= charTo();
    }
}
