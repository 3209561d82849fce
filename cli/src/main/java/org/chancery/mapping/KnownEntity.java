package org.chancery.mapping;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An entity the mappings know: a state, a place, an institution or a role. Labels are the
 * preferred names by language; {@code wikidata} is the full Wikidata IRI or null.
 */
public record KnownEntity(
        String iri,
        Kind kind,
        Map<String, String> prefLabels,
        String wikidata,
        String inState,
        Set<String> members,
        String partOf,
        String ministryOf,
        String rank) {

    public String label(String language) {
        String l = prefLabels.get(language);
        if (l == null) l = prefLabels.get("en");
        if (l == null && !prefLabels.isEmpty()) l = prefLabels.values().iterator().next();
        return l == null ? iri : l;
    }

    public List<String> languages() {
        return List.copyOf(prefLabels.keySet());
    }
}
