package org.chancery.extract;

import org.chancery.text.LanguageDetector;

/** Sets the document's language: French or English. */
public final class LanguageStage implements Stage {
    private final LanguageDetector detector = new LanguageDetector();

    @Override
    public void process(DocumentReading r) {
        r.language = detector.detect(r.document.text());
    }
}
