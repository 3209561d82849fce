package org.chancery.bench.corpus;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.chancery.bench.corpus.Cast.Named;
import org.chancery.bench.corpus.Event.Agreement;
import org.chancery.bench.corpus.Event.Meeting;
import org.chancery.bench.corpus.Event.Membership;
import org.chancery.bench.corpus.Event.Resolution;
import org.chancery.bench.corpus.Event.Talks;

/** French wording, in the register of a dépêche; state names take their article ("le Kazakhstan", "de l'Algérie"). */
final class French extends Phrasebook {
    private static final String[] MEETING = {
            "Le {date}, {city} a accueilli une réunion réunissant {participants}, sous la présidence de {chair}, {chairRole} {deChairState}.",
            "{chair}, {chairRole} {deChairState}, a présidé la réunion tenue à {city} le {date}, en présence des délégations suivantes : {participantsBare}.",
            "Les délégations suivantes se sont retrouvées à {city} le {date} : {participantsBare} ; la séance était présidée par {chair}.",
            "Réunis à {city} le {date}, les représentants de {participantsBare} ont siégé sous la présidence de {chair} ({chairStateBare}).",
            "Une réunion ministérielle s'est tenue à {city} le {date} avec la participation des délégations suivantes : {participantsBare} ; elle était présidée par {chair}, {chairRole} {deChairState}."};
    private static final String[] TALKS = {
            "{host}, {hostRole} {deHostState}, s'est entretenu avec {guest}, {guestRole} {deGuestState}, à {city} le {date}, au sujet de {topic}.",
            "Le {date}, {host} ({hostStateBare}) a reçu à {city} {guest}, {guestRole} {deGuestState}, pour des entretiens consacrés à {topic}.",
            "{guest}, {guestRole} {deGuestState}, a rencontré {host}, {hostRole} {deHostState}, à {city} le {date} ; {topic} était au cœur des échanges.",
            "Des entretiens entre {host} ({hostStateBare}) et {guest} ({guestStateBare}) ont eu lieu à {city} le {date}, portant notamment sur {topic}."};
    private static final String[] AGREEMENT = {
            "{a} et {b} ont signé un accord sur {topic} à {city} le {date}.",
            "Un accord entre {a} et {b} portant sur {topic} a été signé à {city} le {date}.",
            "Le {date}, à {city}, les gouvernements {deA} et {deB} ont signé un accord relatif à {topicBare}.",
            "{a} a signé avec {b} un accord sur {topic} le {date}, lors d'une cérémonie organisée à {city}."};
    private static final String[] RESOLUTION = {
            "Le {date}, {body} a adopté la résolution {id} concernant {concerns} par {for} voix contre {against}, avec {abst} abstentions.",
            "La résolution {id}, relative à la situation {deConcerns}, a été adoptée par {body} le {date} par {for} voix pour, {against} contre et {abst} abstentions.",
            "Par {for} voix contre {against} et {abst} abstentions, {body} a adopté le {date} la résolution {id} concernant {concerns}."};
    private static final String[] MEMBER = {
            "{state} est membre de {institution}.",
            "{state}, membre de {institution} depuis {year}, a pris part aux débats.",
            "En sa qualité de membre de {institution}, {state} a soutenu l'initiative."};
    private static final String[] CANDIDATE = {
            "{state} a annoncé sa candidature à un siège au sein de {institution} pour le mandat {year}.",
            "{state} est candidat à l'adhésion à {institution}, a confirmé le ministère des Affaires étrangères.",
            "Le gouvernement {deState} a présenté sa candidature à {institution} pour {year}."};
    private static final String[] BACKGROUND = {
            "Les responsables {deState} ont qualifié les discussions de franches et constructives et annoncé de nouvelles consultations.",
            "Les échanges commerciaux entre {state} et {other} ont progressé de {number} % l'an dernier, selon l'office national de la statistique.",
            "La question de {topic} figure à l'ordre du jour bilatéral depuis {year}, année de la création d'un groupe de travail conjoint.",
            "Selon les observateurs, les deux parties restent divisées sur plusieurs points techniques, notamment le calendrier de mise en œuvre.",
            "Une déclaration commune publiée à l'issue de la rencontre appelle à une meilleure coordination sur {topic} et à des contacts réguliers entre experts.",
            "La délégation a également visité une zone industrielle aux abords de {cityName} et rencontré des représentants des milieux d'affaires.",
            "Le prochain cycle de consultations devrait avoir lieu avant la fin de {nextYear}, estiment les observateurs.",
            "À l'issue de la rencontre, un porte-parole a indiqué que les parties étaient convenues de créer un groupe de travail sur {topic}.",
            "Cette réunion intervient dans un contexte d'intérêt croissant pour {topic} dans la région, où la demande augmente depuis {year}.",
            "Des experts des deux pays prépareront une feuille de route, qui doit être présentée aux ministres d'ici {number} mois.",
            "Les deux gouvernements ont réaffirmé leur attachement aux principes du droit international et au règlement pacifique des différends.",
            "Le programme de la visite comprenait un dépôt de gerbe et une rencontre avec les étudiants de l'académie diplomatique.",
            "Plusieurs mémorandums préparés par les groupes de travail ont été examinés, sans qu'aucun ne soit prêt à être signé.",
            "Selon la presse locale, les entretiens ont duré plus de {number} heures et se sont prolongés tard dans la soirée.",
            "Le ministère a précisé qu'une réunion de hauts fonctionnaires se tiendrait à {cityName} dans les prochains mois.",
            "{official} a estimé que la relation avait considérablement mûri au cours des {number} dernières années.",
            "Les participants ont échangé leurs vues sur la situation dans les régions voisines et sur la coopération au sein des enceintes multilatérales.",
            "D'après un communiqué publié sur le site du ministère, les parties ont également abordé les liens culturels et humanitaires."};

