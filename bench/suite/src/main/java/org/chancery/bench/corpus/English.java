package org.chancery.bench.corpus;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.chancery.bench.corpus.Cast.Named;
import org.chancery.bench.corpus.Event.Agreement;
import org.chancery.bench.corpus.Event.Meeting;
import org.chancery.bench.corpus.Event.Membership;
import org.chancery.bench.corpus.Event.Resolution;
import org.chancery.bench.corpus.Event.Talks;

/** English wording, in the register of a wire report. */
final class English extends Phrasebook {
    private static final List<Named> TOPICS = List.of(
            new Named("trade", "trade and investment", "le commerce et l'investissement"),
            new Named("energy", "energy transit", "le transit énergétique"),
            new Named("water", "the management of shared rivers", "la gestion des fleuves partagés"),
            new Named("border", "border delimitation", "la délimitation de la frontière"),
            new Named("transport", "transport corridors", "les corridors de transport"),
            new Named("health", "public health", "la santé publique"),
            new Named("climate", "climate adaptation", "l'adaptation au climat"),
            new Named("education", "education and student exchanges", "l'éducation et les échanges d'étudiants"),
            new Named("security", "regional security", "la sécurité régionale"),
            new Named("customs", "customs cooperation", "la coopération douanière"),
            new Named("digital", "digital connectivity", "la connectivité numérique"),
            new Named("culture", "cultural heritage", "le patrimoine culturel"),
            new Named("visas", "visa facilitation", "la facilitation des visas"),
            new Named("food", "food security", "la sécurité alimentaire"));

    private static final String[] MEETING = {
            "On {date}, {city} hosted a meeting of {participants}, chaired by {chairRole} {chair} of {chairState}.",
            "{chairRole} {chair} of {chairState} chaired the meeting held in {city} on {date}, which brought together delegations from {participants}.",
            "Delegations from {participants} met in {city} on {date} under the chairmanship of {chair}, {chairRole} of {chairState}.",
            "The session in {city} on {date} gathered {participants}; it was chaired by {chairState}'s {chairRole}, {chair}.",
            "Representatives of {participants} convened in {city} on {date} for a meeting presided over by {chair} ({chairState}).",
            "A ministerial meeting took place in {city} on {date} with {participants} taking part, and {chair}, {chairRole} of {chairState}, in the chair."};
    private static final String[] TALKS = {
            "{hostState}'s {hostRole} {host} held talks with {guestRole} {guest} of {guestState} in {city} on {date}, focusing on {topic}.",
            "On {date}, {host}, {hostRole} of {hostState}, received {guest}, {guestRole} of {guestState}, in {city} for talks on {topic}.",
            "{guest}, {guestRole} of {guestState}, met {hostState}'s {hostRole} {host} in {city} on {date} to discuss {topic}.",
            "Talks between {host} ({hostState}) and {guest} ({guestState}) were held in {city} on {date}; {topic} topped the agenda.",
            "During a visit to {city} on {date}, {guestState}'s {guestRole} {guest} sat down with {host}, {hostRole} of {hostState}, to review {topic}."};
    private static final String[] AGREEMENT = {
            "{a} and {b} signed an agreement on {topic} in {city} on {date}.",
            "An agreement between {a} and {b} on {topic} was signed in {city} on {date}.",
            "On {date}, in {city}, the governments of {a} and {b} signed an agreement covering {topic}.",
            "{a} signed an agreement on {topic} with {b} on {date} during a ceremony in {city}.",
            "The two countries, {a} and {b}, put their signatures to an agreement on {topic} in {city} on {date}."};
    private static final String[] RESOLUTION = {
            "On {date}, the {body} adopted resolution {id} on {concerns} by {for} votes to {against}, with {abst} abstentions.",
            "Resolution {id}, concerning {concerns}, was adopted by the {body} on {date} with {for} votes in favour, {against} against and {abst} abstentions.",
            "The {body} passed resolution {id} on {concerns} on {date} by a vote of {for} to {against}, with {abst} abstentions.",
            "By {for} votes to {against} and {abst} abstentions, the {body} adopted on {date} resolution {id}, which concerns {concerns} and {topic}."};
    private static final String[] MEMBER = {
            "{state} is a member of the {institution}.",
            "{state}, a member of the {institution} since {year}, took part in the discussion.",
            "As a member of the {institution}, {state} has supported the initiative."};
    private static final String[] CANDIDATE = {
            "{state} announced its candidacy for a seat on the {institution} for the {year} term.",
            "{state} is a candidate for membership of the {institution}, the foreign ministry confirmed.",
            "The government of {state} has put forward its candidacy to the {institution} for {year}."};
    private static final String[] BACKGROUND = {
            "Officials in {state} described the talks as frank and constructive, and said further consultations would follow.",
            "Trade between {state} and {other} grew by {number} per cent last year, according to figures released by the national statistics office.",
            "The question of {topic} has been on the bilateral agenda since {year}, when both capitals set up a joint working group.",
            "Analysts noted that the two sides still differ on several technical points, in particular the timetable for implementation.",
            "A joint statement issued after the meeting called for closer coordination on {topic} and for regular contacts at expert level.",
            "The delegation also visited an industrial park on the outskirts of {cityName} and met representatives of the business community.",
            "Observers expect the next round of consultations to take place before the end of {nextYear}.",
            "Speaking to reporters afterwards, a spokesperson said the parties had agreed to set up a working group on {topic}.",
            "The meeting comes at a time of growing interest in {topic} across the region, where demand has risen steadily since {year}.",
            "Experts from both sides will prepare a road map, which is to be presented to ministers within {number} months.",
            "Both governments reaffirmed their commitment to the principles of international law and to the peaceful settlement of disputes.",
            "The programme of the visit included a wreath-laying ceremony and a meeting with students of the diplomatic academy.",
            "Several memoranda prepared by the working groups were reviewed, though none was ready for signature.",
            "Local media reported that the talks lasted more than {number} hours and ran late into the evening.",
            "The ministry said that a follow-up meeting of senior officials would be held in {cityName} in the coming months.",
            "{official} said that the relationship had matured considerably over the past {number} years.",
            "Participants exchanged views on the situation in neighbouring regions and on cooperation within multilateral bodies.",
            "According to a statement on the ministry's website, the sides also discussed cultural and humanitarian ties."};

