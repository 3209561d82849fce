package org.chancery.extract;

import org.chancery.mapping.Mappings;
import org.chancery.text.LanguageDetector;

/** Sets the document's language: French or English. */
public final class LanguageStage implements Stage {
    private final LanguageDetector detector;

    /** The detector counts the marker words of words.ttl (FrenchMarker, EnglishMarker) before asking its model. */
    public LanguageStage(Mappings mappings) {
        this.detector = new LanguageDetector(mappings.wordSet("FrenchMarker"), mappings.wordSet("EnglishMarker"));
    }

    @Override
    public void process(DocumentReading r) {
        r.language = detector.detect(r.document.text());
    }
}