    /** States named without an article in French (islands, city-states and a few others). */
    private static final Set<String> NO_ARTICLE = Set.of("Cuba", "Chypre", "Malte", "Singapour", "Monaco", "Israël", "Madagascar",
            "Maurice", "Bahreïn", "Oman", "Haïti", "Nauru", "Tuvalu", "Kiribati", "Palaos", "Sainte-Lucie", "Saint-Marin",
            "Sao Tomé-et-Principe", "Trinité-et-Tobago", "Antigua-et-Barbuda", "Saint-Vincent-et-les-Grenadines", "Samoa",
            "Saint-Christophe-et-Niévès", "Vanuatu", "Brunei", "Djibouti", "Tonga", "Fidji", "Grenade", "La Dominique");
    /** Feminine heads of institution names that do not end in -e, -ion or -té. */
    private static final Set<String> FEMININE = Set.of("Cour", "Union", "Mission", "Force");
    private static final Set<String> MASCULINE_IN_E = Set.of("Mexique", "Cambodge", "Mozambique", "Zimbabwe", "Belize", "Suriname");

    private final English english;

    French(English english) {
        this.english = english;
    }

    @Override
    Language language() {
        return Language.FR;
    }

    @Override
    List<Named> topics() {
        return english.topics();
    }

    /** "le Kazakhstan", "la France", "l'Algérie", "les Émirats arabes unis", "Cuba". */
    static String le(String state) {
        if (NO_ARTICLE.contains(state) || state.startsWith("Saint")) return state;
        if (state.startsWith("Îles") || state.startsWith("États") || state.startsWith("Émirats") || state.startsWith("Pays-Bas")
                || state.startsWith("Philippines") || state.startsWith("Seychelles") || state.startsWith("Maldives") || state.startsWith("Comores")
                || state.startsWith("Bahamas")) return "les " + state;
        if ("AEIOUYÉÈÊÀÂÎÔH".indexOf(Character.toUpperCase(state.charAt(0))) >= 0) return "l'" + state;
        String head = state.split("[ -]")[0];
        boolean feminine = head.endsWith("e") && !MASCULINE_IN_E.contains(head) || head.endsWith("ion") || head.endsWith("té") || FEMININE.contains(head);
        return (feminine ? "la " : "le ") + state;
    }

    /** "du Kazakhstan", "de la France", "de l'Algérie", "des États-Unis", "de Cuba". */
    static String de(String state) {
        String le = le(state);
        if (le.startsWith("le ")) return "du " + le.substring(3);
        if (le.startsWith("les ")) return "des " + le.substring(4);
        return "de " + le;
    }

    /** A topic without its article, after "relatif à": "à la sécurité", "au commerce", "aux corridors". */
    private static String a(String withArticle) {
        if (withArticle.startsWith("le ")) return "au " + withArticle.substring(3);
        if (withArticle.startsWith("les ")) return "aux " + withArticle.substring(4);
        return "à " + withArticle;
    }

    /** "de la sécurité", "du commerce", "des corridors". */
    private static String deTopic(String withArticle) {
        if (withArticle.startsWith("le ")) return "du " + withArticle.substring(3);
        if (withArticle.startsWith("les ")) return "des " + withArticle.substring(4);
        return "de " + withArticle;
    }

    /** An institution with its article: "l'Organisation …", "le Conseil …". */
    private static String institution(Named i) {
        return le(i.fr());
    }

    /** French contracts "de le" to "du", "à les" to "aux" and so on. */
    static String contract(String s) {
        return s.replace("de le ", "du ").replace("de les ", "des ").replace("à le ", "au ").replace("à les ", "aux ");
    }

