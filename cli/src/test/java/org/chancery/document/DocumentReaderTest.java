package org.chancery.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DocumentReaderTest {
    private final DocumentReader reader = new DocumentReader(new Boilerplate(Set.of("newsletter", "partagez cet article", "photo credit")), 1024 * 1024);

    private Document read(String text, String name) throws BadInputException {
        return reader.read(text.getBytes(StandardCharsets.UTF_8), name, name, null);
    }

    @Test
    void emptyWhitespaceAndBinaryInputsAreRefusedByName() {
        BadInputException e = assertThrows(BadInputException.class, () -> reader.read(new byte[0], "a.txt", "dir/a.txt", null));
        assertTrue(e.getMessage().startsWith("dir/a.txt: empty"));
        assertThrows(BadInputException.class, () -> read("  \n\t \n", "b.txt"));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertTrue(assertThrows(BadInputException.class, () -> reader.read(png, "c.png", "c.png", null)).getMessage().contains("binary"));
    }

    @Test
    void latin1IsDetected() throws Exception {
        byte[] latin1 = "Le Conseil de sécurité s'est réuni à Genève.".getBytes(Charset.forName("ISO-8859-1"));
        assertTrue(reader.read(latin1, "l.txt", "l.txt", null).text().contains("sécurité"));
    }

    @Test
    void boilerplateLinesAreDroppedAndWrappedLinesJoined() throws Exception {
        Document d = read("Title line\n\nThe meeting of the two delegations was held in Geneva and it was attended by many\nministers from the region.\n\nPhoto credit: Agency\n\nNewsletter\n", "x.txt");
        assertFalse(d.text().contains("Newsletter"));
        assertFalse(d.text().contains("Photo credit"));
        assertTrue(d.text().contains("attended by many ministers"));
    }

    @Test
    void datelineFromAHeaderLine() throws Exception {
        assertEquals(LocalDate.of(2014, 3, 27), read("jeudi 27 mars 2014\n\nLe Kazakhstan annonce sa candidature.", "a.txt").date());
        assertEquals(LocalDate.of(2021, 2, 11), read("# Titre\n\n2021/2544(RSP) - 11/02/2021 - Texte adopté\n\nLe Parlement a voté.", "b.txt").date());
        assertEquals(LocalDate.of(2024, 5, 3), read("Summit news\nPublished on 3 May 2024\n\nLeaders met.", "c.txt").date());
        // A publication line whose date opens with its weekday, after a title line, with an agency after it.
        assertEquals(LocalDate.of(2019, 6, 11), read("Deux pays signent\nPublié le mardi 11 juin 2019  |  Agence de presse\n\nIls ont signé.", "f.txt").date());
        assertNull(read("Leaders met in Geneva on 3 May to talk.", "d.txt").date());
        // A short first paragraph that dates an event is not a date line: the report was written later.
        assertNull(read("News\n\nThe two ministers signed a trade agreement in Rabat on 1 January 1995 after two days of talks on fisheries.",
                "e.txt").date());
    }

    @Test
    void htmlKeepsTheArticleNotTheFurniture() throws Exception {
        String html = "<html><head><title>T</title><script>var x = 'Kazakhstan';</script></head><body>"
                + "<nav><a href='/'>Home</a> <a>Politics</a></nav>"
                + "<article><h1>Ministers meet in Vienna</h1><p>The ministers met in Vienna on 3 May 2024.</p>"
                + "<div class='share-buttons'><button>Share on X</button></div></article>"
                + "<footer>Copyright</footer></body></html>";
        Document d = reader.read(html.getBytes(StandardCharsets.UTF_8), "p.html", "p.html", null);
        assertEquals("html", d.format());
        assertEquals("Ministers meet in Vienna", d.title());
        assertTrue(d.text().contains("The ministers met in Vienna"));
        assertFalse(d.text().contains("Home"));
        assertFalse(d.text().contains("Share on X"));
        assertFalse(d.text().contains("var x"));
        assertFalse(d.text().contains("Copyright"));
    }

    @Test
    void markdownIsReadAsText() throws Exception {
        Document d = reader.read("# Sommet à Genève\n\nLes ministres se sont **réunis** à [Genève](http://x).\n".getBytes(StandardCharsets.UTF_8), "m.md", "m.md", null);
        assertEquals("Sommet à Genève", d.title());
        assertTrue(d.text().contains("Les ministres se sont réunis à Genève."));
        assertFalse(d.text().contains("**"));
    }

    @Test
    void slugsAreStable() {
        assertEquals("003-campaign-txt", DocumentReader.slug("some/dir/003 Campaign.txt"));
        assertEquals("etats-unis-md", DocumentReader.slug("États-Unis.md"));
        assertEquals("vstreca-v-zeneve-txt", DocumentReader.slug("Встреча в Женеве.txt"));
        assertEquals("hui-tan-txt", DocumentReader.slug("会谈.txt"));
        assertFalse(DocumentReader.slug("😀.txt").equals(DocumentReader.slug("😎.txt")), "symbols no transliterator knows are kept apart");
    }

    @Test
    void damagedUtf8IsRefusedAndLatin1IsNot() throws Exception {
        byte[] utf8 = "Genève, Zürich, Besançon et Köln".getBytes(StandardCharsets.UTF_8);
        utf8[4] = (byte) 0xFF; // the continuation byte of "è"
        BadInputException e = assertThrows(BadInputException.class, () -> reader.read(utf8, "u.txt", "u.txt", null));
        assertTrue(e.getMessage().startsWith("u.txt: invalid UTF-8 at byte 3 "), e.getMessage());
        byte[] latin1 = "Genève, Zürich, Besançon et Köln".getBytes(Charset.forName("ISO-8859-1"));
        assertEquals("Genève, Zürich, Besançon et Köln", reader.read(latin1, "l.txt", "l.txt", null).text());
    }

    @Test
    void aLongTitleIsNotCutInsideASurrogatePair() throws Exception {
        Document d = read("a".repeat(199) + "😀" + " and more words on the first line\n\nThe text.", "t.txt");
        assertEquals("a".repeat(199), d.title());
    }

    @Test
    void charactersXmlCannotCarryAreDropped() throws Exception {
        Document d = read("Le ministre\u0001 s'est rendu\u000b à Genève\uFFFE.\fPage deux.", "c.txt");
        assertEquals("Le ministre  s'est rendu  à Genève .\n\nPage deux.", d.text());
    }
}