    @Override
    Language language() {
        return Language.EN;
    }

    @Override
    List<Named> topics() {
        return TOPICS;
    }

    @Override
    String date(LocalDate d, int style) {
        String month = d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return style % 2 == 0 ? d.getDayOfMonth() + " " + month + " " + d.getYear() : month + " " + d.getDayOfMonth() + ", " + d.getYear();
    }

    @Override
    String title(Event e, Random r) {
        if (e instanceof Meeting m) return "Meeting in " + m.city().name().en() + " brings together " + m.participants().size() + " delegations";
        if (e instanceof Talks t) return t.host().state().en() + " and " + t.guest().state().en() + " hold talks in " + t.city().name().en();
        if (e instanceof Agreement a) return a.a().en() + " and " + a.b().en() + " sign agreement on " + a.topic().en();
        if (e instanceof Resolution res) return res.body().en() + " adopts resolution " + res.identifier();
        Membership m = (Membership) e;
        return m.state().en() + (m.candidacy() ? " seeks seat on " : " and the ") + m.institution().en();
    }

    @Override
    String sentence(Event e, Random r, int dateStyle) {
        Map<String, String> s = new HashMap<>();
        if (e instanceof Meeting m) {
            s.put("date", date(m.date(), dateStyle));
            s.put("city", m.city().name().en());
            s.put("participants", list(m.participants().stream().map(Named::en).toList(), "and"));
            s.put("chair", m.chair().name());
            s.put("chairRole", m.chair().role().en());
            s.put("chairState", m.chair().state().en());
            return fill(pick(MEETING, r), s);
        }
        if (e instanceof Talks t) {
            s.put("date", date(t.date(), dateStyle));
            s.put("city", t.city().name().en());
            s.put("host", t.host().name());
            s.put("hostRole", t.host().role().en());
            s.put("hostState", t.host().state().en());
            s.put("guest", t.guest().name());
            s.put("guestRole", t.guest().role().en());
            s.put("guestState", t.guest().state().en());
            s.put("topic", t.topic().en());
            return fill(pick(TALKS, r), s);
        }
        if (e instanceof Agreement a) {
            s.put("date", date(a.date(), dateStyle));
            s.put("city", a.city().name().en());
            s.put("a", a.a().en());
            s.put("b", a.b().en());
            s.put("topic", a.topic().en());
            return fill(pick(AGREEMENT, r), s);
        }
        if (e instanceof Resolution res) {
            s.put("date", date(res.date(), dateStyle));
            s.put("body", res.body().en());
            s.put("id", res.identifier());
            s.put("concerns", res.concerns().en());
            s.put("topic", res.topic().en());
            s.put("for", Integer.toString(res.votesFor()));
            s.put("against", Integer.toString(res.against()));
            s.put("abst", Integer.toString(res.abstentions()));
            return fill(pick(RESOLUTION, r), s);
        }
        Membership m = (Membership) e;
        s.put("state", m.state().en());
        s.put("institution", m.institution().en());
        s.put("year", Integer.toString(m.year()));
        return fill(pick(m.candidacy() ? CANDIDATE : MEMBER, r), s);
    }

    @Override
    String background(Scene sc, Random r) {
        Map<String, String> s = new HashMap<>();
        s.put("state", sc.state().en());
        s.put("other", sc.other().en());
        s.put("topic", sc.topic().en());
        s.put("year", Integer.toString(sc.year()));
        s.put("nextYear", Integer.toString(sc.year() + 1));
        s.put("number", Integer.toString(3 + r.nextInt(30)));
        s.put("official", sc.official().name());
        s.put("cityName", sc.city().name().en());
        return fill(pick(BACKGROUND, r), s);
    }
}
