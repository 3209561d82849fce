package org.chancery.extract;

import java.util.ArrayList;
import java.util.List;
import org.chancery.text.SentenceSplitter;
import org.chancery.text.Tokenizer;

/** Splits the text into sentences with the language's model, and each sentence into tokens. */
public final class SentenceStage implements Stage {
    private final SentenceSplitter splitter = new SentenceSplitter();

    @Override
    public void process(DocumentReading r) {
        String text = r.document.text();
        List<Sentence> out = new ArrayList<>();
        for (SentenceSplitter.Sentence s : splitter.split(text, r.language)) {
            out.add(new Sentence(s.index(), s.start(), s.end(), s.text(), Tokenizer.tokenize(text, s.start(), s.end())));
        }
        r.sentences = out;
    }
}
