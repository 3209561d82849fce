package org.chancery.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.query.QueryParseException;
import org.chancery.mapping.Home;

/** The canned queries of {@code queries/} (the folder on disk, else the copies bundled in the jar), by name. */
public final class QueryRegistry {
    private static final String[] BUNDLED = {"timeline", "series", "officials", "sources", "state-relations", "co-participation", "corroboration", "institution-engagement",
            // the explorer's
            "class-counts", "latest-meetings", "name-search", "relations", "document-evidence", "meetings-of", "titles", "counterparts", "network"};
    /** The sub-folder of the forms that start from a given parameter (see {@link CannedQuery.Form}). */
    static final String ANCHORED = "anchored";
    private final Map<String, CannedQuery> queries = new TreeMap<>();

    public static QueryRegistry load() {
        QueryRegistry r = new QueryRegistry();
        Path folder = Home.folder("queries");
        if (folder != null) {
            try (Stream<Path> s = Files.list(folder)) {
                for (Path p : s.filter(x -> x.toString().endsWith(".rq")).sorted().toList()) {
                    String name = p.getFileName().toString().replaceAll("\\.rq$", "");
                    Path form = folder.resolve(ANCHORED).resolve(name + ".rq");
                    r.add(name, Files.readString(p, StandardCharsets.UTF_8),
                            Files.isRegularFile(form) ? Files.readString(form, StandardCharsets.UTF_8) : null);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            for (String name : BUNDLED) {
                try (InputStream in = QueryRegistry.class.getResourceAsStream("/chancery/queries/" + name + ".rq");
                     InputStream form = QueryRegistry.class.getResourceAsStream("/chancery/queries/" + ANCHORED + "/" + name + ".rq")) {
                    if (in != null) r.add(name, new String(in.readAllBytes(), StandardCharsets.UTF_8),
                            form == null ? null : new String(form.readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return r;
    }

    private void add(String name, String text, String anchoredForm) {
        CannedQuery q;
        try {
            q = CannedQuery.parse(name, text);
        } catch (QueryParseException | IllegalArgumentException e) {
            throw new IllegalStateException("queries/" + name + ".rq: " + e.getMessage(), e);
        }
        if (anchoredForm != null) {
            try {
                q = q.withForm(anchoredForm);
            } catch (QueryParseException | IllegalArgumentException e) {
                throw new IllegalStateException("queries/" + ANCHORED + "/" + name + ".rq: " + e.getMessage(), e);
            }
        }
        queries.put(name, q);
    }

    public CannedQuery get(String name) {
        return queries.get(name);
    }

    public Map<String, CannedQuery> all() {
        return queries;
    }
}
