package org.chancery.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.chancery.extract.DocumentReading;
import org.chancery.extract.Mention;
import org.chancery.extract.SeriesFinding;
import org.chancery.graph.Dip;
import org.chancery.text.Folding;

/**
 * Deterministic IRIs from what identifies a thing, not from how one report words it: a series by
 * kind, states and topic; a round by series and number; so the same input gives the same IRIs,
 * and two reports of one event meet.
 */
public final class Keys {
    private Keys() {}

    public static String slug(String s) {
        String f = Folding.fold(s).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (f.length() > 80) f = f.substring(0, 80).replaceAll("-+$", "");
        return f.isEmpty() ? "x" : f;
    }

    /** The last path segment of an IRI: "KZ" for a state, "unsc" for an institution. */
    public static String local(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    public static String series(SeriesFinding s, DocumentReading r) {
        return Dip.iri("series", slug(s.kind + "-" + seriesMembers(s, r)));
    }

    /** What a series brings together (states, or a body, and a topic), whatever the kind of meeting is called. */
    public static String seriesMembers(SeriesFinding s, DocumentReading r) {
        // "COP28" in one report, "la COP28" in another: a short name identifies the format whatever states each names.
        if (s.shortName != null) return slug("-" + s.shortName.toLowerCase());
        TreeSet<String> states = new TreeSet<>();
        for (String st : s.states) states.add(local(st).toLowerCase());
        if (states.size() < 2 && s.institution == null) {
            for (String st : topStates(r, 2)) states.add(local(st).toLowerCase());
        }
        StringBuilder b = new StringBuilder();
        if (s.institution != null && states.size() < 2) b.append('-').append(local(s.institution));
        for (String st : states) b.append('-').append(st);
        if (s.topic != null) b.append('-').append(s.topic);
        if (states.isEmpty() && s.institution == null && s.phrase != null) b.append('-').append(slug(s.phrase));
        return slug(b.toString());
    }

    /** "A/RES/ES-11/3" and "ES-11/3", "S/RES/2231 (2015)" and "2231": the number without the document symbol's prefix. */
    public static String resolutionNumber(String identifier) {
        return identifier.replaceFirst("^[ASE]/RES/", "").replaceFirst("\\s*\\(\\d{4}\\)$", "");
    }

    public static String round(String seriesIri, int edition) {
        return Dip.iri("meeting", local(seriesIri) + "-" + edition);
    }

    /** The states a document names most: the parties of "both countries", "the two sides". */
    static List<String> topStates(DocumentReading r, int n) {
        Map<String, Integer> counts = new HashMap<>();
        for (List<Mention> ms : r.mentions.values()) for (Mention m : ms) if (m.stateIri() != null) counts.merge(m.stateIri(), 1, Integer::sum);
        List<Map.Entry<String, Integer>> e = new ArrayList<>(counts.entrySet());
        e.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(n, e.size()); i++) out.add(e.get(i).getKey());
        return out;
    }
}
