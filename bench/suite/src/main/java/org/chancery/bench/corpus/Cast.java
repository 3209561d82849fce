package org.chancery.bench.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * Who and where the generated documents speak of: the states, places, institutions and role titles
 * of mappings/*.ttl (so the extractor can recognise them), and officials with invented names (the
 * mappings hold no people). Each named thing carries its English and French label.
 */
public final class Cast {
    private static final String DIP = "https://w3id.org/chancery/ontology#";
    private static final String MAP = "https://w3id.org/chancery/mapping#";

    /** A thing with its label in each language; {@code code} is the ISO code of a state, else a slug. */
    public record Named(String code, String en, String fr) {
        public String label(Language lang) {
            return lang == Language.FR ? fr : en;
        }
    }

    /** A place and the ISO code of the state it is in. */
    public record Place(Named name, String state) {}

    /** An official: a name, the state they act for, and a role title. */
    public record Official(String name, Named state, Named role) {}

    public final List<Named> states = new ArrayList<>();
    public final List<Place> places = new ArrayList<>();
    public final List<Named> institutions = new ArrayList<>();
    public final List<Named> roles = new ArrayList<>();

    private static final String[] GIVEN = {"Amina", "Boris", "Carla", "Dariga", "Elif", "Farid", "Greta", "Hamid", "Irina",
            "Jonas", "Karim", "Leyla", "Marat", "Nadia", "Omar", "Paula", "Ruslan", "Sofia", "Timur", "Ulla", "Viktor",
            "Yasmin", "Zhanna", "Anders", "Beatriz", "Chen", "Diego", "Emma", "Fatima", "Georg", "Hana", "Ilyas"};
    private static final String[] FAMILY = {"Abenova", "Brandt", "Castillo", "Dumont", "Ekström", "Ferreira", "Gurbanov",
            "Haddad", "Ivanescu", "Jansen", "Kaliyev", "Lindqvist", "Moreau", "Nowak", "Okafor", "Petrov", "Quintero",
            "Rahimov", "Salazar", "Tanaka", "Usmanov", "Vidal", "Wagner", "Yilmaz", "Zhaksylyk", "Albrecht", "Bekov",
            "Costa", "Delacroix", "Esposito", "Fontaine", "Grimaldi", "Horvath", "Ismailov", "Juncker", "Kovacs"};

    /** Reads states.ttl, places.ttl, institutions.ttl and roles.ttl of a mappings folder. */
    public static Cast read(Path mappings) {
        Cast c = new Cast();
        Model states = load(mappings.resolve("states.ttl"));
        for (Resource s : states.listSubjectsWithProperty(RDF.type, states.createResource(DIP + "State")).toList()) {
            String code = s.getURI().substring(s.getURI().lastIndexOf('/') + 1);
            c.states.add(new Named(code, label(s, "en"), label(s, "fr")));
        }
        Model places = load(mappings.resolve("places.ttl"));
        for (Resource p : places.listSubjectsWithProperty(RDF.type, places.createResource(DIP + "Place")).toList()) {
            RDFNode in = p.getPropertyResourceValue(ResourceFactory.createProperty(DIP + "inState"));
            if (in == null || label(p, "en") == null) continue;
            String uri = in.asResource().getURI();
            c.places.add(new Place(new Named(slug(p), label(p, "en"), label(p, "fr")), uri.substring(uri.lastIndexOf('/') + 1)));
        }
        Model insts = load(mappings.resolve("institutions.ttl"));
        var kind = insts.createProperty(MAP + "kind");
        for (Resource i : insts.listSubjectsWithProperty(RDF.type, insts.createResource(DIP + "Institution")).toList()) {
            // Foreign ministries read oddly in "X is a member of …"; organisations and bodies do not.
            Resource k = i.getPropertyResourceValue(kind);
            if (k == null || k.getURI().endsWith("Ministry") || label(i, "fr") == null) continue;
            c.institutions.add(new Named(slug(i), label(i, "en"), label(i, "fr")));
        }
        Model roles = load(mappings.resolve("roles.ttl"));
        var rank = roles.createProperty(MAP + "rank");
        for (Resource r : roles.listSubjectsWithProperty(rank).toList()) {
            String rk = r.getPropertyResourceValue(rank).getURI();
            if (rk.endsWith("Minister") || rk.endsWith("Diplomat")) c.roles.add(new Named(slug(r), label(r, "en"), label(r, "fr")));
        }
        c.states.removeIf(s -> s.en() == null || s.fr() == null);
        // A model lists its subjects in no promised order; sorted, the same seed gives the same corpus.
        for (List<Named> l : List.of(c.states, c.institutions, c.roles)) l.sort(java.util.Comparator.comparing(Named::code));
        c.places.sort(java.util.Comparator.comparing(p -> p.name().code()));
        for (List<?> l : List.of(c.states, c.places, c.institutions, c.roles)) {
            if (l.isEmpty()) throw new IllegalStateException(mappings + ": no states, places, institutions or roles found");
        }
        return c;
    }

    /** {@code count} officials, drawn from {@code random}: the same seed gives the same people. */
    public List<Official> officials(Random random, int count) {
        List<Official> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = GIVEN[random.nextInt(GIVEN.length)] + " " + FAMILY[random.nextInt(FAMILY.length)];
            people.add(new Official(name, states.get(random.nextInt(states.size())), roles.get(random.nextInt(roles.size()))));
        }
        return people;
    }

    /** The mappings folder of the checkout: {@code dir/mappings}, or of a parent of dir. */
    public static Path findMappings(Path dir) {
        for (Path d = dir.toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("mappings/states.ttl"))) return d.resolve("mappings");
        }
        throw new IllegalStateException("no mappings/states.ttl in " + dir.toAbsolutePath() + " or above; pass --mappings");
    }

    private static Model load(Path file) {
        return RDFDataMgr.loadModel(file.toString());
    }

    private static String label(Resource r, String lang) {
        for (var s : r.listProperties(SKOS.prefLabel).toList()) {
            if (s.getObject().isLiteral() && s.getLiteral().getLanguage().equalsIgnoreCase(lang)) return s.getString();
        }
        return null;
    }

    private static String slug(Resource r) {
        String u = r.getURI();
        return u.substring(Math.max(u.lastIndexOf('/'), u.lastIndexOf('#')) + 1).toLowerCase(Locale.ROOT);
    }
}
