package org.chancery.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.chancery.extract.AgreementFinding;
import org.chancery.extract.DocumentReading;
import org.chancery.extract.Evidenced;
import org.chancery.extract.MeetingFinding;
import org.chancery.extract.PersonFinding;
import org.chancery.extract.ResolutionFinding;
import org.chancery.extract.Sentence;
import org.chancery.graph.Dip;
import org.chancery.graph.EntityRecord;
import org.chancery.graph.GraphEmitter;
import org.chancery.graph.ResolvedDocument;
import org.chancery.graph.SentenceSpan;
import org.chancery.mapping.Kind;
import org.chancery.mapping.KnownEntity;
import org.chancery.mapping.Mappings;
import org.chancery.mapping.MeetingKind;
import org.chancery.text.DateExpression;
import org.chancery.text.PartialDate;

/** Builds the named graph of one document from its reading, once IRIs and anchors are known. */
final class DocumentFacts {
    private final Mappings mappings;
    private final DocumentReading r;
    private final CorpusResolver.Anchor anchor;
    private final Map<PersonFinding, PersonClusters.Cluster> persons;
    private final ResolvedDocument out;
    private final String lang;

    DocumentFacts(Mappings mappings, DocumentReading r, CorpusResolver.Anchor anchor, Map<PersonFinding, PersonClusters.Cluster> persons) {
        this.mappings = mappings;
        this.r = r;
        this.anchor = anchor;
        this.persons = persons;
        this.lang = r.language;
        this.out = new ResolvedDocument(r.document, r.language, spans(r), NodeFactory.createURI(Dip.iri("document", r.document.id())));
    }

    private static List<SentenceSpan> spans(DocumentReading r) {
        List<SentenceSpan> out = new ArrayList<>(r.sentences.size());
        for (Sentence s : r.sentences) out.add(new SentenceSpan(s.index(), s.start(), s.end(), s.text()));
        return out;
    }

