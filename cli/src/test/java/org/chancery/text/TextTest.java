package org.chancery.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void aCutRunOnSentenceNeverSplitsASurrogatePair() {
        String text = "a".repeat(SentenceSplitter.MAX_SENTENCE - 1) + "😀" + "b".repeat(100);
        List<SentenceSplitter.Sentence> s = new SentenceSplitter().split(text, "en");
        assertEquals(2, s.size());
        assertEquals(SentenceSplitter.MAX_SENTENCE - 1, s.get(0).end(), "the cut moves before the emoji, not into it");
        assertTrue(s.get(1).text().startsWith("😀"));
    }

    @Test
    void foldingRemovesCaseAccentsAndTypographicApostrophes() {
        assertEquals("etats-unis", Folding.fold("États-Unis"));
        assertEquals("l'onu", Folding.fold("L’ONU"));
        assertEquals("tokaiev", Folding.fold("Tokaïev"));
        assertEquals("oeuvre", Folding.fold("œuvre"));
    }

    @Test
    void tokenizerSplitsElisionsAndHyphensButKeepsAbbreviations() {
        List<String> t = Tokenizer.tokenize("l’ONU et les États-Unis (U.S.) à l'OSCE").stream().map(Token::text).toList();
        assertEquals(List.of("l'", "ONU", "et", "les", "États", "-", "Unis", "(", "U.S.", ")", "à", "l'", "OSCE"), t);
    }

    @Test
    void tokenOffsetsPointIntoTheText() {
        String s = "Le président Tokaïev";
        for (Token t : Tokenizer.tokenize(s)) assertEquals(t.text(), s.substring(t.start(), t.end()));
    }

    @Test
    void ordinalsInWordsAndFiguresInBothLanguages() {
        assertEquals(3, Ordinals.parse("troisième").getAsInt());
        assertEquals(3, Ordinals.parse("third").getAsInt());
        assertEquals(3, Ordinals.parse("3ème").getAsInt());
        assertEquals(4, Ordinals.parse("4th").getAsInt());
        assertEquals(47, Ordinals.parse("47e").getAsInt());
        assertEquals(1, Ordinals.parse("première").getAsInt());
        assertFalse(Ordinals.parse("Astana").isPresent());
    }

    @Test
    void romanOrdinalsWithAFrenchEndingButNotShortWords() {
        assertEquals(17, Ordinals.parse("XVIIème").getAsInt());
        assertEquals(13, Ordinals.parse("XIIIe").getAsInt());
        assertEquals(4, Ordinals.parse("IVe").getAsInt());
        assertEquals(1, Ordinals.parse("Ier").getAsInt());
        assertFalse(Ordinals.parse("Le").isPresent());
        assertFalse(Ordinals.parse("Ce").isPresent());
        assertFalse(Ordinals.parse("XVII").isPresent());
        assertFalse(Ordinals.parse("IIXe").isPresent());
        assertEquals(66, Ordinals.parse("sixty-sixth").getAsInt());
        assertEquals(23, Ordinals.parse("vingt-troisième").getAsInt());
    }

    @Test
    void monthNamesInBothLanguages() {
        assertEquals(12, Months.parse("décembre"));
        assertEquals(12, Months.parse("December"));
        assertEquals(2, Months.parse("févr."));
        assertEquals(0, Months.parse("Washington"));
    }

    private static DateExpression only(String s) {
        List<DateExpression> d = DateFinder.find(s, 0, s.length());
        assertEquals(1, d.size(), () -> "dates in: " + s + " → " + d);
        return d.get(0);
    }

    @Test
    void absoluteDatesTypedByPrecision() {
        assertEquals("2024-05-20", only("le 20 mai 2024 à Astana").resolve(null, null).orElseThrow().lexical());
        assertEquals("2020-03-01", only("entré en vigueur le 1er mars 2020").resolve(null, null).orElseThrow().lexical());
        assertEquals("2024-05-03", only("Published on May 3, 2024").resolve(null, null).orElseThrow().lexical());
        assertEquals("2021-02-11", only("2021/2544(RSP) - 11/02/2021 - Texte").resolve(null, null).orElseThrow().lexical());
        assertEquals("2010-12", only("le Sommet en Décembre 2010").resolve(null, null).orElseThrow().lexical());
        assertEquals("2025", only("se tiendra en 2025").resolve(null, null).orElseThrow().lexical());
        assertEquals("http://www.w3.org/2001/XMLSchema#gYearMonth", only("en mars 2009").resolve(null, null).orElseThrow().xsdType());
    }

    @Test
    void relativeDatesAnchoredOnTheDocumentDate() {
        LocalDate ref = LocalDate.of(2024, 5, 22);
        assertEquals("2024-05-20", only("s'est tenu le 20 mai dernier").resolve(ref, null).orElseThrow().lexical());
        assertEquals("2023-12", only("signed last December").resolve(ref, null).orElseThrow().lexical());
        assertEquals("2023", only("le sommet de l'année dernière").resolve(ref, null).orElseThrow().lexical());
        assertEquals("2024-04-15", only("adoptée le 15 avril de cette année").resolve(ref, null).orElseThrow().lexical());
        assertEquals("2025", only("again next year").resolve(ref, null).orElseThrow().lexical());
        assertEquals("2023-12", only("en décembre de l'année dernière").resolve(ref, null).orElseThrow().lexical());
    }

    @Test
    void relativeDatesWithoutAnchorStayUnresolved() {
        // No anchor: a day keeps its month and day and no year (xsd:gMonthDay); a month alone gives nothing.
        assertEquals("--05-20", only("le 20 mai dernier").resolve(null, null).orElseThrow().lexical());
        assertEquals("http://www.w3.org/2001/XMLSchema#gMonthDay", only("le 20 mai dernier").resolve(null, null).orElseThrow().xsdType());
        assertTrue(only("signed last December").resolve(null, null).isEmpty());
        assertTrue(only("le sommet de l'année dernière").resolve(null, null).isEmpty());
        assertEquals("2024-05-20", only("le 20 mai dernier").resolve(null, 2024).orElseThrow().lexical());
    }

    @Test
    void theModalMayIsNoDate() {
        assertTrue(DateFinder.find("They may meet again", 0, 19).isEmpty());
    }

    @Test
    void asciiFoldingMatchesTheFullPath() {
        assertEquals("paris, 3 june 2024 - onu", Folding.fold("Paris, 3 June 2024 - ONU"));
        assertEquals("unchanged", Folding.stripAccents("unchanged"));
        assertEquals("Etats", Folding.stripAccents("États"));
    }

    @Test
    void aMonthWordIsSeenFromItsFirstLettersOnly() {
        assertTrue(Months.mayName("signed in Décembre"));
        assertTrue(Months.mayName("les 3-4 févr. à Genève"));
        assertTrue(Months.mayName("Septembers"), "a longer word may start with a month, as the patterns read it");
        assertFalse(Months.mayName("Le Brésil et l'Union européenne ont discuté à Genève"));
        assertFalse(Months.mayName("xdecember"), "no month starts inside a word");
        assertFalse(Months.mayName("They declared a truce on the market square"), "a word read as a month is its first 9 letters, not any prefix");
    }

    @Test
    void datesWithoutDigitsOrMonthsAreStillFound() {
        List<DateExpression> wed = new DateFinder(org.chancery.Fixtures.mappings().wordNumbers("Weekday")).dates("il a été reçu ce mercredi à Paris", 0, 33);
        assertEquals(1, wed.size(), () -> "dates: " + wed);
        assertEquals(3, wed.get(0).weekday());
        assertTrue(DateFinder.find("il a été reçu ce mercredi à Paris", 0, 33).isEmpty(), "without the names, no weekday is read");
        LocalDate ref = LocalDate.of(2024, 5, 22);
        assertEquals("2023", only("as LAST YEAR in Geneva").resolve(ref, null).orElseThrow().lexical());
        assertEquals("2024", only("cette année encore").resolve(ref, null).orElseThrow().lexical());
        assertTrue(DateFinder.find("Le Brésil et l'Union européenne ont discuté.", 0, 44).isEmpty());
    }

    @Test
    void frenchAndEnglishAreToldApartByWordsOrByTheModel() {
        LanguageDetector d = new LanguageDetector(org.chancery.Fixtures.mappings().wordSet("FrenchMarker"), org.chancery.Fixtures.mappings().wordSet("EnglishMarker"));
        assertEquals("fr", d.detect("Le ministre des Affaires étrangères est arrivé à Genève pour une réunion avec les représentants "
                + "des pays voisins et la délégation de l'Union européenne, qui a présenté les propositions du Conseil dans le cadre du dialogue."));
        assertEquals("en", d.detect("The Minister of Foreign Affairs arrived in Geneva for a meeting with the representatives of the "
                + "neighbouring countries and the delegation of the European Union, which presented the proposals of the Council."));
        assertEquals("fr", d.detect("Sommet à Genève : coopération énergétique renforcée"), "too few common words: the model decides");
    }
}
