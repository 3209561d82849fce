package org.chancery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.chancery.corpus.Corpus;
import org.chancery.mapping.MappingLoader;
import org.chancery.mapping.Mappings;

/** Shared test fixtures: the project's mappings, loaded once, and small conversions. */
public final class Fixtures {
    public static final String PREFIXES = """
            PREFIX dip: <https://w3id.org/chancery/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX wd: <http://www.wikidata.org/entity/>
            """;
    private static Mappings mappings;

    private Fixtures() {}

    public static synchronized Mappings mappings() {
        if (mappings == null) mappings = MappingLoader.loadDefault();
        return mappings;
    }

    public static Path root() {
        return Path.of(System.getProperty("chancery.home", "..")).toAbsolutePath().normalize();
    }

    /** Converts texts (file name → content) together and returns the dataset of their graphs. */
    public static DatasetGraph convert(Path dir, Map<String, String> texts) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, String> e : texts.entrySet()) {
            Path p = dir.resolve(e.getKey());
            Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
            files.add(p);
        }
        return convert(files);
    }

    public static DatasetGraph convert(List<Path> files) {
        Corpus.Report r = new Corpus(mappings(), 20L << 20, 2).convert(files, null);
        if (!r.problems().isEmpty()) throw new AssertionError("conversion problems: " + r.problems());
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Corpus.emit(r.documents(), StreamRDFLib.dataset(dsg));
        return dsg;
    }

    /** One document, {@code text} written as {@code name} in {@code dir} and converted alone: its union graph. */
    public static Model convertOne(Path dir, String name, String text) throws IOException {
        return union(convert(dir, Map.of(name, text)));
    }

    /** A graph pattern: an official whose label matches {@code surname} represents the state of Wikidata id {@code stateQid}. */
    /** A SPARQL pattern: the state of this Wikidata id is dip:memberOf a body whose label matches {@code body}. */
    public static String memberPattern(String stateQid, String body) {
        return "?s owl:sameAs wd:" + stateQid + " ; dip:memberOf ?b . ?b rdfs:label ?l FILTER(regex(str(?l), '" + body + "', 'i'))";
    }

    public static String representsPattern(String surname, String stateQid) {
        return "?o a dip:Official ; rdfs:label ?l ; dip:represents ?s . ?s owl:sameAs wd:" + stateQid
                + " FILTER(regex(str(?l), '" + surname + "')) ";
    }

    public static Model union(DatasetGraph dsg) {
        return ModelFactory.createModelForGraph(dsg.getUnionGraph());
    }

    public static boolean ask(Model m, String where) {
        try (QueryExecution qe = QueryExecution.model(m).query(PREFIXES + "ASK { " + where + " }").build()) {
            return qe.execAsk();
        }
    }
}
