package org.chancery.serve;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Node;

/**
 * An HTML page of the explorer, written as text. Every value from the graph goes through
 * {@link #text} (document text is untrusted input); the page has no inline script or style, so the
 * Content-Security-Policy can forbid both.
 */
final class Page {
    static final String ID = "https://w3id.org/chancery/id/";
    /** No script at all, styles and images from this server only, forms posting back here only. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private final StringBuilder b = new StringBuilder(8192);

    Page(String title) {
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
         .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
         .append("<title>").append(escape(title)).append(" — Chancery</title>")
         .append("<link rel=\"stylesheet\" href=\"/explore/assets/explore.css\"></head><body>\n")
         .append("<header><a class=\"home\" href=\"/explore\">Chancery explorer</a>")
         .append("<form class=\"search\" action=\"/explore\" method=\"get\" role=\"search\">")
         .append("<input name=\"q\" type=\"search\" placeholder=\"Search names\" aria-label=\"Search names\">")
         .append("<button type=\"submit\">Search</button></form>")
         .append("<nav><a href=\"/explore/network\">Network</a> <a href=\"/chancery/queries\">Queries</a> <a href=\"/\">SPARQL</a></nav></header>\n<main>\n");
    }

    /** Raw markup written by this class's callers (never graph values). */
    Page raw(String html) {
        b.append(html);
        return this;
    }

    /** Text from the graph or the request, escaped. */
    Page text(String s) {
        b.append(escape(s));
        return this;
    }

    Page h(int level, String title) {
        b.append("<h").append(level).append('>').append(escape(title)).append("</h").append(level).append(">\n");
        return this;
    }

    /** A link to {@code href} (a path on this server or an http(s) URL) showing {@code label}. */
    Page link(String href, String label) {
        b.append("<a href=\"").append(escape(href)).append("\">").append(escape(label)).append("</a>");
        return this;
    }

    /** A link to the explorer page of an individual of the graph; other IRIs are shown as text. */
    Page entity(Node iri, String label) {
        String href = explorePath(iri);
        String shown = label == null || label.isBlank() ? shortName(iri) : label;
        if (href == null) return text(shown);
        return link(href, shown);
    }

    String html() {
        return b + "</main>\n<footer>Read-only view of the Chancery store · every fact links to the sentence that states it</footer>\n</body></html>\n";
    }

    static String escape(String s) {
        if (s == null) return "";
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code …/id/state/KZ} → {@code /explore/state/KZ}; null for an IRI outside the individuals. */
    static String explorePath(Node iri) {
        if (iri == null || !iri.isURI() || !iri.getURI().startsWith(ID)) return null;
        String rest = iri.getURI().substring(ID.length());
        int slash = rest.indexOf('/');
        if (slash <= 0 || slash == rest.length() - 1) return null;
        return "/explore/" + rest.substring(0, slash) + "/" + URLEncoder.encode(rest.substring(slash + 1), StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The last segment of an IRI or the fragment, for a value without a label. */
    static String shortName(Node n) {
        if (n == null) return "";
        if (!n.isURI()) return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
        String u = n.getURI();
        int cut = Math.max(u.lastIndexOf('#'), u.lastIndexOf('/'));
        return cut >= 0 && cut < u.length() - 1 ? u.substring(cut + 1) : u;
    }
}
