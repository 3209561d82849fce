package org.chancery.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.chancery.extract.DocumentReading;
import org.chancery.extract.MeetingFinding;
import org.chancery.text.PartialDate;

/**
 * One format, several names: a report calls the Kyrgyz–Japanese rounds "dialogue", another
 * "talks", a third "meeting". Two series keys that bring together the same states (or body and
 * topic) are one series when they share a round: the same number held at the same place or in
 * the same month. Evidence of one event, not likeness of words, joins them.
 */
final class SeriesMerger {
    private SeriesMerger() {}

    private record Round(String key, String members, int edition, PartialDate date, String place) {}

    /** Series key → the key of the series it is the same as (absent when it stands alone). */
    static Map<String, String> merge(List<DocumentReading> readings) {
        List<Round> rounds = new ArrayList<>();
        Map<String, Integer> size = new HashMap<>();
        for (DocumentReading r : readings) {
            CorpusResolver.Anchor anchor = CorpusResolver.Anchor.own(r);
            for (MeetingFinding m : r.meetings) {
                if (m.series == null || m.edition == null) continue;
                String key = Keys.series(m.series, r);
                size.merge(key, 1, Integer::sum);
                PartialDate d = m.date == null ? null : anchor.resolve(m.date.value()).orElse(null);
                rounds.add(new Round(key, Keys.seriesMembers(m.series, r), m.edition.value(), d,
                        m.place == null ? null : m.place.value()));
            }
        }
        Map<String, String> parent = new HashMap<>();
        for (int i = 0; i < rounds.size(); i++) {
            for (int j = i + 1; j < rounds.size(); j++) {
                Round a = rounds.get(i), b = rounds.get(j);
                if (a.key.equals(b.key) || !a.members.equals(b.members) || a.edition != b.edition) continue;
                boolean samePlace = a.place != null && a.place.equals(b.place);
                boolean sameMonth = a.date != null && b.date != null && a.date.month() != null && a.date.year() == b.date.year()
                        && Objects.equals(a.date.month(), b.date.month());
                if (samePlace || sameMonth) union(parent, size, a.key, b.key);
            }
        }
        Map<String, String> out = new HashMap<>();
        for (String k : parent.keySet()) {
            String root = find(parent, k);
            if (!root.equals(k)) out.put(k, root);
        }
        return out;
    }

    private static String find(Map<String, String> parent, String k) {
        String p = parent.getOrDefault(k, k);
        return p.equals(k) ? k : find(parent, p);
    }

    /** The series reported more often gives its key (its kind) to both; ties go to the first in order. */
    private static void union(Map<String, String> parent, Map<String, Integer> size, String a, String b) {
        String ra = find(parent, a), rb = find(parent, b);
        if (ra.equals(rb)) return;
        int sa = size.getOrDefault(ra, 0), sb = size.getOrDefault(rb, 0);
        boolean aWins = sa > sb || (sa == sb && ra.compareTo(rb) < 0);
        parent.put(aWins ? rb : ra, aWins ? ra : rb);
        parent.putIfAbsent(aWins ? ra : rb, aWins ? ra : rb);
    }
}
