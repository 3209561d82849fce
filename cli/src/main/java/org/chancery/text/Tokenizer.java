package org.chancery.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into word, number and punctuation tokens with offsets. French elisions are their own
 * token ("l'ONU" is "l'" + "ONU"), hyphens split words ("États-Unis" is "États" "-" "Unis"), and
 * dotted abbreviations stay whole ("U.S.", "U.N."), so labels and text tokenise alike.
 */
public final class Tokenizer {
    private static final Pattern TOKEN = Pattern.compile(
            "(?<abbr>(?:\\p{Lu}\\.){2,})"
            + "|(?<elision>(?i:jusqu|lorsqu|puisqu|quoiqu|qu|[ldjmnstc])['\u2019\u02BC](?=[\\p{L}\\p{N}]))"
            + "|(?<word>[\\p{L}\\p{M}\\p{N}]+)"
            + "|(?<punct>\\S)");

    private Tokenizer() {}

    public static List<Token> tokenize(String text) {
        return tokenize(text, 0, text.length());
    }

    public static List<Token> tokenize(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(from, to);
        while (m.find()) {
            String surface = Folding.normalizePunctuation(m.group());
            out.add(new Token(surface, Folding.fold(surface), m.start(), m.end()));
        }
        return out;
    }
}
