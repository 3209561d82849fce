package org.chancery.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.mapping.Kind;
import org.chancery.mapping.Mappings;
import org.chancery.text.DateExpression;
import org.chancery.text.Token;

/**
 * Finds resolutions: the word "résolution"/"resolution" with its number (by the lexicon's
 * identifier patterns: "64/ 35" → "64/35"), the body that adopted it, its date, the state it is
 * about and the recorded vote. A document about one resolution may give its number and date in a
 * header line rather than in the sentence: those are taken from there.
 */
public final class ResolutionStage implements Stage {
    private final Mappings mappings;

    public ResolutionStage(Mappings mappings) {
        this.mappings = mappings;
    }

    @Override
    public void process(DocumentReading r) {
        String text = r.document.text();
        for (Sentence s : r.sentences) {
            List<Mention> ms = r.mentions(s.index());
            List<int[]> triggers = new ArrayList<>();
            for (Mention m : ms) {
                if (!m.isCue("ResolutionWord")) continue;
                Token last = s.tokens().get(m.end() - 1);
                if (last.norm().endsWith("s") || last.norm().endsWith("x")) continue; // "les résolutions du Conseil": no one resolution
                triggers.add(new int[] {m.start(), m.end()});
            }
            List<Window> windows = Window.around(s, triggers);
            for (int k = 0; k < triggers.size(); k++) {
                ResolutionFinding f = read(r, s, ms, triggers.get(k), windows.get(k), text);
                if (f.identifier == null) fromHeader(r, f);
                if (f.isSpecific()) r.resolutions.add(f);
            }
        }
    }

    private ResolutionFinding read(DocumentReading r, Sentence s, List<Mention> ms, int[] trigger, Window w, String text) {
        ResolutionFinding f = new ResolutionFinding(s.index());
        f.phrase = MeetingStage.phrase(text, s, ms, trigger);
        int trigChar = s.tokens().get(trigger[1] - 1).end();
        String id = identifier(text, w.charFrom(), w.charTo(), trigChar);
        if (id != null) f.identifier = new Evidenced<>(id, s.index());
        Mention body = null;
        for (Mention m : ms) {
            if (!w.contains(m)) continue;
            if (m.kind() == Kind.INSTITUTION && (body == null || Math.abs(m.start() - trigger[0]) < Math.abs(body.start() - trigger[0]))) body = m;
            if (m.stateIri() != null && m.start() >= trigger[1] && m.kind() == Kind.STATE) f.concerns.add(m.stateIri());
        }
        if (body != null) f.body = new Evidenced<>(body.entity().iri(), s.index());
        for (DateExpression d : r.dates(s.index())) {
            if (w.contains(d) && d.day() != null && (f.date == null || (f.date.value().year() == null && d.year() != null))) {
                f.date = new Evidenced<>(d, s.index());
            }
        }
        String sentence = text.substring(w.charFrom(), w.charTo());
        f.votesFor = count("VotesForPattern", sentence, s.index());
        f.votesAgainst = count("VotesAgainstPattern", sentence, s.index());
        f.abstentions = count("AbstentionsPattern", sentence, s.index());
        return f;
    }

    /** The identifier nearest after the trigger word (or else before it) in [from, to). */
    private String identifier(String text, int from, int to, int after) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Pattern p : mappings.patterns("IdentifierPattern")) {
            Matcher m = p.matcher(text).region(from, to);
            while (m.find()) {
                int d = m.start() >= after ? m.start() - after : (after - m.start()) + 1000;
                if (d < bestDistance) {
                    bestDistance = d;
                    best = normalise(m.groupCount() >= 1 && m.group(1) != null ? m.group(1) : m.group());
                }
            }
        }
        return best;
    }

    /** "64/ 35" → "64/35": numbers are written with stray spaces. */
    static String normalise(String id) {
        return id.replaceAll("\\s*/\\s*", "/").replaceAll("\\s+", " ").strip();
    }

    private Evidenced<Integer> count(String type, String sentence, int index) {
        for (Pattern p : mappings.patterns(type)) {
            Matcher m = p.matcher(sentence);
            if (m.find()) {
                try {
                    return new Evidenced<>(Integer.parseInt(m.group(1).replaceAll("[\\s.,\u00A0\u202F]", "")), index);
                } catch (NumberFormatException ignored) {
                    // a malformed count is no count
                }
            }
        }
        return null;
    }

    /** A page about one resolution: its number and date on a header line ("2021/2544(RSP) - 11/02/2021 - …"). */
    private void fromHeader(DocumentReading r, ResolutionFinding f) {
        String text = r.document.text();
        for (Sentence s : r.sentences.subList(0, Math.min(4, r.sentences.size()))) {
            String id = identifier(text, s.start(), s.end(), s.start());
            if (id == null) continue;
            f.identifier = new Evidenced<>(id, s.index());
            if (f.date == null) {
                for (DateExpression d : r.dates(s.index())) {
                    if (d.day() != null && d.year() != null) {
                        f.date = new Evidenced<>(d, s.index());
                        break;
                    }
                }
            }
            return;
        }
    }
}
