package org.chancery.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;

/**
 * Reads the Turtle files of {@code mappings/} (the bundled ones, or the folder on disk, plus any
 * folder the user adds) into {@link Mappings}. A broken file is reported by name, not skipped
 * silently: wrong knowledge would be worse than none.
 */
public final class MappingLoader {
    private static final String DIP = Vocab.DIP;
    private static final String MAP = Vocab.MAP;

    private final Model model = ModelFactory.createDefaultModel();
    private int files;

    /** The bundled mappings (the folder under chancery.home when there is one) and the extra folders. */
    public static Mappings load(List<Path> extraFolders) {
        MappingLoader loader = new MappingLoader();
        Path home = Home.folder("mappings");
        if (home != null) loader.readFolder(home);
        else loader.readBundled();
        for (Path p : extraFolders) loader.readFolder(p);
        return loader.build();
    }

    public static Mappings loadDefault() {
        return load(List.of());
    }

    void readFolder(Path folder) {
        if (!Files.isDirectory(folder)) throw new MappingException(folder + ": not a folder of mappings");
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.filter(x -> x.toString().endsWith(".ttl")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(p)) {
                    read(in, p.toString());
                }
            }
        } catch (IOException e) {
            throw new MappingException(folder + ": " + e.getMessage());
        }
    }

    void readBundled() {
        URL url = MappingLoader.class.getResource("/chancery/mappings");
        if (url == null) throw new MappingException("no bundled mappings in the jar");
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                }
                readFolder(fs.getPath("/chancery/mappings"));
            } else {
                readFolder(Path.of(uri));
            }
        } catch (URISyntaxException | IOException e) {
            throw new MappingException("bundled mappings: " + e.getMessage());
        }
    }

    private void read(InputStream in, String name) {
        try {
            RDFDataMgr.read(model, in, Lang.TURTLE);
            files++;
        } catch (RiotException e) {
            throw new MappingException(name + ": " + e.getMessage());
        }
    }

    Mappings build() {
        Gazetteer g = new Gazetteer();
        Map<String, KnownEntity> entities = new LinkedHashMap<>();
        Property demonym = model.createProperty(MAP, "demonym");
        addEntities(g, entities, DIP + "State", Kind.STATE);
        addEntities(g, entities, MAP + "Territory", Kind.STATE);
        addEntities(g, entities, DIP + "Place", Kind.PLACE);
        addEntities(g, entities, DIP + "Institution", Kind.INSTITUTION);
        addEntities(g, entities, MAP + "Role", Kind.ROLE);
        for (Statement st : model.listStatements(null, demonym, (RDFNode) null).toList()) {
            KnownEntity state = entities.get(st.getSubject().getURI());
            if (state == null || !st.getObject().isLiteral()) continue;
            String form = st.getObject().asLiteral().getLexicalForm();
            addLabel(g, form, Kind.DEMONYM, state, null);
            if (!form.endsWith("s") && !form.endsWith("x") && !Gazetteer.isAcronym(form)) {
                addLabel(g, form + "s", Kind.DEMONYM, state, null);
            }
        }
        Map<String, List<Pattern>> patterns = new HashMap<>();
        List<String> boilerplate = new ArrayList<>();
        Map<String, List<String>> lists = new HashMap<>();
        Map<String, Map<String, Integer>> numbered = new HashMap<>();
        Resource cueClass = model.createResource(MAP + "Cue");
        for (Resource r : model.listSubjectsWithProperty(RDF.type, cueClass).toList()) {
            Resource cueFor = r.getPropertyResourceValue(model.createProperty(MAP, "cueFor"));
            if (cueFor == null || cueFor.getLocalName() == null) continue;
            String type = cueFor.getLocalName();
            String value = firstString(r, "meetingKind", "topic", "pattern");
            Cue cue = new Cue(r.getURI() == null ? r.toString() : r.getURI(), type, value);
            if (type.endsWith("Pattern") && value != null) {
                try {
                    patterns.computeIfAbsent(type, k -> new ArrayList<>()).add(Pattern.compile(value));
                } catch (PatternSyntaxException e) {
                    throw new MappingException("pattern " + r + ": " + e.getDescription());
                }
                continue;
            }
            if (type.equals("BoilerplateLine")) {
                boilerplate.addAll(labels(r));
                continue;
            }
            if (Mappings.LISTS.contains(type)) {
                lists.computeIfAbsent(type, k -> new ArrayList<>()).addAll(labels(r));
                continue;
            }
            for (String label : labels(r)) addLabel(g, label, Kind.CUE, null, cue);
        }
        // Word lists (words.ttl): plain lists a stage reads, one home for each.
        Property listFor = model.createProperty(MAP, "listFor");
        for (Resource r : model.listSubjectsWithProperty(RDF.type, model.createResource(MAP + "WordList")).toList()) {
            Resource list = r.getPropertyResourceValue(listFor);
            if (list == null || list.getLocalName() == null) throw new MappingException("word list " + r + ": no map:listFor");
            lists.computeIfAbsent(list.getLocalName(), k -> new ArrayList<>()).addAll(labels(r));
            // A numbered entry of a list (a weekday's names and its ISO number): the number of each of its words.
            Statement n = r.getProperty(model.createProperty(MAP, "number"));
            if (n == null) continue;
            if (!n.getObject().isLiteral()) throw new MappingException("word list " + r + ": map:number is not a number");
            int number;
            try {
                number = n.getInt();
            } catch (RuntimeException e) {
                throw new MappingException("word list " + r + ": map:number is not a number");
            }
            Map<String, Integer> byWord = numbered.computeIfAbsent(list.getLocalName(), k -> new HashMap<>());
            for (String w : labels(r)) byWord.put(w, number);
        }
        return new Mappings(g, entities, patterns, boilerplate, lists, numbered, files, meetingKinds());
    }

    /** The map:MeetingKind entries: names, mode and weight of each kind of everyday meeting. */
    private Map<String, MeetingKind> meetingKinds() {
        Map<String, MeetingKind> out = new HashMap<>();
        for (Resource r : model.listSubjectsWithProperty(RDF.type, model.createResource(MAP + "MeetingKind")).toList()) {
            String kind = firstString(r, "meetingKind");
            if (kind == null) continue;
            Map<String, String> names = new LinkedHashMap<>();
            for (Statement st : r.listProperties(model.createProperty(Vocab.SKOS, "prefLabel")).toList()) {
                Literal l = st.getLiteral();
                names.putIfAbsent(l.getLanguage().isEmpty() ? "en" : l.getLanguage(), l.getLexicalForm());
            }
            Statement w = r.getProperty(model.createProperty(MAP, "weight"));
            int weight = w != null && w.getObject().isLiteral() ? w.getInt() : 0;
            out.put(kind, new MeetingKind(kind, names, firstString(r, "mode"), weight));
        }
        return out;
    }

    private void addEntities(Gazetteer g, Map<String, KnownEntity> out, String classIri, Kind kind) {
        for (Resource r : model.listSubjectsWithProperty(RDF.type, model.createResource(classIri)).toList()) {
            if (r.getURI() == null) continue;
            Map<String, String> pref = new LinkedHashMap<>();
            for (Statement st : r.listProperties(model.createProperty(Vocab.SKOS, "prefLabel")).toList()) {
                Literal l = st.getLiteral();
                pref.putIfAbsent(l.getLanguage().isEmpty() ? "en" : l.getLanguage(), l.getLexicalForm());
            }
            Resource same = r.getPropertyResourceValue(OWL.sameAs);
            Set<String> members = new HashSet<>();
            for (Statement st : r.listProperties(model.createProperty(MAP, "member")).toList()) {
                if (st.getObject().isURIResource()) members.add(st.getResource().getURI());
            }
            Resource rank = r.getPropertyResourceValue(model.createProperty(MAP, "rank"));
            KnownEntity e = new KnownEntity(r.getURI(), kind, pref,
                    same == null ? null : same.getURI(),
                    uri(r, DIP + "inState"), members, uri(r, MAP + "partOf"), uri(r, MAP + "ministryOf"),
                    rank == null ? null : rank.getLocalName());
            out.put(e.iri(), e);
            // map:matchCase: names that are also common words ("Nice", "Sucre", "Malé") match only as written.
            Statement matchCase = r.getProperty(model.createProperty(MAP, "matchCase"));
            boolean exact = matchCase != null && matchCase.getObject().isLiteral() && matchCase.getBoolean();
            for (String label : labels(r)) addLabel(g, label, kind, e, null, exact);
        }
    }

    private String uri(Resource r, String property) {
        Resource v = r.getPropertyResourceValue(model.createProperty(property));
        return v == null ? null : v.getURI();
    }

    private String firstString(Resource r, String... localNames) {
        for (String n : localNames) {
            Statement st = r.getProperty(model.createProperty(MAP, n));
            if (st == null) continue;
            RDFNode o = st.getObject();
            return o.isLiteral() ? o.asLiteral().getLexicalForm() : o.asResource().getLocalName();
        }
        return null;
    }

    private List<String> labels(Resource r) {
        List<String> out = new ArrayList<>();
        for (String p : new String[] {"prefLabel", "altLabel", "hiddenLabel"}) {
            for (Statement st : r.listProperties(model.createProperty(Vocab.SKOS, p)).toList()) {
                if (st.getObject().isLiteral()) out.add(st.getLiteral().getLexicalForm());
            }
        }
        return out;
    }

    private static void addLabel(Gazetteer g, String label, Kind kind, KnownEntity e, Cue cue) {
        addLabel(g, label, kind, e, cue, false);
    }

    private static void addLabel(Gazetteer g, String label, Kind kind, KnownEntity e, Cue cue, boolean matchCase) {
        String exact = matchCase || Gazetteer.isAcronym(label) ? Gazetteer.exactKey(label) : null;
        g.add(label, new Entry(kind, e, cue, exact));
    }

    /** A mappings file that cannot be read: the message names the file. */
    public static final class MappingException extends RuntimeException {
        public MappingException(String message) {
            super(message);
        }
    }

}
