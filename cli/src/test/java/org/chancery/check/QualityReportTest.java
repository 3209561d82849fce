package org.chancery.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The scorer on a hand-built graph and gold: every number below is counted by hand. */
class QualityReportTest {
    private static final String DIP = "https://w3id.org/chancery/ontology#";
    private static final String ID = "https://w3id.org/chancery/id/";
    private static final Node TYPE = uri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
    private static final Node LABEL = uri("http://www.w3.org/2000/01/rdf-schema#label");
    private static final Node ALT = uri("http://www.w3.org/2004/02/skos/core#altLabel");
    private static final Node FROM = uri("http://www.w3.org/ns/prov#wasDerivedFrom");
    private static final Node SOURCE = uri("http://purl.org/dc/terms/source");

    private final Graph g = GraphFactory.createGraphMem();
    private int evidence;

    private static Node uri(String s) {
        return NodeFactory.createURI(s);
    }

    private static Node dip(String local) {
        return uri(DIP + local);
    }

    private Node doc(String slug, String source) {
        Node d = uri(ID + "document/" + slug);
        g.add(d, TYPE, dip("Document"));
        g.add(d, SOURCE, NodeFactory.createLiteralString(source));
        return d;
    }

    private Node entity(String kind, String slug, String cls, String label, Node doc) {
        Node n = uri(ID + kind + "/" + slug);
        g.add(n, TYPE, dip(cls));
        g.add(n, LABEL, NodeFactory.createLiteralLang(label, "en"));
        g.add(n, FROM, doc);
        return n;
    }

    /** A triple and its evidence in a document, as GraphEmitter writes them. */
    private void fact(Node s, String p, Node o, Node doc) {
        g.add(s, dip(p), o);
        Node ev = uri(doc.getURI() + "/evidence/" + (++evidence));
        g.add(ev, TYPE, dip("Evidence"));
        g.add(ev, dip("factSubject"), s);
        g.add(ev, dip("factProperty"), NodeFactory.createLiteralDT(DIP + p, XSDDatatype.XSDanyURI));
        g.add(ev, o.isLiteral() ? dip("factValue") : dip("factObject"), o);
        g.add(ev, FROM, doc);
    }

    private static Node integer(int v) {
        return NodeFactory.createLiteralDT(Integer.toString(v), XSDDatatype.XSDinteger);
    }

    private static final String GOLD = String.join("\n",
            "# a tiny gold",
            "entity\ta.txt\tOfficial\tdoe",
            "entity\ta.txt\tState\t^france$",
            "entity\ta.txt\tMeeting\t(?=.*summit)(?=.*round 2)",
            "entity\ta.txt\tInstitution\t^(un|united nations)$",
            "",
            "relation\ta.txt\tOfficial\tdoe\trepresents\tState|Institution\tfrance",
            "relation\ta.txt\tOfficial\tdoe\ttitle\tliteral\tprime minister",
            "relation\ta.txt\tMeeting\tsummit\tchair\tOfficial\tjane",
            "relation\ta.txt\tMeeting\tsummit\tparticipant\tState\tfrance",
            "relation\ta.txt\tMeeting\tsummit\tedition\tinteger\t^2$",
            "relation\ta.txt\tMeeting\tsummit\tdate\tdate\t^2024-05",
            "relation\ta.txt\tState\tfrance\tmemberOf\tInstitution\t^un$",
            "");

    private QualityReport report;

    @BeforeEach
    void build() {
        Node a = doc("a-txt", "corpus/a.txt");
        Node b = doc("b-txt", "b.txt");
        Node doe = entity("official", "jane-doe", "Official", "Jane Doe", a);
        g.add(doe, ALT, NodeFactory.createLiteralLang("J. Doe", "en"));
        Node fr = entity("state", "FR", "State", "France", a);
        entity("place", "atlantis", "Place", "Atlantis", a);                 // spurious entity
        Node m = entity("meeting", "summit-2", "Meeting", "Summit (round 2)", a);
        Node un = entity("institution", "un", "Institution", "UN", b);       // derived from b only: a miss in a
        fact(doe, "represents", fr, a);                                      // right
        fact(doe, "title", NodeFactory.createLiteralLang("Foreign Minister", "en"), a); // spurious, and the gold title is missed
        fact(m, "chair", doe, a);                                            // right
        fact(m, "participant", doe, a);                                      // right: the gold chair is a participant
        fact(m, "edition", integer(2), a);                                   // right
        g.add(m, dip("date"), NodeFactory.createLiteralDT("2024-05", XSDDatatype.XSDgYearMonth)); // no evidence: counts for a (m is from a)
        fact(fr, "memberOf", un, b);                                         // stated by b only: the gold memberOf in a is missed
        g.add(m, dip("meetingKind"), NodeFactory.createLiteralString("summit")); // not a vocabulary relation: not scored
        report = QualityReport.compute(Gold.parse(GOLD, "tiny.tsv"), g);
    }

