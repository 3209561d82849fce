package org.chancery.document;

import java.util.Set;
import java.util.regex.Pattern;
import org.chancery.text.Folding;

/**
 * Page furniture that is not the article: share and newsletter blocks, photo credits, bylines.
 * The phrases come from the lexicon (BoilerplateLine cues); a line that is one of them, or starts
 * with one followed by a colon, is dropped. Bylines are short lines "By Name ..." / "Par Name ...".
 */
public final class Boilerplate {
    private static final Pattern BYLINE = Pattern.compile("^\\s*\\[?\\s*(?:By|BY|Par|PAR|Written by|Edited by|Texte|Photo)\\s*:?\\s+\\p{Lu}[\\p{L}.'-]*\\s+\\p{Lu}.*");
    private final Set<String> lines;

    public Boilerplate(Set<String> foldedLines) {
        this.lines = foldedLines;
    }

    public boolean isBoilerplate(String line) {
        String t = line.strip();
        if (t.isEmpty()) return false;
        String f = Folding.fold(t).replaceAll("[\\s:]+$", "");
        if (lines.contains(f)) return true;
        int colon = f.indexOf(':');
        if (colon > 0 && lines.contains(f.substring(0, colon).strip())) return true;
        return t.length() < 160 && !t.endsWith(".") && BYLINE.matcher(t).matches();
    }
}
