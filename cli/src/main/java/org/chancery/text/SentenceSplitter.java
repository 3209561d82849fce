package org.chancery.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Sentences of a text, with offsets: paragraphs first (a blank line always ends a sentence), then
 * OpenNLP's trained model per paragraph. A split after an initial ("I. Halvorsen", "J.-P. Martin") is
 * undone: the models were not trained on many transliterated names.
 */
public final class SentenceSplitter {
    private static final Map<String, SentenceModel> MODELS = new ConcurrentHashMap<>();
    private static final Pattern PARAGRAPH = Pattern.compile("\\n\\s*\\n");
    private static final Pattern ENDS_WITH_INITIAL = Pattern.compile("(?:^|[\\s(\\-])\\p{Lu}\\.$");
    /** "H.E. Mr Adama Bamba", "S.E. M. …": the abbreviated form of address for an excellency never ends a sentence. */
    private static final Pattern ENDS_WITH_EXCELLENCY = Pattern.compile("(?:^|[\\s(,])[HS]\\.E\\.$");
    /** Beyond this a "sentence" is cut, so one run-on line cannot make matching quadratic. */
    public static final int MAX_SENTENCE = 5_000;

    public record Sentence(int index, int start, int end, String text) {}

    public List<Sentence> split(String text, String language) {
        SentenceDetectorME detector = new SentenceDetectorME(model(language));
        List<int[]> spans = new ArrayList<>();
        var m = PARAGRAPH.matcher(text);
        int from = 0;
        while (true) {
            boolean found = m.find();
            int to = found ? m.start() : text.length();
            splitParagraph(detector, text, from, to, spans);
            if (!found) break;
            from = m.end();
        }
        List<Sentence> out = new ArrayList<>(spans.size());
        for (int[] s : spans) out.add(new Sentence(out.size(), s[0], s[1], text.substring(s[0], s[1])));
        return out;
    }

    private void splitParagraph(SentenceDetectorME detector, String text, int from, int to, List<int[]> out) {
        String para = text.substring(from, to);
        if (para.isBlank()) return;
        int[] pending = null;
        for (Span s : detector.sentPosDetect(para)) {
            int a = from + s.getStart(), b = from + s.getEnd();
            if (pending != null && (ENDS_WITH_INITIAL.matcher(text.substring(pending[0], pending[1])).find()
                    || ENDS_WITH_EXCELLENCY.matcher(text.substring(pending[0], pending[1])).find())) {
                pending[1] = b;
                continue;
            }
            if (pending != null) addCut(text, pending, out);
            pending = new int[] {a, b};
        }
        if (pending != null) addCut(text, pending, out);
    }

    private static void addCut(String text, int[] span, List<int[]> out) {
        for (int a = span[0]; a < span[1]; ) {
            int b = Math.min(span[1], a + MAX_SENTENCE);
            // never between the two halves of a surrogate pair: half an emoji is not text any writer can write
            if (b < span[1] && Character.isHighSurrogate(text.charAt(b - 1))) b--;
            out.add(new int[] {a, b});
            a = b;
        }
    }

    private static SentenceModel model(String language) {
        String lang = "fr".equals(language) ? "fr" : "en";
        return MODELS.computeIfAbsent(lang, l -> {
            String name = l.equals("fr") ? "/opennlp-fr-ud-gsd-sentence-1.3-2.5.4.bin" : "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
            try (InputStream in = SentenceSplitter.class.getResourceAsStream(name)) {
                if (in == null) throw new IllegalStateException("OpenNLP sentence model missing: " + name);
                return new SentenceModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
