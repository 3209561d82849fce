package org.chancery.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.chancery.graph.Dip;
import org.chancery.graph.GraphEmitter;

/**
 * Quads shaped like a converted Chancery corpus, for load benchmarks: one named graph per
 * document, officials, states, institutions, places, meetings in series and resolutions shared
 * across documents by IRI, and an evidence node for every fact. A fixed seed gives the same quads.
 */
public final class SyntheticCorpus {
    private static final String[] SYLLABLES = {"ka", "zy", "mar", "lo", "ne", "tur", "sa", "vi", "ra", "dan", "el", "ko",
            "mi", "shi", "ber", "tan", "ol", "gu", "ya", "ren", "fa", "di", "nu", "hal", "vor", "sen", "ju", "pe", "lin", "as"};
    private static final String[] INSTITUTIONS = {"un", "unsc", "unga", "osce", "eu", "ep", "nato", "au", "asean", "oic",
            "sco", "cis", "csto", "iaea", "who", "wto", "imf", "oecd", "g7", "g20", "c5-1", "brics", "mercosur", "apec"};
    private static final String[] ROLES_EN = {"Foreign Minister", "Deputy Foreign Minister", "Ambassador", "Special Envoy",
            "Prime Minister", "President", "Under Secretary of State", "Permanent Representative"};
    private static final String[] ROLES_FR = {"ministre des Affaires étrangères", "vice-ministre des Affaires étrangères",
            "ambassadeur", "envoyé spécial", "Premier ministre", "président", "représentant permanent"};
    private static final String[] KINDS_EN = {"High-Level Dialogue", "Strategic Dialogue", "Intergovernmental Commission",
            "Political Consultations", "Summit"};
    private static final String[] KINDS_FR = {"dialogue de haut niveau", "dialogue stratégique", "commission intergouvernementale",
            "consultations politiques", "sommet"};

    private final Random random;
    private final String[] states = Locale.getISOCountries();
    private final List<String> officials = new ArrayList<>();
    private final List<String> places = new ArrayList<>();
    private final List<String[]> series = new ArrayList<>();
    private final int[] seriesRounds;
    private final long quads;

    /** A corpus of at least {@code quads} quads (about 400 a document), drawn from {@code seed}. */
    public SyntheticCorpus(long seed, long quads) {
        this.random = new Random(seed);
        this.quads = quads;
        int documents = (int) Math.min(Integer.MAX_VALUE, quads / 400 + 1);
        int people = Math.max(20, documents / 2);
        for (int i = 0; i < people; i++) officials.add(name(2) + " " + name(3));
        for (int i = 0; i < Math.max(10, documents / 20); i++) places.add(name(2 + random.nextInt(2)));
        for (int i = 0; i < Math.max(5, documents / 10); i++) {
            series.add(new String[] {pick(states), pick(states), Integer.toString(random.nextInt(KINDS_EN.length))});
        }
        seriesRounds = new int[series.size()];
    }

    /** Writes whole documents until at least the corpus size is reached; returns the quads written. */
    public long emit(StreamRDF out) {
        long[] n = {0};
        StreamRDF counting = new org.apache.jena.riot.system.StreamRDFWrapper(out) {
            @Override
            public void quad(Quad q) {
                n[0]++;
                super.quad(q);
            }
        };
        out.start();
        for (int d = 0; n[0] < quads; d++) document(d, counting);
        out.finish();
        return n[0];
    }