    ResolvedDocument result() {
        return out;
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private Node text(String s) {
        return NodeFactory.createLiteralLang(s, lang);
    }

    private Optional<PartialDate> date(Evidenced<DateExpression> d) {
        return d == null ? Optional.empty() : anchor.resolve(d.value());
    }

    private static Node literal(PartialDate d) {
        return NodeFactory.createLiteralDT(d.lexical(), TypeMapper.getInstance().getSafeTypeByName(d.xsdType()));
    }

    /** A known state, place or institution, declared in this graph with its names from the mappings. */
    Node known(String iri, int sentence) {
        KnownEntity e = mappings.entity(iri);
        if (e == null) e = r.defined.get(iri);
        Node n = uri(iri);
        if (e == null) return n;
        Node type = switch (e.kind()) {
            case STATE -> Dip.STATE;
            case PLACE -> Dip.PLACE;
            default -> Dip.INSTITUTION;
        };
        EntityRecord rec = out.entities.get(n);
        if (rec == null) {
            rec = out.entity(n, type);
            for (Map.Entry<String, String> l : e.prefLabels().entrySet()) rec.labels.add(NodeFactory.createLiteralLang(l.getValue(), l.getKey()));
            if (e.wikidata() != null) rec.sameAs = uri(e.wikidata());
            var seen = r.known.get(iri);
            if (seen != null) for (String s : seen.value()) rec.altLabels.add(text(s));
            // A place's state is a fact of this document where the text names that state (or placed the town in it
            // itself): "Geneva" alone says nothing of Switzerland to a reader who was not told.
            if (e.kind() == Kind.PLACE && e.inState() != null && (r.known.containsKey(e.inState()) || r.defined.containsKey(iri))) {
                out.fact(n, Dip.IN_STATE, known(e.inState(), sentence), seen == null ? sentence : seen.sentence());
            }
        }
        return n;
    }

    void known() {
        for (Map.Entry<String, Evidenced<Set<String>>> e : r.known.entrySet()) known(e.getKey(), e.getValue().sentence());
    }

    Node person(PersonFinding p) {
        PersonClusters.Cluster c = persons.get(p);
        Node n = uri(c.iri());
        EntityRecord rec = out.entity(n, Dip.OFFICIAL);
        rec.labels.add(text(c.preferred()));
        for (String name : p.names) rec.altLabels.add(text(name));
        return n;
    }

    void persons() {
        for (PersonFinding p : r.persons) {
            Node n = person(p);
            for (Evidenced<String> t : p.titles) out.fact(n, Dip.TITLE, text(t.value()), t.sentence());
            for (Evidenced<String> s : p.represents) out.fact(n, Dip.REPRESENTS, known(s.value(), s.sentence()), s.sentence());
            for (Evidenced<String> s : p.accreditedTo) out.fact(n, Dip.ACCREDITED_TO, known(s.value(), s.sentence()), s.sentence());
            for (Evidenced<String> s : p.memberOf) out.fact(n, Dip.MEMBER_OF, known(s.value(), s.sentence()), s.sentence());
        }
    }

    void memberships() {
        for (Evidenced<String[]> m : r.memberships) {
            out.fact(known(m.value()[0], m.sentence()), Dip.MEMBER_OF, known(m.value()[1], m.sentence()), m.sentence());
        }
    }

    void meeting(MeetingFinding m, String seriesIri, Integer edition, String labelFr, String labelEn) {
        if (m.everyday) {
            everyday(m);
            return;
        }
        Optional<PartialDate> date = date(m.date);
        String placeIri = m.place == null ? null : m.place.value();
        String iri;
        if (seriesIri != null && edition != null) {
            iri = Keys.round(seriesIri, edition);
        } else {
            // A body's sitting told by its vote though undated ("adopted on Wednesday by 143 votes", no date line) is a
            // node of this document only, as undated everyday meetings are.
            boolean sitting = org.chancery.extract.SittingStage.KIND.equals(m.kind) && !m.institutionParticipants.isEmpty();
            if (date.isEmpty() && placeIri == null && !sitting) return;
            StringBuilder key = new StringBuilder(m.kind);
            if (!m.institutionParticipants.isEmpty()) key.append('-').append(Keys.local(m.institutionParticipants.iterator().next()));
            else if (seriesIri == null) key.append('-').append(Keys.slug(m.phrase));
            if (placeIri != null) key.append('-').append(Keys.local(placeIri));
            date.ifPresent(d -> key.append('-').append(d.lexical()));
            if (date.isEmpty() && placeIri == null) key.append('-').append(Keys.slug(r.document.id()));
            iri = Dip.iri("meeting", Keys.slug(key.toString()));
        }
        Node n = uri(iri);
        EntityRecord rec = out.entity(n, Dip.MEETING);
        rec.labels.add(text(label(m, seriesIri, edition, labelFr, labelEn, placeIri, date)));
        int s = m.sentence;
        out.fact(n, Dip.MEETING_KIND, NodeFactory.createLiteralString(m.kind), s);
        if (edition != null) out.fact(n, Dip.EDITION, GraphEmitter.integer(edition), m.edition != null ? m.edition.sentence() : s);
        if (seriesIri != null) {
            Node series = uri(seriesIri);
            EntityRecord sr = out.entity(series, Dip.MEETING_SERIES);
            String sl = lang.equals("fr") ? (labelFr != null ? labelFr : labelEn) : (labelEn != null ? labelEn : labelFr);
            sr.labels.add(text(capitalize(sl == null ? m.phrase : sl)));
            // Every report's own name for the format stays findable: "Dialogue on Digital Governance", "dialogue numérique".
            String own = m.series != null && m.series.phrase != null ? m.series.phrase : m.phrase;
            if (own != null && !own.isBlank()) sr.altLabels.add(text(capitalize(own)));
            out.fact(n, Dip.SERIES, series, s);
        }
        date.ifPresent(d -> out.fact(n, Dip.DATE, literal(d), m.date.sentence()));
        if (placeIri != null) out.fact(n, Dip.LOCATION, known(placeIri, m.place.sentence()), m.place.sentence());
        boolean planned = m.planned || (date.isPresent() && r.document.date() != null && date.get().year() != null && date.get().year() > r.document.date().getYear());
        out.fact(n, Dip.STATUS, planned ? Dip.PLANNED : Dip.HELD, s);
        for (String st : m.stateParticipants) out.fact(n, Dip.PARTICIPANT, known(st, s), s);
        if (seriesIri != null && m.stateParticipants.size() < 2 && m.institutionParticipants.isEmpty()) {
            for (String st : Keys.topStates(r, 2)) out.fact(n, Dip.PARTICIPANT, known(st, s), s);
        }
        for (String in : m.institutionParticipants) out.fact(n, Dip.PARTICIPANT, known(in, s), s);
        for (Evidenced<PersonFinding> c : m.chairs) {
            Node p = person(c.value());
            out.fact(n, Dip.CHAIR, p, c.sentence());
            out.fact(n, Dip.PARTICIPANT, p, c.sentence());
        }
        for (Evidenced<PersonFinding> p : m.participants) out.fact(n, Dip.PARTICIPANT, person(p.value()), p.sentence());
    }

    /**
     * A visit, talks, a call: known by how people met, the states that met and the day, so the same talks told by
     * two reports meet on one IRI. Without a date nothing outside the document says it is the same event: the
     * document's own name keeps it apart.
     */
    private void everyday(MeetingFinding m) {
        Optional<PartialDate> date = date(m.date);
        MeetingKind kind = mappings.meetingKind(m.kind);
        String mode = kind == null || kind.mode() == null ? "inPerson" : kind.mode();
        java.util.TreeSet<String> sides = new java.util.TreeSet<>();
        for (String st : m.stateParticipants) sides.add(Keys.local(st).toLowerCase());
        if (sides.size() < 2) for (Evidenced<PersonFinding> p : m.participants) sides.add(Keys.local(persons.get(p.value()).iri()));
        StringBuilder key = new StringBuilder(mode);
        for (String x : sides) key.append('-').append(x);
        key.append('-').append(date.map(PartialDate::lexical).orElse(Keys.slug(r.document.id())));
        Node n = uri(Dip.iri("meeting", Keys.slug(key.toString())));
        EntityRecord rec = out.entity(n, Dip.MEETING);
        rec.labels.add(text(everydayLabel(m, kind)));
        // A reader also calls talks by who met: "Talks between Bui Thanh Son and Olushegun Adjadi Bakari".
        String byPersons = personsLabel(m, kind);
        if (byPersons != null) rec.altLabels.add(text(byPersons));
        int s = m.sentence;
        out.fact(n, Dip.MEETING_KIND, NodeFactory.createLiteralString(m.kind), s);
        out.fact(n, Dip.MODE, switch (mode) {
            case "call" -> Dip.CALL;
            case "video" -> Dip.VIDEO;
            default -> Dip.IN_PERSON;
        }, s);
        date.ifPresent(d -> out.fact(n, Dip.DATE, literal(d), m.date.sentence()));
        if (m.place != null) out.fact(n, Dip.LOCATION, known(m.place.value(), m.place.sentence()), m.place.sentence());
        boolean planned = m.planned || (date.isPresent() && r.document.date() != null && date.get().year() > r.document.date().getYear());
        out.fact(n, Dip.STATUS, planned ? Dip.PLANNED : Dip.HELD, s);
        for (String st : m.hostStates) out.fact(n, Dip.HOST, known(st, s), s);
        for (String st : m.stateParticipants) out.fact(n, Dip.PARTICIPANT, known(st, s), s);
        for (String in : m.institutionParticipants) out.fact(n, Dip.PARTICIPANT, known(in, s), s);
        for (Evidenced<PersonFinding> h : m.hosts) out.fact(n, Dip.HOST, person(h.value()), h.sentence());
        for (Evidenced<PersonFinding> p : m.participants) out.fact(n, Dip.PARTICIPANT, person(p.value()), p.sentence());
    }

    /** "Talks between Viet Nam and Benin", "Entretien téléphonique entre la Russie et …": the kind and who met. */
    private String everydayLabel(MeetingFinding m, MeetingKind kind) {
        boolean fr = lang.equals("fr");
        java.util.List<String> names = new java.util.ArrayList<>();
        for (String st : m.stateParticipants) {
            KnownEntity e = mappings.entity(st);
            names.add(e == null ? Keys.local(st) : e.label(lang));
        }
        if (names.size() < 2) {
            for (Evidenced<PersonFinding> p : m.participants) {
                String n = persons.get(p.value()).preferred();
                if (!names.contains(n)) names.add(n);
            }
        }
        String head = kind == null ? capitalize(m.kind) : kind.label(lang);
        if (names.isEmpty()) return head;
        String and = fr ? " et " : " and ";
        String list = names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + and + names.get(names.size() - 1);
        return head + (fr ? " entre " : " between ") + list;
    }

    /** The kind and the officials who met, when at least one took part and the main label names states. */
    private String personsLabel(MeetingFinding m, MeetingKind kind) {
        if (m.participants.isEmpty() || m.stateParticipants.size() < 2) return null;
        java.util.List<String> names = new java.util.ArrayList<>();
        for (Evidenced<PersonFinding> p : m.hosts) names.add(persons.get(p.value()).preferred());
        for (Evidenced<PersonFinding> p : m.participants) {
            String n = persons.get(p.value()).preferred();
            if (!names.contains(n)) names.add(n);
        }
        // "Talks between Bakhtiyor Saidov and Iran": a side whose official the text does not name goes by its state.
        java.util.Set<String> spoken = new java.util.HashSet<>();
        for (Evidenced<PersonFinding> p : m.participants) for (Evidenced<String> e : p.value().represents) spoken.add(e.value());
        for (Evidenced<PersonFinding> p : m.hosts) for (Evidenced<String> e : p.value().represents) spoken.add(e.value());
        for (String st : m.stateParticipants) {
            if (spoken.contains(st)) continue;
            KnownEntity e = mappings.entity(st);
            names.add(e == null ? Keys.local(st) : e.label(lang));
        }
        if (names.size() < 2) return null;
        boolean fr = lang.equals("fr");
        String head = kind == null ? capitalize(m.kind) : kind.label(lang);
        String and = fr ? " et " : " and ";
        String list = names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + and + names.get(names.size() - 1);
        return head + (fr ? " entre " : " between ") + list;
    }

    private String label(MeetingFinding m, String seriesIri, Integer edition, String labelFr, String labelEn, String placeIri, Optional<PartialDate> date) {
        boolean fr = lang.equals("fr");
        if (seriesIri != null && edition != null) {
            String series = fr ? (labelFr != null ? labelFr : labelEn) : (labelEn != null ? labelEn : labelFr);
            if (series == null) series = m.phrase;
            return capitalize(series) + (fr ? " (" + edition + (edition == 1 ? "re" : "e") + " édition)" : " (round " + edition + ")");
        }
        StringBuilder b = new StringBuilder(capitalize(m.phrase));
        if (!m.institutionParticipants.isEmpty()) {
            KnownEntity e = mappings.entity(m.institutionParticipants.iterator().next());
            if (e != null && !m.phrase.contains(e.label(lang))) b.append(" — ").append(shortest(e, lang));
        }
        if (placeIri != null && mappings.entity(placeIri) != null) b.append(", ").append(mappings.entity(placeIri).label(lang));
        date.ifPresent(d -> b.append(", ").append(d.lexical()));
        return b.toString();
    }

    private static String shortest(KnownEntity e, String lang) {
        return e.label(lang);
    }

    void resolution(ResolutionFinding x) {
        Optional<PartialDate> date = date(x.date);
        String body = x.body == null ? null : x.body.value();
        StringBuilder key = new StringBuilder(body == null ? "resolution" : Keys.local(body));
        if (x.identifier != null) key.append('-').append(Keys.resolutionNumber(x.identifier.value()));
        else if (x.votesFor != null && x.votesAgainst != null) {
            // No number: the body and the recorded vote name it, in any language and whatever date each report gives.
            key.append("-vote-").append(x.votesFor.value()).append('-').append(x.votesAgainst.value());
            if (x.abstentions != null) key.append('-').append(x.abstentions.value());
        } else if (date.isPresent() && !date.get().isYearless()) key.append('-').append(date.get().lexical());
        else return;
        Node n = uri(Dip.iri("resolution", Keys.slug(key.toString())));
        EntityRecord rec = out.entity(n, Dip.RESOLUTION);
        String word = lang.equals("fr") ? "Résolution" : "Resolution";
        String label = word + (x.identifier != null ? " " + x.identifier.value() : "")
                + (body != null && mappings.entity(body) != null ? " — " + mappings.entity(body).label(lang) : "")
                + (x.identifier == null && date.isPresent() ? ", " + date.get().lexical() : "")
                + (x.identifier == null && x.votesFor != null && x.votesAgainst != null ? " (" + x.votesFor.value() + "–" + x.votesAgainst.value()
                        + (x.abstentions != null ? "–" + x.abstentions.value() : "") + ")" : "");
        rec.labels.add(text(label));
        if (x.phrase != null) rec.altLabels.add(text(x.phrase));
        if (x.identifier != null) out.fact(n, Dip.IDENTIFIER, NodeFactory.createLiteralString(x.identifier.value()), x.identifier.sentence());
        if (body != null) out.fact(n, Dip.ADOPTED_BY, known(body, x.body.sentence()), x.body.sentence());
        date.ifPresent(d -> out.fact(n, Dip.DATE, literal(d), x.date.sentence()));
        for (String c : x.concerns) out.fact(n, Dip.CONCERNS, known(c, x.sentence), x.sentence);
        if (x.votesFor != null) out.fact(n, Dip.VOTES_FOR, GraphEmitter.integer(x.votesFor.value()), x.votesFor.sentence());
        if (x.votesAgainst != null) out.fact(n, Dip.VOTES_AGAINST, GraphEmitter.integer(x.votesAgainst.value()), x.votesAgainst.sentence());
        if (x.abstentions != null) out.fact(n, Dip.ABSTENTIONS, GraphEmitter.integer(x.abstentions.value()), x.abstentions.sentence());
    }

    void agreement(AgreementFinding x) {
        Optional<PartialDate> signed = date(x.signed);
        Optional<PartialDate> inForce = date(x.inForce);
        // A named agreement of agreements.ttl is keyed by its entry: one node for its French and English names and acronyms.
        StringBuilder key = new StringBuilder(x.known != null ? x.known.substring(x.known.lastIndexOf('#') + 1).replaceFirst("^agreement-", "") : x.kind);
        if (x.known != null) {
            // its entry says which agreement it is
        } else if (x.parties.size() >= 2) {
            for (String p : new java.util.TreeSet<>(x.parties)) key.append('-').append(Keys.local(p).toLowerCase());
            if (x.subject != null) key.append('-').append(x.subject);
            signed.filter(d -> d.year() != null).ifPresent(d -> key.append('-').append(d.year()));
        } else {
            key.append('-').append(Keys.slug(x.phrase));
        }
        Node n = uri(Dip.iri("agreement", Keys.slug(key.toString())));
        EntityRecord rec = out.entity(n, Dip.AGREEMENT);
        rec.labels.add(text(capitalize(x.phrase)));
        if (x.known == null && x.word != null && x.parties.size() >= 2 && x.parties.size() <= 3) {
            // An unnamed agreement is also called by its kind and its parties: "Memorandum of understanding Benin–Vietnam".
            List<String> names = new java.util.ArrayList<>();
            for (String p : x.parties) {
                KnownEntity e = mappings.entity(p);
                if (e != null) names.add(e.label(lang));
            }
            if (names.size() == x.parties.size()) rec.altLabels.add(text(capitalize(x.word) + " " + String.join("–", names)));
        }
        for (String p : x.parties) out.fact(n, Dip.PARTY, known(p, x.sentence), x.sentence);
        signed.ifPresent(d -> out.fact(n, Dip.SIGNED_ON, literal(d), x.signed.sentence()));
        inForce.ifPresent(d -> out.fact(n, Dip.IN_FORCE_SINCE, literal(d), x.inForce.sentence()));
    }

    static String capitalize(String s) {
        if (s == null || s.isEmpty()) return s;
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
