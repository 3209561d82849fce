package org.chancery.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chancery.text.Folding;
import org.chancery.text.Token;
import org.chancery.text.Tokenizer;

/**
 * A token trie over folded labels. Articles and linking prepositions ("de", "l'", "of", "the")
 * are skipped on both sides, so "Agence internationale d'énergie atomique" meets
 * "Agence internationale de l'énergie atomique" and "Conseil de sécurité de l'ONU".
 */
public final class Gazetteer {
    private static final Set<String> SKIPPED = Set.of("de", "du", "des", "la", "le", "les", "l'", "d'", "of", "the", ".", "-");

    private static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        List<Entry> entries;
    }

    private final Node root = new Node();
    private int labels;

    public void add(String label, Entry entry) {
        List<String> keys = keys(Tokenizer.tokenize(label));
        if (keys.isEmpty()) return;
        Node n = root;
        for (String k : keys) n = n.next.computeIfAbsent(k, x -> new Node());
        if (n.entries == null) n.entries = new ArrayList<>(1);
        for (Entry e : n.entries) {
            if (e.iri().equals(entry.iri()) && java.util.Objects.equals(e.exactForm(), entry.exactForm())) return;
        }
        n.entries.add(entry);
        labels++;
    }

    /** An acronym: no lower-case letter and short ("UN", "U.S.", "OSCE", "C5+1"). */
    public static boolean isAcronym(String label) {
        if (label.length() > 8 || label.contains(" ")) return false;
        boolean letter = false;
        for (char c : label.toCharArray()) {
            if (Character.isLowerCase(c)) return false;
            if (Character.isLetter(c)) letter = true;
        }
        return letter;
    }

    public static String exactKey(String surface) {
        return Folding.stripAccents(surface).replace(".", "").replace(" ", "");
    }

    public int size() {
        return labels;
    }

    /**
     * Every match, longest per start token, in token order. Overlaps are kept: the caller decides
     * (entities take the leftmost-longest, roles all of them).
     */
    public List<GazetteerMatch> findAll(List<Token> tokens) {
        List<GazetteerMatch> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (isSkipped(tokens.get(i))) continue;
            GazetteerMatch best = longestAt(tokens, i);
            if (best != null) out.add(best);
        }
        return out;
    }

    private GazetteerMatch longestAt(List<Token> tokens, int start) {
        Node n = root;
        GazetteerMatch best = null;
        for (int j = start; j < tokens.size(); j++) {
            Token t = tokens.get(j);
            if (j > start && isSkipped(t)) continue;
            n = n.next.get(t.norm());
            if (n == null) break;
            if (n.entries != null) {
                List<Entry> ok = accept(n.entries, tokens, start, j + 1);
                if (!ok.isEmpty()) best = new GazetteerMatch(start, j + 1, ok);
            }
        }
        return best;
    }

    private static List<Entry> accept(List<Entry> entries, List<Token> tokens, int from, int to) {
        String surface = null;
        List<Entry> ok = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            if (e.exactForm() != null) {
                if (surface == null) {
                    StringBuilder b = new StringBuilder();
                    for (int k = from; k < to; k++) b.append(tokens.get(k).text());
                    surface = exactKey(b.toString());
                }
                if (!surface.equals(e.exactForm())) continue;
            }
            ok.add(e);
        }
        return ok;
    }

    private static boolean isSkipped(Token t) {
        return SKIPPED.contains(t.norm());
    }

    private static List<String> keys(List<Token> tokens) {
        List<String> keys = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (i > 0 && isSkipped(t)) continue;
            if (i == 0 && isSkipped(t) && tokens.size() > 1) continue;
            keys.add(t.norm());
        }
        return keys;
    }
}
