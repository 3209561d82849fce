package org.chancery.bench.query;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** A canned query with the parameter values it is timed with. */
public record QueryForm(String query, Map<String, String> params) {
    /** "officials (state=KZ)", "timeline (whole store)". */
    public String label() {
        if (params.isEmpty()) return query + " (no parameters)";
        return query + " (" + params.entrySet().stream().map(e -> e.getKey() + "=" + shortValue(e.getValue())).collect(Collectors.joining(", ")) + ")";
    }

    /** The query string of {@code /chancery/queries/{name}?...}. */
    public String httpQuery() {
        return params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String shortValue(String v) {
        return v.startsWith("http") ? "…/" + v.substring(v.lastIndexOf('/') + 1) : v;
    }
}
