package org.chancery.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.chancery.document.Document;
import org.chancery.text.DateExpression;

/**
 * Everything read from one document, layer by layer: the stages of {@link Pipeline} fill it in
 * order. It knows no IRI and no other document; the resolver takes it from here.
 */
public final class DocumentReading {
    public final Document document;
    public String language;
    public List<Sentence> sentences = List.of();
    public final Map<Integer, List<Mention>> mentions = new HashMap<>();
    public final Map<Integer, List<DateExpression>> dates = new HashMap<>();
    /** Known entities named, by IRI, with the surface forms used and the first sentence. */
    public final Map<String, Evidenced<Set<String>>> known = new LinkedHashMap<>();
    public final List<PersonFinding> persons = new ArrayList<>();
    public final List<MeetingFinding> meetings = new ArrayList<>();
    public final List<ResolutionFinding> resolutions = new ArrayList<>();
    public final List<AgreementFinding> agreements = new ArrayList<>();
    /** state IRI → institution IRI, with evidence. */
    public final List<Evidenced<String[]>> memberships = new ArrayList<>();
    /** Persons by sentence, with where their name starts: chair cues look at them. */
    public final Map<Integer, List<OfficialStage.Placed>> placedPersons = new HashMap<>();
    /** Institutions this document defines itself ("Commission de consolidation de la paix (PBC)"), by IRI. */
    public final Map<String, org.chancery.mapping.KnownEntity> defined = new LinkedHashMap<>();
    /** Years the text names in sentences about the past: the fallback anchor for relative dates. */
    public final Set<Integer> pastYears = new TreeSet<>();

    public DocumentReading(Document document) {
        this.document = document;
    }

    public List<Mention> mentions(int sentence) {
        return mentions.getOrDefault(sentence, List.of());
    }

    /** How many mentions name each state (a name, a demonym …), over the document's sentences in order. */
    public Map<String, Integer> stateMentionCounts() {
        Map<String, Integer> counts = new HashMap<>();
        for (Sentence s : sentences) for (Mention m : mentions(s.index())) if (m.stateIri() != null) counts.merge(m.stateIri(), 1, Integer::sum);
        return counts;
    }

    /** The state the document names most, or null when none does or two tie. */
    public String dominantState() {
        String best = null;
        int top = 0, second = 0;
        for (Map.Entry<String, Integer> e : stateMentionCounts().entrySet()) {
            if (e.getValue() > top) {
                second = top;
                top = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) second = e.getValue();
        }
        return top > second ? best : null;
    }

    public List<DateExpression> dates(int sentence) {
        return dates.getOrDefault(sentence, List.of());
    }

    public void noteKnown(String iri, String surface, int sentence) {
        known.computeIfAbsent(iri, k -> new Evidenced<>(new java.util.LinkedHashSet<>(), sentence)).value().add(surface);
    }

    /** A known entity named by a form that is no label of it (a demonym): in the document, with no surface form. */
    public void noteNamed(String iri, int sentence) {
        known.computeIfAbsent(iri, k -> new Evidenced<>(new java.util.LinkedHashSet<>(), sentence));
    }

    /** The latest year the text names as past, or null. */
    public Integer latestPastYear() {
        return pastYears.isEmpty() ? null : ((TreeSet<Integer>) pastYears).last();
    }
}
