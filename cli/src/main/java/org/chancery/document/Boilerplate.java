package org.chancery.document;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.chancery.text.Folding;

/**
 * Page furniture that is not the article: share and newsletter blocks, photo credits, bylines,
 * link lists, publishers' notices. It is found by its shape, with cues from the lexicon:
 * <ul>
 * <li>a line that is one of the BoilerplateLine forms, or starts with one followed by a colon
 * ("Newsletter", "Photo credit: …");</li>
 * <li>a short line, not a sentence, that starts with a FurniturePrompt form: a call to read, share,
 * subscribe or follow ("Read more on …", "Abonnez-vous à …");</li>
 * <li>a line that holds a FurnitureNotice form: a disclaimer, a sponsorship or rights notice
 * ("… are not necessarily those of …", "All rights reserved");</li>
 * <li>a byline, a short line "By Name …" / "Par Name …".</li>
 * </ul>
 */
public final class Boilerplate {
    private static final Pattern BYLINE = Pattern.compile("^\\s*\\[?\\s*(?:By|BY|Par|PAR|Written by|Edited by|Texte|Photo)\\s*:?\\s+\\p{Lu}[\\p{L}.'-]*\\s+\\p{Lu}.*");
    /** A prompt is a short line: a link or a button, not a sentence of the article. */
    private static final int PROMPT_MAX_WORDS = 12;
    /** A notice is a paragraph at most; a longer line is article text that happens to hold the words. */
    private static final int NOTICE_MAX_WORDS = 80;
    private static final Pattern TRAILING_COLONS = Pattern.compile("[\\s:]+$");
    private final Set<String> lines;
    private final List<String> prompts;
    private final List<String> notices;

    /** {@code foldedLines}: whole lines of furniture, folded ({@link Folding#fold}) and without a trailing colon. */
    public Boilerplate(Set<String> foldedLines) {
        this(foldedLines, List.of(), List.of());
    }

    /** As above, with the forms that start a furniture prompt and those that mark a notice, as written. */
    public Boilerplate(Set<String> foldedLines, List<String> prompts, List<String> notices) {
        this.lines = foldedLines;
        this.prompts = prompts.stream().map(Boilerplate::words).filter(p -> !p.isEmpty()).distinct().toList();
        this.notices = notices.stream().map(Boilerplate::words).filter(p -> !p.isEmpty()).distinct().toList();
    }

    public boolean isBoilerplate(String line) {
        String t = line.strip();
        if (t.isEmpty()) return false;
        String f = TRAILING_COLONS.matcher(Folding.fold(t)).replaceAll("");
        if (lines.contains(f)) return true;
        int colon = f.indexOf(':');
        if (colon > 0 && lines.contains(f.substring(0, colon).strip())) return true;
        if (!prompts.isEmpty() || !notices.isEmpty()) {
            String w = " " + words(t) + " ";
            int n = w.isBlank() ? 0 : (int) w.strip().chars().filter(c -> c == ' ').count() + 1;
            if (n <= PROMPT_MAX_WORDS && !t.endsWith(".")) {
                for (String p : prompts) if (w.startsWith(" " + p + " ")) return true;
            }
            if (n <= NOTICE_MAX_WORDS) {
                for (String p : notices) if (w.contains(" " + p + " ")) return true;
            }
        }
        return t.length() < 160 && !t.endsWith(".") && BYLINE.matcher(t).matches();
    }

    /** The folded words of a text, one space apart: punctuation and quotes do not matter to a cue. */
    static String words(String s) {
        // One pass over the code points (this runs on every line of every document): runs of what is
        // not a letter, a digit or an apostrophe become one space, and an apostrophe ends a word.
        String f = Folding.fold(s);
        StringBuilder b = new StringBuilder(f.length());
        boolean space = false;
        for (int i = 0; i < f.length(); ) {
            int c = f.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\'' || Character.isLetter(c) || isNumber(c)) {
                if (space && b.length() > 0) b.append(' ');
                b.appendCodePoint(c);
                space = c == '\'';
            } else {
                space = true;
            }
        }
        return b.toString();
    }

    /** {@code \\p{N}}: decimal digits, letter numbers (Roman numerals) and other numbers (superscripts, fractions). */
    private static boolean isNumber(int c) {
        int t = Character.getType(c);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }
}
