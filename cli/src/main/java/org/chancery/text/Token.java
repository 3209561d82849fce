package org.chancery.text;

/**
 * One token of a sentence: its surface form, its folded form and its character span in the
 * document text (end exclusive).
 */
public record Token(String text, String norm, int start, int end) {

    public boolean isWord() {
        return Character.isLetterOrDigit(text.charAt(0));
    }

    /** Starts with a capital letter ("Halvorsen", "K-J", "U.S."). */
    public boolean isCapitalized() {
        return Character.isUpperCase(text.charAt(0));
    }

    public boolean isAllCaps() {
        boolean letter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) return false;
            if (Character.isLetter(c)) letter = true;
        }
        return letter;
    }

    /** A French elided article or preposition: l', d', qu' ... */
    public boolean isElision() {
        return text.endsWith("'") && text.length() <= 7;
    }

    public boolean isNumber() {
        for (int i = 0; i < text.length(); i++) if (!Character.isDigit(text.charAt(i))) return false;
        return true;
    }

    public boolean is(String folded) {
        return norm.equals(folded);
    }
}
