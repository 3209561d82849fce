package org.chancery.document;

import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/** The text of a Markdown document as a reader sees it rendered: no markup, one block a paragraph. */
final class MarkdownText {
    private static final Parser PARSER = Parser.builder().build();
    private static final TextContentRenderer RENDERER = TextContentRenderer.builder().build();

    private MarkdownText() {}

    static DocumentReader.Extracted extract(String markdown) {
        Node doc = PARSER.parse(markdown);
        String title = null;
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h && h.getLevel() == 1 && h.getFirstChild() instanceof Text t) {
                title = t.getLiteral();
                break;
            }
        }
        String text = RENDERER.render(doc).replaceAll("\n(?=\\S)", "\n\n");
        return new DocumentReader.Extracted(text, title, null);
    }
}
