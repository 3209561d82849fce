package org.chancery.mapping;

import java.util.Map;

/**
 * A kind of everyday meeting as lexicon.ttl describes it (a {@code map:MeetingKind}): its name per
 * language for labels ("Talks", "Entretiens"), how people met ({@code mode}: the local name of
 * dip:inPerson, dip:call or dip:video) and its {@code weight}: of several kinds one sentence
 * names ("held talks by telephone"), the heaviest says what the meeting was.
 */
public record MeetingKind(String kind, Map<String, String> labels, String mode, int weight) {

    public String label(String language) {
        String l = labels.get(language);
        if (l == null) l = labels.get("en");
        return l == null ? kind : l;
    }
}