    @Override
    String date(LocalDate d, int style) {
        String day = d.getDayOfMonth() == 1 ? "1er" : Integer.toString(d.getDayOfMonth());
        return day + " " + d.getMonth().getDisplayName(TextStyle.FULL, Locale.FRENCH) + " " + d.getYear();
    }

    @Override
    String title(Event e, Random r) {
        return contract(rawTitle(e));
    }

    private String rawTitle(Event e) {
        if (e instanceof Meeting m) return "Réunion à " + m.city().name().fr() + " : " + m.participants().size() + " délégations autour de la table";
        if (e instanceof Talks t) return "Entretiens à " + t.city().name().fr() + " entre " + le(t.host().state().fr()) + " et " + le(t.guest().state().fr());
        if (e instanceof Agreement a) return capitalise(le(a.a().fr())) + " et " + le(a.b().fr()) + " signent un accord";
        if (e instanceof Resolution res) return capitalise(le(res.body().fr())) + " adopte la résolution " + res.identifier();
        Membership m = (Membership) e;
        return capitalise(le(m.state().fr())) + (m.candidacy() ? " candidat à " : " et ") + le(m.institution().fr());
    }

    @Override
    String sentence(Event e, Random r, int dateStyle) {
        return contract(rawSentence(e, r, dateStyle));
    }

    private String rawSentence(Event e, Random r, int dateStyle) {
        Map<String, String> s = new HashMap<>();
        if (e instanceof Meeting m) {
            s.put("date", date(m.date(), dateStyle));
            s.put("city", m.city().name().fr());
            s.put("participants", list(m.participants().stream().map(x -> le(x.fr())).toList(), "et"));
            s.put("participantsBare", list(m.participants().stream().map(Named::fr).toList(), "et"));
            s.put("chair", m.chair().name());
            s.put("chairRole", m.chair().role().fr());
            s.put("deChairState", de(m.chair().state().fr()));
            s.put("chairStateBare", m.chair().state().fr());
            return fill(pick(MEETING, r), s);
        }
        if (e instanceof Talks t) {
            s.put("date", date(t.date(), dateStyle));
            s.put("city", t.city().name().fr());
            s.put("host", t.host().name());
            s.put("hostRole", t.host().role().fr());
            s.put("deHostState", de(t.host().state().fr()));
            s.put("hostStateBare", t.host().state().fr());
            s.put("guest", t.guest().name());
            s.put("guestRole", t.guest().role().fr());
            s.put("deGuestState", de(t.guest().state().fr()));
            s.put("guestStateBare", t.guest().state().fr());
            s.put("topic", t.topic().fr());
            return fill(pick(TALKS, r), s);
        }
        if (e instanceof Agreement ag) {
            s.put("date", date(ag.date(), dateStyle));
            s.put("city", ag.city().name().fr());
            s.put("a", le(ag.a().fr()));
            s.put("b", le(ag.b().fr()));
            s.put("deA", de(ag.a().fr()));
            s.put("deB", de(ag.b().fr()));
            s.put("topic", ag.topic().fr());
            s.put("topicBare", a(ag.topic().fr()).substring(2));
            return fill(pick(AGREEMENT, r), s).replace("relatif à à ", "relatif à ").replace("relatif à au ", "relatif au ")
                    .replace("relatif à aux ", "relatif aux ");
        }
        if (e instanceof Resolution res) {
            s.put("date", date(res.date(), dateStyle));
            s.put("body", institution(res.body()));
            s.put("id", res.identifier());
            s.put("concerns", le(res.concerns().fr()));
            s.put("deConcerns", de(res.concerns().fr()));
            s.put("for", Integer.toString(res.votesFor()));
            s.put("against", Integer.toString(res.against()));
            s.put("abst", Integer.toString(res.abstentions()));
            return fill(pick(RESOLUTION, r), s);
        }
        Membership m = (Membership) e;
        s.put("state", le(m.state().fr()));
        s.put("deState", de(m.state().fr()));
        s.put("institution", institution(m.institution()));
        s.put("year", Integer.toString(m.year()));
        return fill(pick(m.candidacy() ? CANDIDATE : MEMBER, r), s);
    }

    @Override
    String background(Scene sc, Random r) {
        Map<String, String> s = new HashMap<>();
        s.put("state", le(sc.state().fr()));
        s.put("deState", de(sc.state().fr()));
        s.put("other", le(sc.other().fr()));
        s.put("topic", sc.topic().fr());
        s.put("year", Integer.toString(sc.year()));
        s.put("nextYear", Integer.toString(sc.year() + 1));
        s.put("number", Integer.toString(3 + r.nextInt(30)));
        s.put("official", sc.official().name());
        s.put("cityName", sc.city().name().fr());
        return contract(fill(pick(BACKGROUND, r), s));
    }
}
