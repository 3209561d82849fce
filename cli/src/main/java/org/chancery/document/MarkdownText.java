package org.chancery.document;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The text of a Markdown document as a reader sees it rendered: CommonMark to HTML, then the
 * same block-by-block reading as an HTML page (link text kept, URLs and markup dropped). Raw HTML
 * in the Markdown goes through as HTML, so its scripts and styles are dropped like a page's.
 */
final class MarkdownText {
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(false).build();

    private MarkdownText() {}

    static DocumentReader.Extracted extract(String markdown) {
        return HtmlText.extract("<html><body><article>" + RENDERER.render(PARSER.parse(markdown)) + "</article></body></html>");
    }
}
