package org.chancery.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.chancery.Fixtures;
import org.chancery.text.Tokenizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped mappings, as the extractor sees them, and a user's own folder added to them. */
class MappingsTest {
    private static final String STATE = "https://w3id.org/chancery/id/state/";

    private static Set<String> matches(Mappings m, String text, Kind kind) {
        return m.gazetteer().findAll(Tokenizer.tokenize(text)).stream()
                .filter(g -> g.has(kind))
                .map(g -> g.first(kind).iri())
                .collect(Collectors.toSet());
    }

    @Test
    void everyUnMemberStateHasAnEnglishAndAFrenchNameAndAWikidataItem() {
        List<KnownEntity> states = Fixtures.mappings().entities().stream()
                .filter(e -> e.kind() == Kind.STATE && e.iri().startsWith(STATE))
                .toList();
        assertTrue(states.size() >= 193, "states: " + states.size());
        for (KnownEntity s : states) {
            assertNotNull(s.prefLabels().get("en"), s.iri());
            assertNotNull(s.prefLabels().get("fr"), s.iri());
            assertNotNull(s.wikidata(), s.iri());
        }
        assertEquals("États-Unis", Fixtures.mappings().entity(STATE + "US").label("fr"));
    }

    @Test
    void statesAreFoundUnderTheirNamesAcronymsAndDemonymsInBothLanguages() {
        Mappings m = Fixtures.mappings();
        assertEquals(Set.of(STATE + "US"), matches(m, "Les Etats-Unis et les États-Unis", Kind.STATE));
        assertEquals(Set.of(STATE + "US"), matches(m, "the U.S. and the US", Kind.STATE));
        assertEquals(Set.of(STATE + "IQ"), matches(m, "l'ambassade d'Irak", Kind.STATE));
        assertEquals(Set.of(STATE + "KZ"), matches(m, "la délégation kazakhstanaise", Kind.DEMONYM));
        assertEquals(Set.of(STATE + "FR"), matches(m, "les autorités françaises", Kind.DEMONYM));
        // "us" the pronoun is not the United States: acronyms match their capitals only
        assertTrue(matches(m, "he told us", Kind.STATE).isEmpty());
    }

    @Test
    void placesKnowTheirState() {
        Mappings m = Fixtures.mappings();
        GazetteerMatch astana = m.gazetteer().findAll(Tokenizer.tokenize("à Noursoultan")).stream()
                .filter(g -> g.has(Kind.PLACE)).findFirst().orElseThrow();
        assertEquals(STATE + "KZ", astana.first(Kind.PLACE).entity().inState());
    }

    @Test
    void aUsersFolderAddsKnowledgeWithoutRecompiling(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("mine.ttl"), """
                @prefix dip:  <https://w3id.org/chancery/ontology#> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                <https://w3id.org/chancery/id/institution/zzfo> a dip:Institution ;
                    skos:prefLabel "Zanzibar Ocean Forum"@en , "Forum océanique de Zanzibar"@fr ;
                    skos:altLabel "ZOF"@en .
                """, StandardCharsets.UTF_8);
        Mappings m = MappingLoader.load(List.of(dir));
        assertEquals(Set.of("https://w3id.org/chancery/id/institution/zzfo"),
                matches(m, "le forum oceanique de Zanzibar (ZOF)", Kind.INSTITUTION));
        assertFalse(matches(Fixtures.mappings(), "le forum oceanique de Zanzibar", Kind.INSTITUTION)
                .contains("https://w3id.org/chancery/id/institution/zzfo"));
    }

    @Test
    void aBrokenMappingFileIsNamedNotSkipped(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.ttl"), "<a> <b> \"unterminated .\n", StandardCharsets.UTF_8);
        MappingLoader.MappingException e = assertThrows(MappingLoader.MappingException.class, () -> MappingLoader.load(List.of(dir)));
        assertTrue(e.getMessage().contains("broken.ttl"), e.getMessage());
    }
}
