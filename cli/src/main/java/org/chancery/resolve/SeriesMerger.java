package org.chancery.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.chancery.text.PartialDate;

/**
 * One format, several names: a report calls the Kyrgyz–Japanese rounds "dialogue", another
 * "talks", a third "meeting". Two series keys that bring together the same states (or body and
 * topic) are one series when they share a round: the same number held at the same place or in
 * the same month. Evidence of one event, not likeness of words, joins them.
 */
final class SeriesMerger {
    private record Round(String key, int edition, PartialDate date, String place) {}

    private record Group(String members, int edition) {}

    /** Rounds by what they bring together and their number: only rounds of one group can be the same. */
    private final Map<Group, List<Round>> groups = new HashMap<>();
    /** Each round's group, in input order. */
    private final List<List<Round>> groupOf = new ArrayList<>();
    private final Map<String, Integer> size = new HashMap<>();

    /** Notes one numbered round a report gives, in input order. */
    void add(String key, String members, int edition, PartialDate date, String place) {
        size.merge(key, 1, Integer::sum);
        List<Round> group = groups.computeIfAbsent(new Group(members, edition), x -> new ArrayList<>());
        group.add(new Round(key, edition, date, place));
        groupOf.add(group);
    }

    /** Series key → the key of the series it is the same as (absent when it stands alone). */
    Map<String, String> merge() {
        Map<String, String> parent = new HashMap<>();
        // Pairs in the order of a walk over all rounds (the first, then the second): unions depend on it.
        Map<List<Round>, Integer> seen = new IdentityHashMap<>();
        for (List<Round> rs : groupOf) {
            int i = seen.merge(rs, 1, Integer::sum) - 1;
            Round a = rs.get(i);
            for (int j = i + 1; j < rs.size(); j++) {
                Round b = rs.get(j);
                if (a.key.equals(b.key)) continue;
                boolean samePlace = a.place != null && a.place.equals(b.place);
                boolean sameMonth = a.date != null && b.date != null && a.date.month() != null && a.date.year() != null && java.util.Objects.equals(a.date.year(), b.date.year())
                        && Objects.equals(a.date.month(), b.date.month());
                if (samePlace || sameMonth) union(parent, a.key, b.key);
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
    private void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a), rb = find(parent, b);
        if (ra.equals(rb)) return;
        int sa = size.getOrDefault(ra, 0), sb = size.getOrDefault(rb, 0);
        boolean aWins = sa > sb || (sa == sb && ra.compareTo(rb) < 0);
        parent.put(aWins ? rb : ra, aWins ? ra : rb);
        parent.putIfAbsent(aWins ? ra : rb, aWins ? ra : rb);
    }
}