    private void document(int number, StreamRDF out) {
        boolean fr = random.nextBoolean();
        String lang = fr ? "fr" : "en";
        Node g = iri("document", String.format("synthetic-%07d", number));
        Doc doc = new Doc(out, g, lang);
        int year = 1995 + random.nextInt(31);
        String date = String.format("%d-%02d-%02d", year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        doc.add(g, Dip.RDF_TYPE, Dip.DOCUMENT);
        doc.add(g, Dip.DCT_LANGUAGE, NodeFactory.createLiteralString(lang));
        doc.add(g, Dip.DCT_SOURCE, NodeFactory.createLiteralString("synthetic-" + number + ".txt"));
        String title = (fr ? "Entretiens à " : "Talks in ") + cap(pick(places)) + ", " + date;
        doc.add(g, Dip.DCT_TITLE, NodeFactory.createLiteralLang(title, lang));
        doc.add(g, Dip.LABEL, NodeFactory.createLiteralLang(title, lang));
        doc.add(g, Dip.DCT_DATE, NodeFactory.createLiteralDT(date, XSDDatatype.XSDdate));

        int s = random.nextInt(series.size());
        String[] ser = series.get(s);
        int round = ++seriesRounds[s];
        Node seriesNode = iri("series", ser[2] + "-" + ser[0].toLowerCase(Locale.ROOT) + "-" + ser[1].toLowerCase(Locale.ROOT));
        Node meeting = iri("meeting", seriesNode.getURI().substring(seriesNode.getURI().lastIndexOf('/') + 1) + "-" + round);
        String kind = fr ? KINDS_FR[Integer.parseInt(ser[2])] : KINDS_EN[Integer.parseInt(ser[2])];
        doc.entity(seriesNode, Dip.MEETING_SERIES, cap(kind) + " " + ser[0] + "–" + ser[1], null);
        doc.entity(meeting, Dip.MEETING, cap(kind) + " " + ser[0] + "–" + ser[1] + " " + round, null);
        String place = pick(places);
        Node placeNode = iri("place", place);
        doc.entity(placeNode, Dip.PLACE, cap(place), null);
        Node[] sides = {state(doc, ser[0]), state(doc, ser[1])};
        doc.fact(placeNode, Dip.IN_STATE, sides[random.nextInt(2)]);
        doc.fact(meeting, Dip.SERIES, seriesNode);
        doc.fact(meeting, Dip.EDITION, GraphEmitter.integer(round));
        doc.fact(meeting, Dip.LOCATION, placeNode);
        doc.fact(meeting, Dip.DATE, NodeFactory.createLiteralDT(date, XSDDatatype.XSDdate));
        doc.fact(meeting, Dip.STATUS, random.nextInt(5) == 0 ? Dip.PLANNED : Dip.HELD);
        for (Node side : sides) {
            doc.fact(meeting, Dip.PARTICIPANT, side);
            for (int k = 0, people = 1 + random.nextInt(3); k < people; k++) {
                Node official = official(doc, fr);
                doc.fact(official, Dip.REPRESENTS, side);
                doc.fact(meeting, k == 0 ? Dip.CHAIR : Dip.PARTICIPANT, official);
            }
        }
        for (int k = random.nextInt(3); k > 0; k--) {
            String acronym = pick(INSTITUTIONS);
            Node inst = iri("institution", acronym);
            doc.entity(inst, Dip.INSTITUTION, acronym.toUpperCase(Locale.ROOT), null);
            doc.fact(meeting, Dip.PARTICIPANT, inst);
            doc.fact(sides[0], Dip.MEMBER_OF, inst);
        }
        if (random.nextInt(4) == 0) {
            String body = pick(INSTITUTIONS);
            String id = (year - 1945) + "/" + (1 + random.nextInt(300));
            Node res = iri("resolution", body + "-" + id.replace('/', '-'));
            doc.entity(res, Dip.RESOLUTION, (fr ? "Résolution " : "Resolution ") + id, null);
            doc.fact(res, Dip.ADOPTED_BY, iri("institution", body));
            doc.fact(res, Dip.IDENTIFIER, NodeFactory.createLiteralString(id));
            doc.fact(res, Dip.CONCERNS, sides[1]);
            doc.fact(res, Dip.DATE, NodeFactory.createLiteralDT(date, XSDDatatype.XSDdate));
            doc.fact(res, Dip.VOTES_FOR, GraphEmitter.integer(90 + random.nextInt(90)));
            doc.fact(res, Dip.VOTES_AGAINST, GraphEmitter.integer(random.nextInt(20)));
        }
    }

    private Node state(Doc doc, String code) {
        Node n = iri("state", code);
        doc.entity(n, Dip.STATE, new Locale("", code).getDisplayCountry(doc.lang.equals("fr") ? Locale.FRENCH : Locale.ENGLISH),
                NodeFactory.createURI("http://www.wikidata.org/entity/Q" + (Math.abs(code.hashCode()) % 100000)));
        return n;
    }

    private Node official(Doc doc, boolean fr) {
        String name = officials.get(random.nextInt(officials.size()));
        Node n = iri("official", name.replace(' ', '-'));
        doc.entity(n, Dip.OFFICIAL, cap(name), null);
        if (random.nextInt(3) == 0) doc.add(n, Dip.ALT_LABEL, NodeFactory.createLiteralLang(name.charAt(0) + ". " + name.substring(name.indexOf(' ') + 1), doc.lang));
        doc.fact(n, Dip.TITLE, NodeFactory.createLiteralLang(fr ? ROLES_FR[random.nextInt(ROLES_FR.length)] : ROLES_EN[random.nextInt(ROLES_EN.length)], doc.lang));
        return n;
    }

    /** One document's graph: its entities, facts and their evidence nodes. */
    private final class Doc {
        final StreamRDF out;
        final Node g;
        final String lang;
        final java.util.Set<Node> described = new java.util.HashSet<>();
        final java.util.Set<Quad> written = new java.util.HashSet<>();
        int evidence;
        int sentence;
        int offset;

        Doc(StreamRDF out, Node g, String lang) {
            this.out = out;
            this.g = g;
            this.lang = lang;
        }

        /** Writes a quad once, as GraphEmitter does; false if the document already said it. */
        boolean add(Node s, Node p, Node o) {
            Quad q = Quad.create(g, s, p, o);
            if (!written.add(q)) return false;
            out.quad(q);
            return true;
        }

        void entity(Node n, Node type, String label, Node sameAs) {
            if (!described.add(n)) return;
            add(n, Dip.RDF_TYPE, type);
            add(n, Dip.LABEL, NodeFactory.createLiteralLang(label, lang));
            if (sameAs != null) add(n, Dip.SAME_AS, sameAs);
            add(n, Dip.DERIVED_FROM, g);
        }

        void fact(Node s, Node p, Node o) {
            if (!add(s, p, o)) return;
            Node ev = NodeFactory.createURI(g.getURI() + "/evidence/" + (++evidence));
            if (random.nextInt(3) == 0) sentence++;
            int length = 60 + random.nextInt(200);
            add(ev, Dip.RDF_TYPE, Dip.EVIDENCE);
            add(ev, Dip.FACT_SUBJECT, s);
            add(ev, Dip.FACT_PROPERTY, NodeFactory.createLiteralDT(p.getURI(), XSDDatatype.XSDanyURI));
            add(ev, o.isLiteral() ? Dip.FACT_VALUE : Dip.FACT_OBJECT, o);
            add(ev, Dip.SENTENCE, NodeFactory.createLiteralString(sentenceText(length)));
            add(ev, Dip.SENTENCE_INDEX, GraphEmitter.integer(sentence));
            add(ev, Dip.START_OFFSET, GraphEmitter.integer(offset));
            add(ev, Dip.END_OFFSET, GraphEmitter.integer(offset + length));
            add(ev, Dip.DERIVED_FROM, g);
            offset += length + 1;
        }
    }

    private String sentenceText(int length) {
        StringBuilder b = new StringBuilder(length + 8);
        while (b.length() < length) b.append(name(1 + random.nextInt(3))).append(' ');
        b.setLength(length - 1);
        return cap(b.toString().strip()) + ".";
    }

    private String name(int syllables) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < syllables; i++) b.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        return b.toString();
    }

    private String pick(String[] from) {
        return from[random.nextInt(from.length)];
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static Node iri(String kind, String slug) {
        return NodeFactory.createURI(Dip.iri(kind, slug));
    }
}
