package org.chancery.graph;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The terms of VOCABULARY.md (and the ontology's additions) as Jena nodes. */
public final class Dip {
    public static final String NS = "https://w3id.org/chancery/ontology#";
    public static final String ID = "https://w3id.org/chancery/id/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String DCT = "http://purl.org/dc/terms/";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String OWL = "http://www.w3.org/2002/07/owl#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";

    public static final Node STATE = term("State"), OFFICIAL = term("Official"), INSTITUTION = term("Institution"),
            AGREEMENT = term("Agreement"), RESOLUTION = term("Resolution"), MEETING = term("Meeting"), PLACE = term("Place"),
            MEETING_SERIES = term("MeetingSeries"), DOCUMENT = term("Document"), EVIDENCE = term("Evidence");

    public static final Node REPRESENTS = term("represents"), TITLE = term("title"), PARTICIPANT = term("participant"),
            CHAIR = term("chair"), LOCATION = term("location"), IN_STATE = term("inState"), DATE = term("date"),
            EDITION = term("edition"), SERIES = term("series"), STATUS = term("status"), ADOPTED_BY = term("adoptedBy"),
            CONCERNS = term("concerns"), IDENTIFIER = term("identifier"), VOTES_FOR = term("votesFor"),
            VOTES_AGAINST = term("votesAgainst"), ABSTENTIONS = term("abstentions"), PARTY = term("party"),
            SIGNED_ON = term("signedOn"), IN_FORCE_SINCE = term("inForceSince"), MEMBER_OF = term("memberOf"),
            MEETING_KIND = term("meetingKind"), HOST = term("host"), MODE = term("mode"),
            ACCREDITED_TO = term("accreditedTo");

    public static final Node HELD = term("held"), PLANNED = term("planned");
    public static final Node IN_PERSON = term("inPerson"), CALL = term("call"), VIDEO = term("video");

    public static final Node FACT_SUBJECT = term("factSubject"), FACT_PROPERTY = term("factProperty"),
            FACT_OBJECT = term("factObject"), FACT_VALUE = term("factValue"), SENTENCE = term("sentence"),
            SENTENCE_INDEX = term("sentenceIndex"), START_OFFSET = term("startOffset"), END_OFFSET = term("endOffset");

    public static final Node RDF_TYPE = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
    public static final Node LABEL = NodeFactory.createURI(RDFS + "label");
    public static final Node ALT_LABEL = NodeFactory.createURI(SKOS + "altLabel");
    public static final Node SAME_AS = NodeFactory.createURI(OWL + "sameAs");
    public static final Node DERIVED_FROM = NodeFactory.createURI(PROV + "wasDerivedFrom");
    public static final Node DCT_LANGUAGE = NodeFactory.createURI(DCT + "language");
    public static final Node DCT_SOURCE = NodeFactory.createURI(DCT + "source");
    public static final Node DCT_DATE = NodeFactory.createURI(DCT + "date");
    public static final Node DCT_TITLE = NodeFactory.createURI(DCT + "title");

    private Dip() {}

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }

    /** {@code https://w3id.org/chancery/id/{kind}/{slug}} */
    public static String iri(String kind, String slug) {
        return ID + kind + "/" + slug;
    }
}
