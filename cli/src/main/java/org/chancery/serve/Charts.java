package org.chancery.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;

/** The explorer's two drawings, as inline SVG written on the server (no script): a timeline by year and a network. */
final class Charts {
    private Charts() {}

    /** Kinds of dated events, in the order they are stacked, with their CSS classes. */
    static final Map<String, String> KINDS = new LinkedHashMap<>();
    static {
        KINDS.put("meeting", "k-meeting");
        KINDS.put("agreement signed", "k-signed");
        KINDS.put("agreement in force", "k-force");
        KINDS.put("resolution", "k-resolution");
    }

    /** Stacked bars: per year (the first four characters of a date), how many events of each kind; a tick under every year. */
    static String timeline(Map<String, Map<String, Integer>> countsByYear) {
        if (countsByYear.isEmpty()) return "<p class=\"empty\">No dated event.</p>";
        TreeMap<Integer, Map<String, Integer>> years = new TreeMap<>();
        countsByYear.forEach((y, m) -> {
            try {
                years.put(Integer.parseInt(y), m);
            } catch (NumberFormatException e) {
                // an undated or malformed year has no place on the axis
            }
        });
        if (years.isEmpty()) return "<p class=\"empty\">No dated event.</p>";
        int first = years.firstKey(), last = years.lastKey(), span = last - first + 1;
        int max = 1;
        for (Map<String, Integer> m : years.values()) max = Math.max(max, m.values().stream().mapToInt(Integer::intValue).sum());
        double width = 800, height = 160, left = 30, top = 10, slot = width / span, bar = Math.max(2, slot * 0.7);
        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"timeline\" viewBox=\"0 0 ").append((int) (width + left + 10)).append(' ').append((int) (height + top + 40))
         .append("\" role=\"img\" aria-label=\"Events per year, ").append(first).append(" to ").append(last).append("\">");
        s.append("<line class=\"axis\" x1=\"").append(left).append("\" y1=\"").append(top + height).append("\" x2=\"").append(left + width)
         .append("\" y2=\"").append(top + height).append("\"/>");
        s.append("<text class=\"tick\" x=\"").append(left - 4).append("\" y=\"").append(top + 8).append("\" text-anchor=\"end\">").append(max).append("</text>");
        int every = Math.max(1, (int) Math.ceil(span / 16.0));
        for (int y = first; y <= last; y++) {
            double x = left + (y - first) * slot + (slot - bar) / 2;
            double base = top + height;
            Map<String, Integer> m = years.getOrDefault(y, Map.of());
            for (Map.Entry<String, String> k : KINDS.entrySet()) {
                int n = m.getOrDefault(k.getKey(), 0);
                if (n == 0) continue;
                double h = height * n / max;
                base -= h;
                s.append("<rect class=\"").append(k.getValue()).append("\" x=\"").append(fmt(x)).append("\" y=\"").append(fmt(base))
                 .append("\" width=\"").append(fmt(bar)).append("\" height=\"").append(fmt(h)).append("\"><title>").append(y).append(": ")
                 .append(n).append(' ').append(Page.escape(k.getKey())).append("</title></rect>");
            }
            if ((y - first) % every == 0 || y == last) {
                double cx = left + (y - first) * slot + slot / 2;
                s.append("<line class=\"axis\" x1=\"").append(fmt(cx)).append("\" y1=\"").append(top + height).append("\" x2=\"").append(fmt(cx))
                 .append("\" y2=\"").append(top + height + 5).append("\"/>");
                s.append("<text class=\"tick year\" x=\"").append(fmt(cx)).append("\" y=\"").append(top + height + 20)
                 .append("\" text-anchor=\"middle\">").append(y).append("</text>");
            }
        }
        s.append("</svg><p class=\"legend\">");
        KINDS.forEach((k, c) -> s.append("<span class=\"swatch ").append(c).append("\"></span>").append(Page.escape(k)).append(' '));
        return s.append("</p>").toString();
    }

    record NetNode(Node iri, String label, boolean state) {}

    record Edge(Node a, Node b, int weight) {}

    /** States on an inner ring, officials on an outer one, a line per pair with a width by shared meetings; each node links to its page. */
    static String network(List<NetNode> nodes, List<Edge> edges) {
        if (nodes.isEmpty()) return "<p class=\"empty\">No meeting with two participants in these years.</p>";
        double size = 1000, c = size / 2;
        List<NetNode> states = new ArrayList<>(), officials = new ArrayList<>();
        for (NetNode n : nodes) (n.state() ? states : officials).add(n);
        Map<Node, double[]> at = new LinkedHashMap<>();
        place(states, officials.isEmpty() ? 380 : 230, c, at);
        place(officials, 420, c, at);
        int maxW = edges.stream().mapToInt(Edge::weight).max().orElse(1);
        StringBuilder s = new StringBuilder("<svg class=\"network\" viewBox=\"0 0 1000 1000\" role=\"img\" aria-label=\"Who met whom\">");
        for (Edge e : edges) {
            double[] p = at.get(e.a()), q = at.get(e.b());
            if (p == null || q == null) continue;
            s.append("<line class=\"edge\" x1=\"").append(fmt(p[0])).append("\" y1=\"").append(fmt(p[1])).append("\" x2=\"").append(fmt(q[0]))
             .append("\" y2=\"").append(fmt(q[1])).append("\" stroke-width=\"").append(fmt(1 + 5.0 * e.weight() / maxW)).append("\"/>");
        }
        for (NetNode n : nodes) {
            double[] p = at.get(n.iri());
            String href = Page.explorePath(n.iri());
            s.append("<a href=\"").append(Page.escape(href == null ? "#" : href)).append("\"><circle class=\"")
             .append(n.state() ? "n-state" : "n-official").append("\" cx=\"").append(fmt(p[0])).append("\" cy=\"").append(fmt(p[1]))
             .append("\" r=\"").append(n.state() ? 14 : 8).append("\"><title>").append(Page.escape(n.label())).append("</title></circle>")
             .append("<text class=\"").append(n.state() ? "l-state" : "l-official").append("\" x=\"").append(fmt(p[0])).append("\" y=\"")
             .append(fmt(p[1] + (n.state() ? 30 : 20))).append("\" text-anchor=\"middle\">").append(Page.escape(shorten(n.label())))
             .append("</text></a>");
        }
        return s.append("</svg>").toString();
    }

    private static void place(List<NetNode> ring, double radius, double c, Map<Node, double[]> at) {
        for (int i = 0; i < ring.size(); i++) {
            double a = 2 * Math.PI * i / ring.size() - Math.PI / 2;
            at.put(ring.get(i).iri(), new double[] {c + radius * Math.cos(a), c + radius * Math.sin(a)});
        }
    }

    private static String shorten(String label) {
        return label.length() <= 22 ? label : label.substring(0, 21) + "…";
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }
}
