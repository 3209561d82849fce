package org.chancery.extract;

import java.util.List;
import org.chancery.text.Token;

/** A sentence of the document: its index, its span in the document text, its tokens. */
public record Sentence(int index, int start, int end, String text, List<Token> tokens) {

    /** The document text covered by tokens [from, to). */
    public String surface(String docText, int from, int to) {
        if (from >= to) return "";
        return docText.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }
}
