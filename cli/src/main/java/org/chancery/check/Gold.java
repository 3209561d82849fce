package org.chancery.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A gold annotation of a corpus: the entities and the facts each document states, as a TSV file
 * (see {@code examples/gold.tsv} for the format). Rows are
 * <pre>
 * entity    DOC  CLASS  LABEL-REGEX
 * relation  DOC  SUBJECT-CLASS  SUBJECT-REGEX  PROPERTY  OBJECT-CLASS|LITERAL-TYPE  OBJECT-REGEX
 * </pre>
 * separated by tabs; blank lines and lines starting with {@code #} are ignored. Regexes are Java
 * regexes, case-insensitive, searched in labels (or in a literal's lexical form, or an IRI).
 * A malformed row is reported as {@link FormatException} naming the file and the line.
 */
public final class Gold {
    /** The classes an entity row may name (local names in dip:). */
    public static final Set<String> CLASSES = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(
            "Official", "Meeting", "MeetingSeries", "Agreement", "Resolution", "State", "Institution", "Place")));

    /** The relations of VOCABULARY.md (local names in dip:), in the order reports list them. */
    public static final List<String> PROPERTIES = List.of(
            "represents", "title", "memberOf", "participant", "chair", "location", "date", "edition", "series", "status",
            "inState", "adoptedBy", "concerns", "identifier", "votesFor", "votesAgainst", "abstentions",
            "party", "signedOn", "inForceSince", "host", "mode", "accreditedTo");

    /** What a relation's object may be instead of a class: a literal of some kind, or an IRI matched as text. */
    public static final Set<String> LITERAL_TYPES = Set.of("literal", "string", "date", "integer", "iri");

    /** A gold entity: the document states or mentions an individual of this class with such a label. */
    public record Entity(int line, String doc, String cls, Pattern label) {
        @Override
        public String toString() {
            return "entity " + cls + " /" + label.pattern() + "/";
        }
    }

    /**
     * A gold fact. {@code objectClasses} is empty when the object is a literal or an IRI; then
     * {@code objectType} is one of {@link #LITERAL_TYPES}, else it is null.
     */
    public record Relation(int line, String doc, Set<String> subjectClasses, Pattern subject, String property,
            Set<String> objectClasses, String objectType, Pattern object) {
        public boolean literalObject() {
            return objectType != null;
        }

        /** The class the row is reported under: its (first) subject class and the property, "Meeting.date". */
        public String key() {
            return subjectClasses.iterator().next() + "." + property;
        }

        @Override
        public String toString() {
            return String.join("|", subjectClasses) + " /" + subject.pattern() + "/ " + property + " "
                    + (objectType != null ? objectType : String.join("|", objectClasses)) + " /" + object.pattern() + "/";
        }
    }

    /** A malformed gold file: the message starts with {@code file:line:}. */
    public static final class FormatException extends IllegalArgumentException {
        public FormatException(String message) {
            super(message);
        }
    }

    private final String source;
    private final List<Entity> entities;
    private final List<Relation> relations;

    private Gold(String source, List<Entity> entities, List<Relation> relations) {
        this.source = source;
        this.entities = List.copyOf(entities);
        this.relations = List.copyOf(relations);
    }

    public static Gold read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /** Parses gold rows; {@code source} names the file in error messages. */
    public static Gold parse(String text, String source) {
        List<Entity> entities = new ArrayList<>();
        List<Relation> relations = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int n = i + 1;
            String line = lines[i];
            if (i == 0 && line.startsWith("\uFEFF")) line = line.substring(1);
            if (line.isBlank() || line.stripLeading().startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            for (int k = 0; k < f.length; k++) f[k] = f[k].strip();
            String kind = f[0];
            if (kind.equals("entity")) {
                if (f.length != 4) throw error(source, n, "an entity row has 4 tab-separated fields (entity, DOC, CLASS, LABEL-REGEX), found " + f.length);
                String doc = doc(source, n, f[1]);
                String cls = cls(source, n, f[2], "CLASS");
                entities.add(new Entity(n, doc, cls, regex(source, n, f[3], "LABEL-REGEX")));
            } else if (kind.equals("relation")) {
                if (f.length != 7) throw error(source, n, "a relation row has 7 tab-separated fields (relation, DOC, SUBJECT-CLASS, "
                        + "SUBJECT-REGEX, PROPERTY, OBJECT-CLASS or literal type, OBJECT-REGEX), found " + f.length);
                String doc = doc(source, n, f[1]);
                Set<String> subjectClasses = classes(source, n, f[2], "SUBJECT-CLASS");
                Pattern subject = regex(source, n, f[3], "SUBJECT-REGEX");
                String property = f[4].startsWith("dip:") ? f[4].substring(4) : f[4];
                if (!PROPERTIES.contains(property)) {
                    throw error(source, n, "unknown property '" + f[4] + "' (one of " + String.join(", ", PROPERTIES) + ")");
                }
                String objectType = null;
                Set<String> objectClasses = Set.of();
                if (LITERAL_TYPES.contains(f[5])) objectType = f[5];
                else objectClasses = classes(source, n, f[5], "OBJECT-CLASS (or one of " + String.join(", ", sorted(LITERAL_TYPES)) + ")");
                relations.add(new Relation(n, doc, subjectClasses, subject, property, objectClasses, objectType,
                        regex(source, n, f[6], "OBJECT-REGEX")));
            } else if (kind.matches("(entity|relation)\\s.*")) {
                throw error(source, n, "fields are separated by tabs, not spaces ("
                        + (kind.startsWith("entity") ? "an entity row has 4" : "a relation row has 7") + " tab-separated fields)");
            } else {
                throw error(source, n, "a row starts with 'entity' or 'relation', not '" + abbreviate(kind) + "'");
            }
        }
        if (entities.isEmpty() && relations.isEmpty()) throw new FormatException(source + ": no entity or relation row");
        return new Gold(source, entities, relations);
    }

    public String source() {
        return source;
    }

    public List<Entity> entities() {
        return entities;
    }

    public List<Relation> relations() {
        return relations;
    }

    /** The documents the gold annotates (file names), in the order they first appear. */
    public Set<String> documents() {
        Set<String> docs = new LinkedHashSet<>();
        entities.forEach(e -> docs.add(e.doc()));
        relations.forEach(r -> docs.add(r.doc()));
        return docs;
    }

    private static String doc(String source, int n, String doc) {
        if (doc.isEmpty()) throw error(source, n, "DOC is empty (the document's file name)");
        return doc;
    }

    private static String cls(String source, int n, String c, String what) {
        String local = c.startsWith("dip:") ? c.substring(4) : c;
        if (!CLASSES.contains(local)) throw error(source, n, "unknown " + what + " '" + abbreviate(c) + "' (one of " + String.join(", ", CLASSES) + ")");
        return local;
    }

    private static Set<String> classes(String source, int n, String field, String what) {
        Set<String> out = new LinkedHashSet<>();
        for (String c : field.split("\\|", -1)) out.add(cls(source, n, c.strip(), what));
        return Collections.unmodifiableSet(out);
    }

    private static Pattern regex(String source, int n, String rx, String what) {
        if (rx.isEmpty()) throw error(source, n, what + " is empty");
        try {
            return Pattern.compile(rx, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw error(source, n, what + " is not a valid regex: " + e.getDescription() + " near index " + e.getIndex() + " in '" + rx + "'");
        }
    }

    private static FormatException error(String source, int line, String message) {
        return new FormatException(source + ":" + line + ": " + message);
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private static List<String> sorted(Set<String> s) {
        List<String> l = new ArrayList<>(s);
        Collections.sort(l);
        return l;
    }
}
