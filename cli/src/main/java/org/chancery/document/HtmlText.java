package org.chancery.document;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/** The article text of an HTML page: menus, scripts, share buttons and footers left out. */
final class HtmlText {
    private static final String FURNITURE = "script, style, noscript, template, iframe, svg, nav, header, footer, aside, form, button, "
            + "[role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], "
            + "[class*=share], [class*=social], [class*=newsletter], [class*=cookie], [class*=related], [class*=comment], [class*=advert], "
            + "[id*=share], [id*=newsletter], [id*=cookie], [id*=comment]";
    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, figcaption, td, dd, dt, pre";

    private HtmlText() {}

    static DocumentReader.Extracted extract(String html) {
        var doc = Jsoup.parse(html);
        String title = null;
        Element h1 = doc.selectFirst("article h1, main h1, h1");
        if (h1 != null) title = h1.text();
        else if (!doc.title().isBlank()) title = doc.title();
        LocalDate date = metaDate(doc);
        Element root = doc.selectFirst("article");
        if (root == null) root = doc.selectFirst("main");
        if (root == null) root = doc.body();
        root.select(FURNITURE).remove();
        StringBuilder b = new StringBuilder();
        Elements blocks = root.select(BLOCKS);
        if (blocks.isEmpty()) b.append(root.wholeText());
        for (Element e : blocks) {
            if (e.select(BLOCKS).size() > 1) continue; // a container: its inner blocks are read instead
            String t = e.text().strip();
            if (!t.isEmpty()) b.append(t).append("\n\n");
        }
        return new DocumentReader.Extracted(b.toString(), title, date);
    }

    private static LocalDate metaDate(org.jsoup.nodes.Document doc) {
        for (String sel : new String[] {"meta[property=article:published_time]", "meta[name=date]", "meta[name=dcterms.date]", "time[datetime]"}) {
            Element e = doc.selectFirst(sel);
            if (e == null) continue;
            String v = e.hasAttr("content") ? e.attr("content") : e.attr("datetime");
            if (v.length() >= 10) {
                try {
                    return LocalDate.parse(v.substring(0, 10));
                } catch (DateTimeParseException ignored) {
                    // not an ISO date: fall back to the dateline
                }
            }
        }
        return null;
    }
}
