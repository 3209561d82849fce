package org.chancery.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.chancery.Fixtures;
import org.chancery.document.Boilerplate;
import org.chancery.document.Datelines;
import org.chancery.document.DocumentReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No date in the graph is more precise than its text allows: documents without a date line (written
 * here from sentence frames in both languages) give a year only where the text writes one, and a day
 * only where it writes one; "le 15 avril" alone stays "--04-15"^^xsd:gMonthDay. Date lines of other
 * shapes (the mappings' DatelinePattern cues) are the document's date.
 */
class DatePrecisionTest {
    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    private static final Set<String> DATE_TYPES = Set.of(XSD + "date", XSD + "gYearMonth", XSD + "gYear", XSD + "gMonthDay", XSD + "dateTime");
    private static final String[] MOIS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"};

    /** Sentence frames with a day ({d}) and a month ({m}); {y} is a year clause or nothing. */
    private static final List<String> FR = List.of(
            "Le ministre des Affaires étrangères du Sénégal a reçu son homologue malien le {d} {m}{y}.",
            "La troisième session de la commission mixte Bénin–Togo s'est tenue à Cotonou le {d} {m}{y}.",
            "Le Maroc et le Rwanda ont signé un accord de coopération le {d} {m}{y} à Rabat.",
            "L'Assemblée générale des Nations unies a adopté le {d} {m}{y} la résolution 77/12 par 120 voix contre 5 et 30 abstentions.",
            "En visite de travail au Vietnam du {d} au 20 {m}{y}, le ministre béninois a rencontré son homologue.",
            "Les deux présidents se sont entretenus par téléphone le {d} {m}{y}.");
    private static final List<String> EN = List.of(
            "The Foreign Minister of Ghana received his Nigerian counterpart in Accra on {M} {d}{Y}.",
            "The second round of the Peru–Chile dialogue was held in Lima on {d} {M}{y}.",
            "Kenya and Uganda signed an agreement on trade on {M} {d}{Y}.",
            "The General Assembly adopted resolution 76/3 on {d} {M}{y} by 110 votes to 7, with 40 abstentions.",
            "The presidents of Chile and Argentina held talks by telephone on {M} {d}{Y}.",
            "Ministers of India and Nepal met in Kathmandu from {d} to 19 {M}{y}.");

    @Provide
    Arbitrary<String> undatedDocument() {
        Arbitrary<String> sentence = Combinators.combine(
                        Arbitraries.of(true, false), Arbitraries.integers().between(0, 5), Arbitraries.integers().between(1, 12),
                        Arbitraries.integers().between(1, 18), Arbitraries.integers().between(0, 3), Arbitraries.integers().between(1995, 2025))
                .as((fr, frame, month, day, withYear, year) -> {
                    String f = (fr ? FR : EN).get(frame);
                    String y = withYear == 0 ? " " + year : "";
                    return f.replace("{d}", String.valueOf(day)).replace("{m}", MOIS[month - 1]).replace("{M}", MONTHS[month - 1])
                            .replace("{y}", y).replace("{Y}", y.isEmpty() ? "" : "," + y);
                });
        // A title without a date, then sentences; sometimes a past year named in passing ("en 2016", "in 2016").
        return Combinators.combine(sentence.list().ofMinSize(1).ofMaxSize(4), Arbitraries.of("", "Les relations datent de 2016. ", "Relations were set up in 2011. "))
                .as((sentences, past) -> "Diplomatic news\n\n" + past + String.join(" ", sentences) + "\n");
    }

    @Property(tries = 40)
    void noDateIsMorePreciseThanItsText(@ForAll("undatedDocument") String text) throws IOException {
        Path dir = Files.createTempDirectory("chancery-dates");
        DatasetGraph dsg = Fixtures.convert(dir, Map.of("undated.txt", text));
        Set<String> yearsWritten = new HashSet<>();
        Matcher y = Pattern.compile("\\b(?:19|20)\\d{2}\\b").matcher(text);
        while (y.find()) yearsWritten.add(y.group());
        for (Node date : dates(dsg)) {
            String lex = date.getLiteralLexicalForm();
            String type = date.getLiteralDatatypeURI();
            if (type.equals(XSD + "gMonthDay")) {
                assertTrue(lex.matches("--\\d{2}-\\d{2}"), lex);
            } else {
                String year = lex.substring(0, 4);
                assertTrue(yearsWritten.contains(year), "the year of " + lex + " (" + type + ") is not written in:\n" + text);
            }
            if (type.equals(XSD + "date") || type.equals(XSD + "gMonthDay")) {
                int day = Integer.parseInt(lex.substring(lex.length() - 2));
                assertTrue(Pattern.compile("\\b" + day + "\\b").matcher(text).find(), "the day of " + lex + " is not written in:\n" + text);
            }
            assertFalse(type.equals(XSD + "dateTime"), "no time is ever written: " + lex);
        }
        deleteAll(dir);
    }

    @Test
    void aDayWithoutItsYearStaysPartial(@TempDir Path dir) throws IOException {
        DatasetGraph dsg = Fixtures.convert(dir, Map.of(
                "session.txt", "Commission mixte\n\nLa troisième session de la commission mixte Sénégal–Mali s'est tenue à Dakar le 15 avril.\n",
                "call.txt", "Phone call\n\nThe presidents of Chile and Argentina held talks by telephone on August 3.\n"));
        List<String> lexicals = new ArrayList<>();
        for (Node d : dates(dsg)) {
            assertEquals(XSD + "gMonthDay", d.getLiteralDatatypeURI(), d.toString());
            lexicals.add(d.getLiteralLexicalForm());
        }
        assertTrue(lexicals.contains("--04-15"), "the session is dated --04-15: " + lexicals);
        assertTrue(Fixtures.ask(Fixtures.union(dsg), "?m a dip:Meeting ; dip:date \"--04-15\"^^xsd:gMonthDay"), "a meeting dated --04-15");
    }

    @Test
    void datelinesOfOtherShapesAreTheDocumentsDate() throws Exception {
        DocumentReader reader = new DocumentReader(new Boilerplate(Set.of()),
                new Datelines(Fixtures.mappings().patterns("DatelinePattern")), 1 << 20);
        assertEquals("2019-11-03", date(reader, "Talks in Peru\n\nLIMA, 03.11.19\n\nThe ministers met."));
        assertEquals("2018-02-04", date(reader, "Visite officielle\n\nLe 04/02/2018 à 09h30\n\nLe ministre est arrivé."));
        assertEquals("2021-03-02", date(reader, "Ministers meet\n\nMarch 2, 2021, 11:05\n\nThe ministers met."));
        assertEquals("2024-05-03", date(reader, "Sommet\n\nPublié le 3 mai 2024 à 10h12\n\nLes chefs d'État se sont réunis."));
        assertEquals("2021-03-02", date(reader, "Summit\n\nUpdated: 11:05 GMT, March 2, 2021\n\nLeaders met."));
        assertEquals("2020-02-25", date(reader, "Visit\n\nKHUJAND, 25.02.2020. (Agency) – The minister of a neighbouring country arrived in the city for a two-day visit that both sides called useful and long overdue."));
        assertEquals("2023-07-04", date(reader, "Commission mixte\n\nMardi, 4 juillet 2023-Kinshasa accueille depuis la semaine dernière les travaux de la commission mixte entre les deux pays, qui se poursuivent."));
        assertEquals("2023-04-13", date(reader, "Talks\n\nTASHKENT, April 13 - On April 13, 2023 the minister received the ambassadors of several states accredited in the capital."));
        // No year in the line: no document date, rather than a guessed year.
        assertNull(date(reader, "Call\n\nAugust 16, 15:07\n\nThe ministers spoke by phone."));
        assertNull(date(reader, "Talks\n\nLIMA, Jan. 13.\n\nThe ministers met."));
        assertNull(date(reader, "Ghana, Togo - ministers met in Lomé on 3 May to talk about trade."));
    }

    @Test
    void aDateLineUnderALongTitleOrInABylineIsTheDocumentsDate() throws Exception {
        DocumentReader reader = new DocumentReader(new Boilerplate(Set.of()),
                new Datelines(Fixtures.mappings().patterns("DatelinePattern")), 1 << 20);
        // A title longer than a wrapped line, then the date on a line of its own: not one sentence.
        String title = "Two neighbouring states agree to reopen their shared border crossings for trade";
        assertEquals("2022-10-13", date(reader, title + "\n2022-10-13\nThe ministers met on Wednesday."));
        // … and it stays a line of its own: the title's sentence does not take the date as its own.
        var doc = reader.read((title + "\n2022-10-13\nThe ministers met on Wednesday.").getBytes(StandardCharsets.UTF_8), "t.txt", "t.txt", null);
        assertTrue(doc.text().contains("crossings for trade\n\n2022-10-13"), doc.text());
        assertEquals("2020-03-10", date(reader, "Visite de travail du ministre des affaires étrangères à Lisbonne\nCommuniqué de presse, 10.03.2020\nLe ministre a été reçu."));
        assertEquals("2017-10-24", date(reader, "Deux pays voisins signent trois accords de coopération agricole\nPublié le mardi 24 octobre 2017  |  Une agence\nLes accords ont été signés."));
        assertEquals("2024-10-24", date(reader, title + "\n13:54 UTC+8, 2024-10-24\nThe two sides met."));
        // A byline with an abbreviated month and no space after its comma; a weekday and a comma before the year.
        assertEquals("2017-10-17", date(reader, "Leaders talk\nBy Staff - Oct 17,2017 - Last updated at Oct 17,2017\nThe two leaders spoke by phone."));
        assertEquals("2024-06-06", date(reader, "Élection au Conseil\njeudi, 6 juin, 2024 à 18:01\nCinq pays ont été élus."));
        // A city dateline with a month and day but no year leaves the document undated, long title or not.
        assertNull(date(reader, title + "\nMALÉ, Dec 20 — The prime minister arrived yesterday for a state visit."));
        assertNull(date(reader, title + "\nRIGA, Sept. 3 - The ministers spoke by phone on Monday."));
    }

    private static String date(DocumentReader reader, String text) throws Exception {
        var d = reader.read(text.getBytes(StandardCharsets.UTF_8), "d.txt", "d.txt", null).date();
        return d == null ? null : d.toString();
    }

    /** Every date-typed literal of the union graph. */
    private static List<Node> dates(DatasetGraph dsg) {
        List<Node> out = new ArrayList<>();
        var it = dsg.getUnionGraph().find();
        while (it.hasNext()) {
            Triple t = it.next();
            Node o = t.getObject();
            if (o.isLiteral() && DATE_TYPES.contains(o.getLiteralDatatypeURI())) out.add(o);
        }
        return out;
    }

    private static void deleteAll(Path dir) throws IOException {
        try (var s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
