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
    /** Function words, weekdays and phrase stops of words.ttl. */
    private final FunctionWords words;

    public ResolutionStage(Mappings mappings) {
        this.mappings = mappings;
        this.words = FunctionWords.of(mappings);
        this.pointers = mappings.wordSet("ResolutionPointer");
        this.validityWords = mappings.wordSet("ValidityWord");
        this.backPointers = mappings.wordSet("AgreementAnaphor");
        this.datePrepositions = mappings.wordSet("DatePreposition");
    }

    /** "On", "le": a date after one is told in the sentence, not a page's date line (words.ttl's DatePreposition). */
    private final java.util.Set<String> datePrepositions;

    /** "Until 30 April 2026", "jusqu'en 2027": the end of a mandate, no date of adoption (words.ttl's ValidityWord). */
    private final java.util.Set<String> validityWords;
    /** "The resolution", "cette résolution": a resolution named before (words.ttl's AgreementAnaphor: the same determiners). */
    private final java.util.Set<String> backPointers;

    /** Words a next sentence names the resolution by ("the text", "celle-ci"), words.ttl's ResolutionPointer. */
    private final java.util.Set<String> pointers;

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
                if (draft(ms, m)) continue;
                triggers.add(new int[] {m.start(), m.end()});
            }
            if (triggers.isEmpty()) {
                // "The text was approved by a recorded vote of 93 to 24": the vote of the resolution just named.
                votesOfPrevious(r, s, text);
                continue;
            }
            List<Window> windows = Window.around(s, triggers);
            for (int k = 0; k < triggers.size(); k++) {
                ResolutionFinding f = read(r, s, ms, triggers.get(k), windows.get(k), text);
                int at = triggers.get(k)[0];
                if (f.identifier == null && f.votesFor == null && !r.resolutions.isEmpty() && at > 0
                        && backPointers.contains(s.tokens().get(at - 1).norm())) {
                    // "The resolution condemns Russia's invasion of Ukraine …": what the resolution named before is about.
                    // "… opposed the resolution and, in the Security Council, vetoed it on 30 September": another body
                    // named by a sentence that points back is no second resolution; only its own body dates it.
                    ResolutionFinding before = r.resolutions.get(r.resolutions.size() - 1);
                    boolean sameBody = f.body == null || (before.body != null && f.body.value().equals(before.body.value()));
                    if (sameBody) before.concerns.addAll(f.concerns); // states about another body's vote are its voters
                    if (sameBody && f.body != null && before.date == null) before.date = f.date;
                    continue;
                }
                if (f.identifier == null) fromHeader(r, f);
                // One named by its body may get its vote from a later sentence: kept until then.
                if (f.isSpecific() || f.body != null) r.resolutions.add(f);
            }
        }
        // "… la résolution 2231. Le texte entérine le plan … sur le programme nucléaire iranien": what the text is about
        // may be said in the next sentence, when it opens by pointing back at the text.
        for (ResolutionFinding f : r.resolutions) {
            if (!f.concerns.isEmpty() || f.sentence + 1 >= r.sentences.size()) continue;
            Sentence next = r.sentences.get(f.sentence + 1);
            List<Token> t = next.tokens();
            int i = 0;
            while (i < t.size() && i < 2 && (t.get(i).norm().equals("le") || t.get(i).norm().equals("la") || t.get(i).norm().equals("the")
                    || t.get(i).norm().equals("this") || t.get(i).norm().equals("ce"))) i++;
            if (i >= t.size() || !pointers.contains(t.get(i).norm())) continue;
            for (Mention m : r.mentions(next.index())) if (m.stateIri() != null) f.concerns.add(m.stateIri());
        }
        mergeMentions(r.resolutions);
        for (ResolutionFinding f : r.resolutions) if (f.date == null) f.date = f.pageDate;
        votesElsewhere(r, text);
        r.resolutions.removeIf(f -> !f.isSpecific());
        // "The first, resolution ES-11/1, was adopted …": a report about one body's votes names it once.
        java.util.Set<String> bodies = new java.util.HashSet<>();
        for (ResolutionFinding f : r.resolutions) if (f.body != null) bodies.add(f.body.value());
        if (bodies.size() == 1) {
            ResolutionFinding named = r.resolutions.stream().filter(f -> f.body != null).findFirst().orElseThrow();
            for (ResolutionFinding f : r.resolutions) if (f.body == null) f.body = named.body;
        }
    }

    /**
     * "UNGA adopts resolution …" in the headline, "The General Assembly … adopted a resolution condemning …" in the body:
     * one resolution told twice. Of two mentions, one without number and vote, the later joins the first that nothing
     * contradicts (body, number, vote, date), where at least one names the body ("The resolution was supported by 110").
     */
    static void mergeMentions(List<ResolutionFinding> found) {
        for (int j = found.size() - 1; j > 0; j--) {
            ResolutionFinding b = found.get(j);
            for (int i = 0; i < j; i++) {
                ResolutionFinding a = found.get(i);
                boolean thin = (a.identifier == null && a.votesFor == null) || (b.identifier == null && b.votesFor == null);
                if (!thin || (a.body == null && b.body == null) || differ(a.body, b.body)) continue;
                if (differ(a.identifier, b.identifier) || differ(a.votesFor, b.votesFor) || differ(a.votesAgainst, b.votesAgainst)
                        || differ(a.abstentions, b.abstentions) || differentDays(a.date, b.date)) continue;
                if (a.identifier == null) a.identifier = b.identifier;
                if (a.body == null) a.body = b.body;
                if (a.date == null) a.date = b.date;
                if (a.votesFor == null) a.votesFor = b.votesFor;
                if (a.votesAgainst == null) a.votesAgainst = b.votesAgainst;
                if (a.abstentions == null) a.abstentions = b.abstentions;
                a.concerns.addAll(b.concerns);
                found.remove(j);
                break;
            }
        }
    }

    private static boolean differ(Evidenced<?> a, Evidenced<?> b) {
        return a != null && b != null && !a.value().equals(b.value());
    }

    /** Two dates said differently may be one day; told apart only when they disagree on what both say. */
    private static boolean differentDays(Evidenced<DateExpression> a, Evidenced<DateExpression> b) {
        if (a == null || b == null) return false;
        DateExpression x = a.value(), y = b.value();
        return clash(x.year(), y.year()) || clash(x.month(), y.month()) || clash(x.day(), y.day()) || clash(x.weekday(), y.weekday());
    }

    private static boolean clash(Integer a, Integer b) {
        return a != null && b != null && !a.equals(b);
    }

    /**
     * "UNGA adopts resolution … 2022-10-13": a date closing the headline with no preposition before it ("on", "le":
     * words.ttl's DatePreposition) is the page's date line, when it was written, not when the resolution was adopted.
     */
    private boolean dateline(Sentence s, DateExpression d) {
        if (s.index() != 0) return false;
        List<Token> t = s.tokens();
        int before = -1;
        for (int k = 0; k < t.size(); k++) {
            if (t.get(k).end() <= d.start()) before = k;
            else if (t.get(k).start() >= d.end()) return false; // words after it: part of the headline's sentence
        }
        return before >= 0 && !datePrepositions.contains(t.get(before).norm());
    }

    private ResolutionFinding read(DocumentReading r, Sentence s, List<Mention> ms, int[] trigger, Window w, String text) {
        ResolutionFinding f = new ResolutionFinding(s.index());
        f.phrase = MeetingStage.phrase(text, s, ms, trigger, words);
        int trigChar = s.tokens().get(trigger[1] - 1).end();
        String id = identifier(text, w.charFrom(), w.charTo(), trigChar);
        if (id != null) f.identifier = new Evidenced<>(id, s.index());
        Mention body = null;
        int[] voters = voters(text, s);
        for (Mention m : ms) {
            if (!w.contains(m)) continue;
            if (m.kind() == Kind.INSTITUTION && (body == null || Math.abs(m.start() - trigger[0]) < Math.abs(body.start() - trigger[0]))) body = m;
            // "… on Iran's programme", "… annex Ukrainian regions": a state or its people after the word; not the states of the vote.
            // "European Pravda reported": a people's word that stands for a union of states names no state.
            if (m.stateIri() != null && m.start() >= trigger[1] && !inside(s.tokens().get(m.start()).start(), voters)
                    && (mappings.entity(m.stateIri()) == null || mappings.entity(m.stateIri()).kind() == Kind.STATE)) f.concerns.add(m.stateIri());
        }
        if (body != null) f.body = new Evidenced<>(body.entity().iri(), s.index());
        for (DateExpression d : r.dates(s.index())) {
            if (validity(s, d)) continue;
            if (dateline(s, d)) {
                f.pageDate = new Evidenced<>(d, s.index()); // when nothing else tells the day
                continue;
            }
            // "adopted on Wednesday": a weekday counts, anchored on the document's date only; a full date wins over it.
            if (w.contains(d) && (d.day() != null || d.weekday() != null) && (f.date == null || (f.date.value().year() == null && d.year() != null))) {
                f.date = new Evidenced<>(d, s.index());
            }
        }
        String sentence = text.substring(w.charFrom(), w.charTo());
        f.votesFor = count("VotesForPattern", sentence, s.index());
        f.votesAgainst = count("VotesAgainstPattern", sentence, s.index());
        f.abstentions = count("AbstentionsPattern", sentence, s.index());
        return f;
    }

    /**
     * The vote's part of a sentence, as character offsets [from, to): from the first count to the clause's end (a
     * semicolon) or the sentence's. The states there ("143 in favour, five states (Russia, Belarus …) against", "35 qui se
     * sont abstenus, parmi lesquels la Chine") cast votes, they are not what the resolution is about; "…; it demanded
     * that Russia withdraw" is again.
     */
    private int[] voters(String text, Sentence s) {
        int from = s.end();
        String sentence = text.substring(s.start(), s.end());
        for (String type : List.of("VotesForPattern", "VotesAgainstPattern", "AbstentionsPattern")) {
            for (Pattern p : mappings.patterns(type)) {
                Matcher m = p.matcher(sentence);
                if (m.find()) from = Math.min(from, s.start() + m.start());
            }
        }
        int semicolon = from < s.end() ? text.indexOf(';', from) : -1;
        return new int[] {from, semicolon >= 0 && semicolon < s.end() ? semicolon : s.end()};
    }

    private static boolean inside(int offset, int[] span) {
        return offset >= span[0] && offset < span[1];
    }

    /** "Until April 30, 2026", "jusqu'en 2027": the word before the date says it ends a period. */
    private boolean validity(Sentence s, DateExpression d) {
        List<Token> t = s.tokens();
        int i = -1;
        for (int k = 0; k < t.size(); k++) if (t.get(k).end() <= d.start()) i = k;
        return i >= 0 && validityWords.contains(t.get(i).norm()) && !t.get(i).norm().equals("for") && !t.get(i).norm().equals("pour");
    }

    /** A draft ("projet de résolution", "draft resolution") is a resolution only where the sentence says it was adopted. */
    private static boolean draft(List<Mention> ms, Mention trigger) {
        boolean draft = false, adopted = false;
        for (Mention d : ms) {
            if (d.isCue("DraftCue") && d.end() <= trigger.start() && trigger.start() - d.end() <= 2) draft = true;
            if (d.isCue("AdoptedCue")) adopted = true;
        }
        String f = org.chancery.text.Folding.fold(trigger.surface());
        if (f.startsWith("draft") || f.startsWith("projet") || f.startsWith("proposition") || f.startsWith("motion")) draft = true;
        return draft && !adopted;
    }

    private void votesOfPrevious(DocumentReading r, Sentence s, String text) {
        if (r.resolutions.isEmpty()) return;
        ResolutionFinding last = r.resolutions.get(r.resolutions.size() - 1);
        if (last.sentence != s.index() - 1 || last.votesFor != null) return;
        String sentence = text.substring(s.start(), s.end());
        last.votesFor = count("VotesForPattern", sentence, s.index());
        last.votesAgainst = count("VotesAgainstPattern", sentence, s.index());
        last.abstentions = count("AbstentionsPattern", sentence, s.index());
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
            int from = 0;
            // Every start is tried: "et trois pays se sont abstenus" fails on "et", then reads "trois".
            while (from < sentence.length() && m.find(from)) {
                Integer n = org.chancery.text.Cardinals.parse(m.group(1)); // "143", "1,200", "five", "cinq", "no"
                if (n != null) return new Evidenced<>(n, index);
                from = m.start() + 1;
            }
        }
        return null;
    }

    /**
     * "The resolution was supported by 143 …; the remaining 35 abstained": counts told in a sentence
     * that names no resolution belong to the resolution named last before it (or, in a headline before
     * any, to the first one), where that count is still unknown.
     */
    private void votesElsewhere(DocumentReading r, String text) {
        if (r.resolutions.isEmpty()) return;
        for (Sentence s : r.sentences) {
            if (r.resolutions.stream().anyMatch(f -> f.sentence == s.index())) continue;
            ResolutionFinding target = null;
            for (ResolutionFinding f : r.resolutions) if (f.sentence < s.index()) target = f;
            if (target == null) target = r.resolutions.get(0);
            String sentence = text.substring(s.start(), s.end());
            if (target.votesFor == null) target.votesFor = count("VotesForPattern", sentence, s.index());
            if (target.votesAgainst == null) target.votesAgainst = count("VotesAgainstPattern", sentence, s.index());
            if (target.abstentions == null) target.abstentions = count("AbstentionsPattern", sentence, s.index());
        }
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
