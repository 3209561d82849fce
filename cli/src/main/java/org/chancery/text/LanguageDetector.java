package org.chancery.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Tells French from English: by their commonest words when those settle it, else with OpenNLP's
 * 103-language model. Chancery reads only these two, so the answer is one of them even for a text
 * in a third language (whichever words or model score it nearer).
 */
public final class LanguageDetector {
    private static volatile LanguageDetectorModel model;

    /**
     * Characters the model reads. Its cost grows with the sample (every 1- to 3-gram is a feature),
     * and French against English is settled well before this; a long report costs no more than a short one.
     */
    static final int SAMPLE = 1_000;

    /**
     * The commonest words of each language, none a word of the other (mappings' FrenchMarker and
     * EnglishMarker, lower case). Counting them settles nearly every report at no cost; the model is
     * asked only when the count is thin or close.
     */
    private final Set<String> french, english;

    public LanguageDetector(Set<String> french, Set<String> english) {
        this.french = Set.copyOf(french);
        this.english = Set.copyOf(english);
    }

    public String detect(String text) {
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        int fr = 0, en = 0;
        for (String w : sample.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (french.contains(w)) fr++;
            else if (english.contains(w)) en++;
        }
        if (fr >= 8 && fr >= 4 * en) return "fr";
        if (en >= 8 && en >= 4 * fr) return "en";
        return byModel(sample);
    }

    private String byModel(String sample) {
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