    @Test
    void entityPrecisionAndRecall() {
        QualityReport.Score all = report.entities();
        assertEquals(4, all.gold());
        assertEquals(4, all.emitted());   // Jane Doe, France, Atlantis, Summit
        assertEquals(3, all.matched());   // all but the UN
        assertEquals(3, all.correct());   // all but Atlantis
        assertEquals(0.75, all.precision(), 1e-9);
        assertEquals(0.75, all.recall(), 1e-9);
        QualityReport.Score place = report.entity("Place");
        assertEquals(0, place.gold());
        assertEquals(1, place.emitted());
        assertEquals(0.0, place.precision(), 1e-9);
        assertTrue(Double.isNaN(place.recall()));
        QualityReport.Score inst = report.entity("Institution");
        assertEquals(1, inst.gold());
        assertEquals(0, inst.emitted());
        assertEquals(0.0, inst.recall(), 1e-9);
    }

    @Test
    void relationPrecisionAndRecall() {
        QualityReport.Score all = report.relations();
        assertEquals(7, all.gold());
        assertEquals(6, all.emitted());   // represents, title, chair, participant, edition, date (memberOf is b's)
        assertEquals(5, all.correct());   // all but the title
        assertEquals(4, all.matched());   // represents, chair, edition, date
        assertEquals(5.0 / 6, all.precision(), 1e-9);
        assertEquals(4.0 / 7, all.recall(), 1e-9);
        QualityReport.Score participant = report.relation("Meeting.participant");
        assertEquals(1, participant.gold());
        assertEquals(1, participant.emitted());
        assertEquals(1, participant.correct()); // Jane Doe, a gold chair
        assertEquals(0, participant.matched()); // France was not emitted as a participant
        QualityReport.Score overall = report.overall();
        assertEquals(11, overall.gold());
        assertEquals(10, overall.emitted());
        assertEquals(7.0 / 11, overall.recall(), 1e-9);
        assertEquals(8.0 / 10, overall.precision(), 1e-9);
    }

    @Test
    void missesSpuriousAndWarnings() {
        assertEquals(4, report.misses().size()); // the UN, the title, France as participant, memberOf
        assertTrue(report.misses().stream().anyMatch(i -> i.line() == 5 && i.key().equals("Institution")));
        assertTrue(report.misses().stream().anyMatch(i -> i.line() == 13 && i.key().equals("State.memberOf")));
        assertEquals(2, report.spurious().size());
        assertTrue(report.spurious().stream().anyMatch(i -> i.text().contains("Atlantis")));
        assertTrue(report.spurious().stream().anyMatch(i -> i.text().contains("\"Foreign Minister\"@en")));
        assertTrue(report.warnings().stream().anyMatch(w -> w.contains("b.txt")));
        assertTrue(report.table().contains("Meeting.participant"));
        assertTrue(report.details().contains("a.txt:8"));
    }

    @Test
    void badGoldRowsNameFileAndLine() {
        var e1 = assertThrows(Gold.FormatException.class,
                () -> Gold.parse("# c\nentity\ta.txt\tOfficial\tdoe\nrelation\ta.txt\tMeeting\tx\tpartOfSeries\tMeetingSeries\ty\n", "g.tsv"));
        assertTrue(e1.getMessage().startsWith("g.tsv:3:") && e1.getMessage().contains("partOfSeries"), e1.getMessage());
        var e2 = assertThrows(Gold.FormatException.class, () -> Gold.parse("entity\ta.txt\tPerson\tdoe\n", "g.tsv"));
        assertTrue(e2.getMessage().startsWith("g.tsv:1:") && e2.getMessage().contains("Person"), e2.getMessage());
        var e3 = assertThrows(Gold.FormatException.class, () -> Gold.parse("\nentity\ta.txt\tOfficial\t(doe\n", "g.tsv"));
        assertTrue(e3.getMessage().startsWith("g.tsv:2:") && e3.getMessage().contains("regex"), e3.getMessage());
        var e4 = assertThrows(Gold.FormatException.class, () -> Gold.parse("entity a.txt Official doe\n", "g.tsv"));
        assertTrue(e4.getMessage().startsWith("g.tsv:1:") && e4.getMessage().contains("tabs, not spaces"), e4.getMessage());
    }
}
