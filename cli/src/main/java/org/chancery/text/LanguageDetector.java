package org.chancery.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Tells French from English with OpenNLP's 103-language model. Chancery reads only these two, so
 * the answer is whichever of the two the model finds likelier, even for a text in a third language.
 */
public final class LanguageDetector {
    private static volatile LanguageDetectorModel model;

    /**
     * Characters the model reads. Its cost grows with the sample (every 1- to 3-gram is a feature),
     * and French against English is settled well before this; a long report costs no more than a short one.
     */
    static final int SAMPLE = 1_000;

    public String detect(String text) {
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        double fr = 0, en = 0;
        for (Language l : new LanguageDetectorME(model()).predictLanguages(sample)) {
            if (l.getLang().equals("fra")) fr = l.getConfidence();
            if (l.getLang().equals("eng")) en = l.getConfidence();
        }
        return fr > en ? "fr" : "en";
    }

    private static LanguageDetectorModel model() {
        if (model == null) {
            synchronized (LanguageDetector.class) {
                if (model == null) {
                    try (InputStream in = LanguageDetector.class.getResourceAsStream("/langdetect-183.bin")) {
                        if (in == null) throw new IllegalStateException("OpenNLP language model missing from the classpath");
                        model = new LanguageDetectorModel(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return model;
    }
}
