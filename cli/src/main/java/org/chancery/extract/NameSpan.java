package org.chancery.extract;

import java.util.ArrayList;
import java.util.List;
import org.chancery.text.Months;
import org.chancery.text.Token;

/**
 * The shape of a person's name in running text: one to four capitalised parts, each a word
 * ("Halvorsen"), a hyphenated word ("Jean-Yves"), an initial ("U.") or hyphenated initials ("K-J").
 * Tokens that name something known (a state, a role, a cue) are never part of a name.
 */
public record NameSpan(int start, int end, int parts, int lead) {
    public NameSpan(int start, int end, int parts) {
        this(start, end, parts, start);
    }

    /** The same name, introduced by a form of address from {@code lead} ("M.", "S.E."), which is not part of it. */
    public NameSpan withLead(int lead) {
        return new NameSpan(start, end, parts, lead);
    }

    /** A name as written, with parts written in capitals ("David MARTINON") given an initial capital only. */
    public static String display(String surface) {
        StringBuilder b = new StringBuilder(surface.length());
        int i = 0;
        while (i < surface.length()) {
            int j = i;
            while (j < surface.length() && Character.isLetter(surface.charAt(j))) j++;
            if (j == i) {
                b.append(surface.charAt(i++));
                continue;
            }
            String w = surface.substring(i, j);
            boolean caps = w.length() > 2 && w.chars().noneMatch(Character::isLowerCase);
            b.append(caps ? w.charAt(0) + w.substring(1).toLowerCase(java.util.Locale.ROOT) : w);
            i = j;
        }
        return b.toString();
    }

    /** A word that may be part of a name: not a function word, weekday or month. */
    static boolean couldBeName(Token t, FunctionWords words) {
        return !words.notNames().contains(t.norm()) && Months.parse(t.text()) == 0;
    }

    /** Name spans in tokens, skipping tokens marked as taken. */
    static List<NameSpan> find(List<Token> tokens, boolean[] taken, FunctionWords words) {
        List<NameSpan> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            NameSpan n = at(tokens, taken, i, words);
            if (n != null) {
                out.add(n);
                i = n.end;
            } else {
                i++;
            }
        }
        return out;
    }

    static NameSpan at(List<Token> tokens, boolean[] taken, int start, FunctionWords words) {
        int i = start, parts = 0, fullWords = 0;
        boolean lastWasInitial = false;
        while (i < tokens.size() && parts < 4) {
            // "Mohammed VI", "Abdallah II": a regnal number closes the name.
            if (fullWords > 0 && !lastWasInitial && regnal(tokens, taken, i)) {
                i++;
                parts++;
                break;
            }
            int next = part(tokens, taken, i, parts > 0 && !lastWasInitial, words);
            // "Marcelo Rebelo de Sousa", "Charles de Gaulle", "Ursula von der Leyen": particles between parts.
            if (next < 0 && parts > 0) {
                int j = i;
                while (j < tokens.size() && j - i < 2 && words.particles().contains(tokens.get(j).text())) j++;
                if (j > i && j < tokens.size()) {
                    int after = part(tokens, taken, j, false, words);
                    if (after > 0 && tokens.get(j).text().length() > 1) next = after;
                }
            }
            if (next < 0) break;
            boolean initial = tokens.get(i).text().length() == 1;
            lastWasInitial = initial;
            if (!initial) fullWords++;
            // "Tamim bin Hamad Al Thani", "Yahya Ould Hademine": a particle written with a capital is no part of its own
            if (parts == 0 || !words.particles().contains(tokens.get(i).norm()) || next != i + 1) parts++;
            i = next;
        }
        // "Mohammed Bin …" cut by the limit: the name does not end on a particle
        while (i - 1 > start && words.particles().contains(tokens.get(i - 1).norm()) && tokens.get(i - 1).isCapitalized()) i--;
        if (parts == 0 || fullWords == 0 || lastWasInitial) return null;
        return new NameSpan(start, i, parts);
    }

    private static final java.util.regex.Pattern ROMAN = java.util.regex.Pattern.compile("(X{0,2})(IX|IV|V?I{0,3})");

    /** A regnal number after a given name: "VI", "II", "XIV" (two letters at least, so "I" and "V" stay initials or words). */
    private static boolean regnal(List<Token> tokens, boolean[] taken, int i) {
        Token t = tokens.get(i);
        String x = t.text();
        if (taken[i] || x.length() < 2 || !t.isAllCaps() || !ROMAN.matcher(x).matches()) return false;
        return tokens.get(i - 1).end() < t.start();
    }

    /** The end of one name part starting at i, or -1; {@code afterWord}: it would follow a part written in full. */
    private static int part(List<Token> tokens, boolean[] taken, int i, boolean afterWord, FunctionWords words) {
        Token t = tokens.get(i);
        if (taken[i] || !t.isWord() || !t.isCapitalized()) return -1;
        String x = t.text();
        if (x.length() == 1) {
            // "U." or "K-J" / "K.-J."
            if (i + 1 < tokens.size() && tokens.get(i + 1).text().equals(".")) {
                if (i + 3 < tokens.size() && tokens.get(i + 2).text().equals("-") && tokens.get(i + 3).text().length() == 1
                        && tokens.get(i + 3).isCapitalized()) {
                    return i + 4 < tokens.size() && tokens.get(i + 4).text().equals(".") ? i + 5 : i + 4;
                }
                return i + 2;
            }
            if (i + 2 < tokens.size() && tokens.get(i + 1).text().equals("-") && tokens.get(i + 2).text().length() == 1
                    && tokens.get(i + 2).isCapitalized()) {
                return i + 3 < tokens.size() && tokens.get(i + 3).text().equals(".") ? i + 4 : i + 3;
            }
            return -1;
        }
        if (t.isNumber() || !Character.isLetter(x.charAt(0))) return -1;
        // "David MARTINON": a surname in capitals after a given name; alone, capitals are an acronym.
        if (t.isAllCaps() && (!afterWord || x.length() < 3)) return -1;
        boolean nameWord = afterWord && !t.isAllCaps() && words.nameWords().contains(t.norm()) && tokens.get(i - 1).end() < t.start();
        if (!nameWord && (words.notNames().contains(t.norm()) || Months.parse(x) != 0)) return -1;
        int end = i + 1;
        // Hyphenated parts: Kassym-Jomart, Jean-Yves
        while (end + 1 < tokens.size() && tokens.get(end).text().equals("-") && !taken[end + 1]
                && tokens.get(end + 1).isWord() && tokens.get(end + 1).isCapitalized() && !tokens.get(end + 1).isAllCaps()
                && tokens.get(end).start() == tokens.get(end - 1).end()) {
            end += 2;
        }
        return end;
    }
}
