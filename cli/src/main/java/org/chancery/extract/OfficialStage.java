package org.chancery.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chancery.mapping.Kind;
import org.chancery.mapping.Mappings;
import org.chancery.text.Token;

/**
 * Finds officials: a name shape anchored by a role title, before it ("President Uhuru
 * Kenyatta", "the Deputy Minister of Foreign Affairs of Norway, Ingrid Halvorsen")
 * or after it ("Claire Vasseur, ministre déléguée chargée du …"). The title is kept as written; the
 * state they act for comes from a state or demonym in the title, or from the delegation the
 * sentence names. Names after an author or photo cue are left out.
 */
public final class OfficialStage implements Stage {
    /** Word lists of mappings/words.ttl: what opens a title, a relative clause, a possessive. */
    private final Set<String> articles;
    private final Set<String> clauseWords;
    private final Set<String> possessives;
    /** Words that carry a title on ("chargée des", "for … and …"), prepositions before its last words. */
    private final Set<String> continuesTitle;
    private final Set<String> prepositions;
    /** ", aux côtés de …", ", au terme de …": a complement of the sentence, not of the title (two words, one space). */
    private final Set<String> adverbial;
    /** "became", "a été nommée": between a name and the office taken; "alors", "now" before a title. */
    private final Set<String> becameVerbs;
    private final Set<String> timeAdverbs;
    /** "représentait", "representing"; "to", "auprès" (where a diplomat is posted); "as", "comme". */
    private final Set<String> represented;
    private final Set<String> postingWords;
    private final Set<String> asOffice;
    /** Plural role heads ("presidents", "ministres") and the small words between the items of the list after one. */
    private final Set<String> pluralRoles;
    /** Words written in lower case before a plural role head that belong to the title ("premiers ministres", "foreign ministers"). */
    private final Set<String> pluralModifiers;
    /** "gouvernement" of "chefs de gouvernement": a lower-case word after a preposition that completes a plural head. */
    private final Set<String> pluralComplements;
    private final Set<String> listLinks;
    /** Plural titles of diplomats posted abroad ("ambassadors", "ambassadeurs"): a state after "to", "au", "en" is where they serve. */
    private final Set<String> postedPlurals;
    /** "respectivement", "respectively": the names before a plural title take its complements in turn. */
    private final Set<String> respectively;
    /** "visiting", "invité", "arrived": a word beside a title or a name that makes the official a guest. */
    private final Set<String> visitorWords;
    /** Articles before a demonym written as a noun ("le Français X"). */
    private final Set<String> nounArticles;
    /** Offices that make their holder a member of the body they name ("secretary-general", "chair"), hyphens as spaces. */
    private final Set<String> membershipOffices = new java.util.HashSet<>();
    /** Titles that are also given names ("Sultan"). */
    private final Set<String> givenNameRoles;
    /** "ministry", "ministère", "department": a capitalised span holding one is an institution's name, not a person's. */
    private final Set<String> ministryHeads;
    /** "du" of "la Russie du président X": the state before it has the title after it. */
    private final Set<String> leaderLinks;
    /** "représentée par", "represented by"; "accompagné de", "accompanied by"; "côté", "side"; "was", "était". */
    private final Set<String> representedBy;
    private final Set<String> agentWords;
    private final Set<String> accompanied;
    private final Set<String> accompaniedLinks;
    private final Set<String> sideWords;
    private final Set<String> clauseVerbs;

    /** The mappings also give the known office holders, for an official whose state the text does not give. */
    private final Mappings mappings;
    /** Function words, weekdays and phrase stops of words.ttl. */
    private final FunctionWords words;

    public OfficialStage(Mappings mappings) {
        this.mappings = mappings;
        this.articles = mappings.wordSet("TitleArticle");
        this.clauseWords = mappings.wordSet("ClauseWord");
        this.possessives = mappings.wordSet("Possessive");
        this.ministryHeads = mappings.wordSet("MinistryHead");
        this.leaderLinks = mappings.wordSet("StateOfLeaderLink");
        this.continuesTitle = mappings.wordSet("TitleContinuation");
        this.prepositions = mappings.wordSet("TitlePreposition");
        this.adverbial = mappings.wordSet("TitleAdverbial");
        this.becameVerbs = mappings.wordSet("BecameVerb");
        this.timeAdverbs = mappings.wordSet("TitleTimeAdverb");
        this.represented = mappings.wordSet("RepresentVerb");
        this.postingWords = mappings.wordSet("PostedTo");
        this.asOffice = mappings.wordSet("AsOffice");
        this.pluralRoles = mappings.wordSet("PluralRole");
        this.pluralModifiers = mappings.wordSet("PluralRoleModifier");
        this.pluralComplements = mappings.wordSet("PluralRoleComplement");
        this.listLinks = mappings.wordSet("TitleListLink");
        this.postedPlurals = mappings.wordSet("PostedPluralRole");
        this.respectively = mappings.wordSet("RespectivelyWord");
        this.visitorWords = mappings.wordSet("VisitorWord");
        this.nounArticles = mappings.wordSet("NationalNounArticle");
        this.givenNameRoles = mappings.wordSet("GivenNameRole");
        this.representedBy = mappings.wordSet("RepresentedByVerb");
        this.agentWords = mappings.wordSet("AgentWord");
        this.accompanied = mappings.wordSet("AccompaniedWord");
        this.accompaniedLinks = mappings.wordSet("AccompaniedLink");
        this.sideWords = mappings.wordSet("SideWord");
        this.clauseVerbs = mappings.wordSet("ClauseVerb");
        for (String w : mappings.wordSet("MembershipOffice")) membershipOffices.add(w.replace('-', ' '));
        this.words = FunctionWords.of(mappings);
    }

    private static final Set<String> HARD_STOPS = Set.of("(", ")", ";", ":", "[", "]", "\"", "«", "»", "@");


    /**
     * "Sultan Ahmed Al Jaber": a title that is also a given name (map:GivenNameRole) is a title only after a form of
     * address or an article ("His Majesty Sultan X", "the Sultan of Oman") or before "of"/"de".
     */
    private boolean givenNameNotTitle(List<Mention> ms, List<Token> tokens, Mention role) {
        if (!givenNameRoles.contains(org.chancery.text.Folding.fold(role.surface()))) return false;
        if (role.end() < tokens.size() && prepositions.contains(tokens.get(role.end()).norm())) return false;
        if (role.start() == 0) return true;
        if (articles.contains(tokens.get(role.start() - 1).norm())) return false;
        for (Mention m : ms) if (m.isCue("Honorific") && m.end() == role.start()) return false;
        return true;
    }

    /** A person found in a sentence, and where their name starts (for chair cues). */
    public record Placed(PersonFinding person, int nameStart) {}

    @Override
    public void process(DocumentReading r) {
        for (Sentence s : r.sentences) {
            List<Mention> ms = r.mentions(s.index());
            List<Token> tokens = s.tokens();
            boolean[] taken = new boolean[tokens.size()];
            List<Mention> roles = new ArrayList<>();
            for (Mention m : ms) {
                if (m.kind() == Kind.ROLE && givenNameNotTitle(ms, tokens, m)) continue;
                for (int i = m.start(); i < m.end(); i++) taken[i] = true;
                if (m.kind() == Kind.ROLE) roles.add(m);
            }
            nationalNouns(r, s, ms, tokens, taken);
            if (roles.isEmpty()) {
                pluralTitles(r, s, ms, tokens);
                sides(r, s, ms, tokens);
                continue;
            }
            List<NameSpan> names = new ArrayList<>();
            // "ministre du Développement numérique", "Minister of External Affairs": capitalised words
            // right after a preposition complete a title; a person named there has a title of their own.
            for (NameSpan found : NameSpan.find(tokens, taken, words)) {
                NameSpan n = found.withLead(lead(ms, tokens, found.start()));
                if (afterPreposition(tokens, n) && (n.parts() < 2 || insideTitle(roles, n))) continue;
                if (n.parts() == 1 && afterNameOfThing(ms, n)) continue; // "UN Climate Change", not "… of Defense Lloyd Austin"
                if (near(tokens, ministryHeads, n.start(), n.end())) continue; // "… permanent secretary of the Federal Ministry of …"
                names.add(n);
            }
            boolean[] usedRole = new boolean[roles.size()];
            int boundary = 0;
            for (int n = 0; n < names.size(); n++) {
                NameSpan name = names.get(n);
                int nextName = n + 1 < names.size() ? names.get(n + 1).lead() : tokens.size(); // "…, et M. Y": the next form of address ends a title
                if (afterAuthorCue(ms, name)) continue;
                int[] title = directTitle(tokens, ms, roles, usedRole, name, boundary);
                if (title == null && name.parts() >= 2) title = commaTitle(tokens, ms, roles, usedRole, name, boundary);
                if (title == null && name.parts() >= 2) title = appositionTitle(tokens, roles, name, nextName);
                boolean became = false;
                if (title == null && name.parts() >= 2) {
                    title = becameTitle(tokens, roles, name, nextName);
                    became = title != null;
                }
                if (title == null) continue;
                // a title in apposition after the name is not the next name's: "A, ministre de X, Mme B, ministre de Y"
                boundary = Math.max(name.end(), title[0] + 1);
                String nameText = NameSpan.display(s.surface(r.document.text(), name.start(), name.end()));
                PersonFinding p = new PersonFinding(nameText, s.index());
                String titleText = clean(s.surface(r.document.text(), title[0], title[1]));
                if (!titleText.isEmpty()) p.titles.add(new Evidenced<>(titleText, s.index()));
                p.visitor = near(tokens, visitorWords, title[0] - 3, title[0]) || near(tokens, visitorWords, name.end(), name.end() + 2)
                        || counterpart(roles, title);
                Mention head = headRole(roles, title);
                if (head != null && head.entity() != null) p.rank = head.entity().rank();
                Mention posted = postedRole(roles, title);
                String state;
                if (posted != null) {
                    // "ambassadeur cubain en Haïti", "Permanent Representative of Ghana to the UN": sent by one, posted to the other.
                    String[] sentAndPosted = posting(tokens, ms, posted, title);
                    state = sentAndPosted[0];
                    if (sentAndPosted[1] != null) p.accreditedTo.add(new Evidenced<>(sentAndPosted[1], s.index()));
                } else {
                    state = representedIn(ms, title[0] - 1, title[1]);
                }
                // "Attaf … avec son homologue tunisien": the possessor is the other side, not the counterpart's state.
                if (state == null && !counterpart(roles, title)) state = possessor(tokens, ms, title[0]);
                if (state == null) state = genitive(tokens, ms, title[0]);
                if (state == null) state = stateOfLeader(tokens, ms, title[0]);
                if (state == null && became) state = onlyState(ms); // "Chile … after Gabriel Boric became president"
                // "la délégation américaine était dirigée par X": only a delegation someone leads says whom they act for.
                if (state == null && ms.stream().anyMatch(m -> m.isCue("ChairCue") || m.isCue("ChairVerbCue"))) state = delegationState(ms, tokens);
                if (state == null) state = representedAfter(tokens, ms, name.end());
                if (state == null && title[1] <= name.lead()) {
                    // "Sultan Haitham …, Sultan of Oman", "le Général X, président du Conseil … du Niger": a second title after the name
                    int[] second = appositionTitle(tokens, roles, name, nextName);
                    if (second != null && postedRole(roles, second) == null) state = representedIn(ms, second[0] - 1, second[1]);
                }
                if (state == null) state = heldOffice(nameText, r);
                if (state != null) p.represents.add(new Evidenced<>(state, s.index()));
                String body = bodyOfOffice(ms, roles, title);
                if (body != null) p.memberOf.add(new Evidenced<>(body, s.index()));
                r.persons.add(p);
                r.placedPersons.computeIfAbsent(s.index(), k -> new ArrayList<>()).add(new Placed(p, name.start()));
            }
            pluralTitles(r, s, ms, tokens);
            sides(r, s, ms, tokens);
        }
        laterMentions(r);
        headlineState(r);
        credentialsHost(r);
    }

    /**
     * "Le chef de l'État a reçu les lettres de créance des nouveaux ambassadeurs … L'ambassadeur de la Serbie, X, …":
     * in a report of credentials presented to the head of state of one state, an ambassador of another state, named
     * in any sentence, whose posting the text does not give, is accredited to it.
     */
    private void credentialsHost(DocumentReading r) {
        boolean credentials = false;
        for (Sentence s : r.sentences) {
            for (Mention m : r.mentions(s.index())) {
                if (m.cue() == null || !m.isCue("EncounterWord")) continue;
                org.chancery.mapping.MeetingKind k = mappings.meetingKind(m.cue().value());
                if (k != null && "credentials".equals(k.kind())) credentials = true;
            }
        }
        if (!credentials) return;
        Set<String> hosts = new java.util.HashSet<>();
        for (PersonFinding p : r.persons) {
            if ("HeadOfState".equals(p.rank)) for (Evidenced<String> e : p.represents) hosts.add(e.value());
        }
        if (hosts.size() != 1) return;
        String host = hosts.iterator().next();
        for (PersonFinding p : r.persons) {
            if (!"PostedDiplomat".equals(p.rank) || !p.accreditedTo.isEmpty() || p.represents.isEmpty()) continue;
            if (p.represents.stream().anyMatch(e -> e.value().equals(host))) continue;
            p.accreditedTo.add(new Evidenced<>(host, p.sentences.get(0)));
        }
    }

    /**
     * "a expliqué le Français Nicolas de Rivière", "pour la Britannique Barbara Woodward": in French a demonym written
     * with a capital after an article is a noun, the speaker's nationality; in a diplomatic report the speaker acts for it.
     */
    private void nationalNouns(DocumentReading r, Sentence s, List<Mention> ms, List<Token> tokens, boolean[] taken) {
        for (Mention d : ms) {
            if (d.kind() != Kind.DEMONYM || d.stateIri() == null || d.start() == 0 || !tokens.get(d.start()).isCapitalized()) continue;
            String before = tokens.get(d.start() - 1).norm();
            if (!nounArticles.contains(before)) continue;
            NameSpan n = NameSpan.at(tokens, taken, d.end(), words);
            if (n == null || n.parts() < 2) continue;
            PersonFinding p = replaceInside(r, s, n);
            if (p.represents.isEmpty()) p.represents.add(new Evidenced<>(d.stateIri(), s.index()));
        }
    }

    /** One item of a list after a plural title: a state (by name or demonym) or a name. */
    private record ListItem(Mention state, NameSpan name) {}

    /**
     * A plural title followed by a list: "les présidents sénégalais, Macky Sall, et sud-africain, Jacob Zuma",
     * "the Foreign Ministers of A - X, B Y, and C Z", "the foreign ministers of A and B, X and Y". Each name gets
     * the title in the singular and the state written before it, or the states in the order given when they all
     * come first, or the one state of the list. A name the sentence's other rules took in part is replaced.
     */
    private void pluralTitles(DocumentReading r, Sentence s, List<Mention> ms, List<Token> tokens) {
        for (int h = 0; h < tokens.size(); h++) {
            if (!pluralRoles.contains(tokens.get(h).norm())) continue;
            // the head: capitalised modifiers before it ("Foreign Ministers"), the portfolio after it ("ministres des Affaires étrangères")
            int from = h;
            while (from > 0 && h - from < 2 && (tokens.get(from - 1).isCapitalized() && NameSpan.couldBeName(tokens.get(from - 1), words) // not "Les"
                    || pluralModifiers.contains(tokens.get(from - 1).norm()))
                    && !namesSomething(ms, from - 1) && !articles.contains(tokens.get(from - 1).norm())) from--;
            int to = h + 1;
            if (to < tokens.size() && pluralRoles.contains(tokens.get(to).norm())) to++; // "premiers ministres"
            int k = to;
            while (k < tokens.size() && (prepositions.contains(tokens.get(k).norm()) || articles.contains(tokens.get(k).norm())
                    || tokens.get(k).isElision() || tokens.get(k).isCapitalized() && !namesSomething(ms, k) && startsName(tokens, ms, k) == null
                    || k > to && pluralComplements.contains(tokens.get(k).norm()))) {
                k++;
                if (tokens.get(k - 1).isCapitalized() || pluralComplements.contains(tokens.get(k - 1).norm())) to = k;
            }
            // the list
            boolean[] notNamed = new boolean[tokens.size()];
            for (Mention m : ms) if (m.kind() != Kind.ROLE) for (int i = m.start(); i < m.end(); i++) notNamed[i] = true;
            List<ListItem> items = new ArrayList<>();
            boolean postedHead = postedPlurals.contains(tokens.get(h).norm());
            List<Mention> postedTo = new ArrayList<>();
            int i = to;
            while (i < tokens.size() && items.size() < 16) {
                Token t = tokens.get(i);
                if (postedHead && isPostingWord(t)) { // "ambassadors of A and B to C", "ambassadeurs au Maroc et en Tunisie"
                    int j = i + 1;
                    while (j < tokens.size() && (isArticle(tokens.get(j)) || tokens.get(j).isElision())) j++;
                    Mention where = mentionAt(ms, j);
                    if (where == null || where.stateIri() == null || where.kind() != Kind.STATE) break;
                    postedTo.add(where);
                    i = where.end();
                    continue;
                }
                if (t.text().equals(",") || t.text().equals("-") || t.text().equals(":") || listLinks.contains(t.norm())) {
                    i++;
                    continue;
                }
                Mention st = mentionAt(ms, i);
                if (st != null && st.stateIri() != null && (st.kind() == Kind.STATE || st.kind() == Kind.DEMONYM)) {
                    items.add(new ListItem(st, null));
                    i = st.end();
                    continue;
                }
                if (st != null && st.isCue("Honorific")) { // "M. X et M. Y": the form of address is not the name
                    i = st.end();
                    if (i < tokens.size() && tokens.get(i).text().equals(".")) i++;
                    continue;
                }
                if (st != null) break; // another title, a body, a cue: the list is over
                NameSpan n = NameSpan.at(tokens, notNamed, i, words);
                // "Hossein Amir Abdollahian" may hold a title word; "the State Minister …" that starts or ends with one is not a name
                if (n == null || n.parts() < 2 || roleAt(ms, n.start()) || roleAt(ms, n.end() - 1)) break;
                items.add(new ListItem(null, n));
                i = n.end();
            }
            List<NameSpan> names = new ArrayList<>();
            List<Mention> states = new ArrayList<>();
            for (ListItem it : items) if (it.name() != null) names.add(it.name()); else states.add(it.state());
            if (names.isEmpty() && from > 1 && respectively.contains(tokens.get(from - 1).norm()) && tokens.get(from - 2).text().equals(",")) {
                // "X et Y, respectivement ambassadeurs d'Algérie au Maroc et en Tunisie": the names stand before
                List<NameSpan> before = namesBefore(tokens, ms, from - 2);
                if (before.size() >= 2) respectiveTitles(r, s, before, singular(s.surface(r.document.text(), from, to), to - from), states, postedTo);
                h = Math.max(h, i - 1);
                continue;
            }
            if (names.size() < 2) continue;
            if (!postedTo.isEmpty() && (postedTo.size() == 1 || postedTo.size() == names.size())) {
                for (int j = 0; j < names.size(); j++) {
                    String where = postedTo.get(postedTo.size() == 1 ? 0 : j).stateIri();
                    PersonFinding p = replaceInside(r, s, names.get(j));
                    p.accreditedTo.add(new Evidenced<>(where, s.index()));
                }
            }
            Mention[] stateOf = new Mention[names.size()];
            // "sénégalais, Macky Sall, et sud-africain, Jacob Zuma": the state just before each name
            Mention last = null;
            int n = 0;
            boolean alternate = true;
            for (ListItem it : items) {
                if (it.state() != null) last = it.state();
                else {
                    stateOf[n++] = last;
                    if (last == null) alternate = false;
                    last = null;
                }
            }
            if (!alternate) {
                java.util.Set<String> distinct = new java.util.LinkedHashSet<>();
                for (Mention m : states) distinct.add(m.stateIri());
                int lastState = -1, firstName = -1;
                for (int j = 0; j < items.size(); j++) {
                    if (items.get(j).state() != null) lastState = j;
                    else if (firstName < 0) firstName = j;
                }
                boolean statesFirst = lastState >= 0 && lastState < firstName;
                for (int j = 0; j < names.size(); j++) {
                    if (statesFirst && states.size() == names.size()) stateOf[j] = states.get(j); // "of A and B, X and Y"
                    else if (distinct.size() == 1) stateOf[j] = states.get(0);
                    else stateOf[j] = null;
                }
            }
            String head = singular(s.surface(r.document.text(), from, to), to - from);
            for (int j = 0; j < names.size(); j++) {
                NameSpan name = names.get(j);
                Mention st = stateOf[j];
                String title = head;
                // a demonym written after the plural head stays with the title: "président sénégalais"
                if (st != null && st.kind() == Kind.DEMONYM && st.start() > h) title = head + " " + st.surface();
                PersonFinding p = replaceInside(r, s, name);
                p.titles.add(new Evidenced<>(title, s.index()));
                if (st != null && p.represents.stream().noneMatch(e -> e.value().equals(st.stateIri()))) {
                    p.represents.add(new Evidenced<>(st.stateIri(), s.index()));
                }
            }
            h = Math.max(h, i - 1);
        }
    }

    /** The run of two-part names that ends just before {@code end}, with only list links, commas and forms of address between them. */
    private List<NameSpan> namesBefore(List<Token> tokens, List<Mention> ms, int end) {
        boolean[] notNamed = new boolean[tokens.size()];
        for (Mention m : ms) if (m.kind() != Kind.ROLE) for (int i = m.start(); i < m.end(); i++) notNamed[i] = true;
        List<NameSpan> all = new ArrayList<>();
        for (int i = 0; i < end; ) {
            NameSpan n = NameSpan.at(tokens, notNamed, i, words);
            if (n != null && n.end() <= end && n.parts() >= 2 && !roleAt(ms, n.start()) && !roleAt(ms, n.end() - 1)) {
                all.add(n);
                i = n.end();
            } else {
                i++;
            }
        }
        List<NameSpan> run = new ArrayList<>();
        int stop = end;
        for (int k = all.size() - 1; k >= 0; k--) {
            NameSpan n = all.get(k);
            for (int j = n.end(); j < stop; j++) {
                Token t = tokens.get(j);
                Mention m = mentionAt(ms, j);
                boolean link = t.text().equals(",") || t.text().equals(".") || listLinks.contains(t.norm()) || m != null && m.isCue("Honorific");
                if (!link) return run;
            }
            if (n.start() > 0 && roleAt(ms, n.start() - 1)) return run; // "le ministre … X, Y et Z, respectivement …": X has their own title
            run.add(0, n);
            stop = n.start();
            while (stop > 0 && (tokens.get(stop - 1).text().equals(".") || mentionAt(ms, stop - 1) != null && mentionAt(ms, stop - 1).isCue("Honorific"))) stop--;
        }
        return run;
    }

    /** Each name takes its own state and post when the title names one per name, or the one both share. */
    private void respectiveTitles(DocumentReading r, Sentence s, List<NameSpan> names, String title, List<Mention> states, List<Mention> postedTo) {
        java.util.Set<String> distinct = new java.util.LinkedHashSet<>();
        for (Mention m : states) distinct.add(m.stateIri());
        for (int j = 0; j < names.size(); j++) {
            PersonFinding p = replaceInside(r, s, names.get(j));
            p.titles.add(new Evidenced<>(title, s.index()));
            String state = states.size() == names.size() ? states.get(j).stateIri() : distinct.size() == 1 ? distinct.iterator().next() : null;
            if (state != null && p.represents.stream().noneMatch(e -> e.value().equals(state))) p.represents.add(new Evidenced<>(state, s.index()));
            String where = postedTo.size() == names.size() ? postedTo.get(j).stateIri() : postedTo.size() == 1 ? postedTo.get(0).stateIri() : null;
            if (where != null) p.accreditedTo.add(new Evidenced<>(where, s.index()));
        }
    }

    /** The words of a plural title in the singular: "Foreign Ministers" → "Foreign Minister", "présidents" → "président". */
    private String singular(String surface, int words) {
        StringBuilder b = new StringBuilder();
        for (String w : surface.split(" ")) {
            if (b.length() > 0) b.append(' ');
            String f = org.chancery.text.Folding.fold(w);
            boolean plural = (pluralRoles.contains(f) || pluralModifiers.contains(f)) && (w.endsWith("s") || w.endsWith("x"));
            b.append(plural ? w.substring(0, w.length() - 1) : w);
        }
        return b.toString();
    }

    /**
     * The finding for a name of a title list: a person the sentence already has under this name or a part of it
     * ("Abdollahian" under "Amir") gives way to the full name, with the titles found by the other rules dropped.
     */
    private PersonFinding replaceInside(DocumentReading r, Sentence s, NameSpan name) {
        int sentence = s.index();
        String nameText = NameSpan.display(s.surface(r.document.text(), name.start(), name.end()));
        List<Placed> placed = r.placedPersons.computeIfAbsent(sentence, x -> new ArrayList<>());
        for (Placed pl : placed) {
            if (pl.nameStart() < name.start() || pl.nameStart() >= name.end()) continue;
            PersonFinding p = pl.person();
            if (p.sentences.size() == 1 && p.names.size() == 1) {
                if (!p.names.contains(nameText)) {
                    p.titles.clear();
                    p.represents.clear();
                    p.accreditedTo.clear();
                    p.names.add(nameText);
                }
                return p;
            }
        }
        PersonFinding p = new PersonFinding(nameText, sentence);
        r.persons.add(p);
        placed.add(new Placed(p, name.start()));
        return p;
    }

    private static Mention mentionAt(List<Mention> ms, int i) {
        Mention best = null;
        for (Mention m : ms) if (m.start() == i && (best == null || m.end() > best.end())) best = m;
        return best;
    }

    private static boolean roleAt(List<Mention> ms, int i) {
        for (Mention m : ms) if (m.kind() == Kind.ROLE && m.start() <= i && i < m.end()) return true;
        return false;
    }

    /** Whether a token is part of a state, demonym, place or body the sentence names (not a title or a cue). */
    private static boolean namesSomething(List<Mention> ms, int i) {
        for (Mention m : ms) if (m.start() <= i && i < m.end() && m.kind() != Kind.ROLE && m.kind() != Kind.CUE) return true;
        return false;
    }

    private NameSpan startsName(List<Token> tokens, List<Mention> ms, int i) {
        boolean[] taken = new boolean[tokens.size()];
        for (Mention m : ms) for (int k = m.start(); k < m.end(); k++) taken[k] = true;
        NameSpan n = NameSpan.at(tokens, taken, i, words);
        return n != null && n.parts() >= 2 ? n : null;
    }

    /** Dashes and colons that close a dateline: "ALGIERS —", "Dakar :". */
    private static final Set<String> DATELINE_ENDS = Set.of("—", "–", "-", ":", ",");

    /**
     * A ministry's release headed with its country, a report datelined in a capital: when the headline and the
     * dateline name exactly one state (by name, demonym or city), an official whose state the text gives nowhere acts for it.
     */
    private void headlineState(DocumentReading r) {
        Set<String> named = new java.util.LinkedHashSet<>();
        for (Sentence s : r.sentences) {
            String text = s.text().strip();
            boolean body = text.endsWith(".") || text.endsWith("!") || text.endsWith("?");
            List<Mention> ms = r.mentions(s.index());
            List<Token> t = s.tokens();
            for (Mention m : ms) {
                String st = m.kind() == Kind.STATE ? m.stateIri() : m.kind() == Kind.PLACE && m.entity() != null ? m.entity().inState() : null;
                if (st == null) continue;
                // In the body only the dateline counts: a place opening the first sentence, closed by a dash or a colon or alone.
                boolean dateline = m.start() == 0 && (m.end() >= t.size() - 1 || DATELINE_ENDS.contains(t.get(m.end()).text()));
                if (!body || dateline) named.add(st);
            }
            if (body) break;
        }
        if (named.isEmpty()) return;
        if (named.size() == 1) {
            // "Haïti : trois ambassadeurs présentent leurs lettres de créance": an ambassador of another state, posted
            // where the text does not say, is posted to the headline's state
            String host = named.iterator().next();
            for (PersonFinding p : r.persons) {
                if (!"PostedDiplomat".equals(p.rank) || !p.accreditedTo.isEmpty() || p.represents.isEmpty()) continue;
                if (p.represents.stream().anyMatch(e -> e.value().equals(host))) continue;
                p.accreditedTo.add(new Evidenced<>(host, p.sentences.get(0)));
            }
        }
        // "Vietnam, Benin ministers hold talks": of the states the headline names, the one no official of the text acts for
        Set<String> open = new java.util.LinkedHashSet<>(named);
        if (named.size() > 1) for (PersonFinding p : r.persons) for (Evidenced<String> e : p.represents) open.remove(e.value());
        if (open.size() != 1) return;
        String state = open.iterator().next();
        // the same person named again with a title ("Minister X" after "his Beninese counterpart X"): the state the text gave them wins
        Set<String> placed = new java.util.HashSet<>();
        for (PersonFinding p : r.persons) if (!p.represents.isEmpty()) placed.addAll(p.names);
        for (PersonFinding p : r.persons) {
            if (p.represents.isEmpty() && p.names.stream().anyMatch(placed::contains)) continue;
            // a guest does not act for the headline's state, unless it is the only one left once every other side is known
            if (p.visitor && named.size() == 1) continue;
            // a body's officer ("Executive Secretary of …") is not one side of a headline's pair of states
            if (named.size() > 1 && (p.rank == null || "Official".equals(p.rank))) continue;
            if (p.represents.isEmpty() && !p.titles.isEmpty()) p.represents.add(new Evidenced<>(state, p.sentences.get(0)));
        }
    }

    private static boolean near(List<Token> tokens, Set<String> words, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(tokens.size(), to); i++) if (words.contains(tokens.get(i).norm())) return true;
        return false;
    }

    /**
     * "Mr Blinken and S. Jaishankar also discussed …": once a document has named an official with a
     * title, later mentions of the same surname (with a matching initial, if any) are that official.
     */
    private void laterMentions(DocumentReading r) {
        if (r.persons.isEmpty()) return;
        // Each person's fullest name and folded surname, worked out again only when a mention adds a name.
        Map<PersonFinding, String[]> fullest = new IdentityHashMap<>();
        for (Sentence s : r.sentences) {
            List<Token> tokens = s.tokens();
            boolean[] taken = new boolean[tokens.size()];
            for (Mention m : r.mentions(s.index())) for (int i = m.start(); i < m.end(); i++) taken[i] = true;
            for (NameSpan n : NameSpan.find(tokens, taken, words)) {
                String surface = NameSpan.display(s.surface(r.document.text(), n.start(), n.end()));
                String surname = org.chancery.text.Folding.fold(tokens.get(n.end() - 1).text());
                char initial = Character.toLowerCase(tokens.get(n.start()).text().charAt(0));
                PersonFinding match = null;
                for (PersonFinding p : r.persons) {
                    if (p.names.contains(surface)) { match = null; break; }
                    String[] known = fullest.computeIfAbsent(p, OfficialStage::fullestAndSurname);
                    String full = known[0];
                    if (!known[1].equals(surname)) continue;
                    if (n.parts() > 1 && Character.toLowerCase(full.charAt(0)) != initial) continue;
                    if (n.parts() > 1 && !sameGivenName(full, tokens.get(n.start()).text())) continue; // "Kofi" is not "Kwame"
                    if (match != null && match != p) { match = null; break; } // two people of that name: leave it
                    match = p;
                }
                if (match != null) {
                    fullest.remove(match);
                    match.names.add(surface);
                    match.sentences.add(s.index());
                }
            }
        }
    }

    /** The first given name of a full name against a mention's: one an initial or a short form of the other. */
    private static boolean sameGivenName(String full, String given) {
        String a = org.chancery.text.Folding.fold(full.split("[\\s-]+")[0]).replace(".", "");
        String b = org.chancery.text.Folding.fold(given).replace(".", "");
        return a.length() <= 1 || b.length() <= 1 || a.startsWith(b) || b.startsWith(a);
    }

    private static String[] fullestAndSurname(PersonFinding p) {
        String full = p.fullestName();
        String[] words = full.split("[\\s]+");
        return new String[] {full, org.chancery.text.Folding.fold(words[words.length - 1])};
    }

    /** "Ana Ruiz, qui représentait le Chili", "Ana Ruiz represented Chile": the state right after such a verb, near the name. */
    private String representedAfter(List<Token> tokens, List<Mention> ms, int nameEnd) {
        for (int i = nameEnd; i < Math.min(tokens.size(), nameEnd + 5); i++) {
            Token t = tokens.get(i);
            if (HARD_STOPS.contains(t.text()) || t.text().equals(".")) return null;
            if (!represented.contains(t.norm())) continue;
            int k = i + 1;
            while (k < tokens.size() && articles.contains(tokens.get(k).norm())) k++;
            for (Mention m : ms) if (m.start() == k && m.stateIri() != null) return m.stateIri();
            return null;
        }
        return null;
    }

    /** "President Magufuli": the state whose office the person held, by the office holders the mappings know (at the document's date). */
    private String heldOffice(String name, DocumentReading r) {
                String iso = org.chancery.mapping.OfficeHolders.shared().stateOf(name, r.document.date());
        if (iso == null) return null;
        String iri = org.chancery.graph.Dip.iri("state", iso);
        return mappings.entity(iri) != null ? iri : null;
    }

    /** Where a name's form of address starts ("M. David Martinon", "S.E. l'honorable …"), or the name's start. */
    int lead(List<Mention> ms, List<Token> tokens, int nameStart) {
        int lead = nameStart;
        boolean moved = true;
        while (moved && lead > 0) {
            moved = false;
            Token before = tokens.get(lead - 1);
            int end = before.text().equals(".") ? lead - 1 : lead; // the dot of "M."
            for (Mention m : ms) {
                if (m.isCue("Honorific") && m.end() == end && m.start() < end) {
                    lead = m.start();
                    moved = true;
                }
            }
            // "l'honorable", "the Honourable": the article belongs to the form of address
            if (moved && lead > 0 && articles.contains(tokens.get(lead - 1).norm())) lead--;
        }
        return lead;
    }

    /** "President Kenyatta", "président de la République du Kenya U. Kenyatta": the nearest role just before. */
    private int[] directTitle(List<Token> tokens, List<Mention> allMentions, List<Mention> roles, boolean[] used, NameSpan name, int boundary) {
        // "… for External Affairs", "… pour les Affaires étrangères": capitalised words after a preposition finish a title.
        if (name.lead() > 0 && prepositions.contains(tokens.get(name.lead() - 1).norm())) return null;
        int best = -1;
        for (int k = 0; k < roles.size(); k++) {
            Mention role = roles.get(k);
            if (role.end() > name.lead() || role.start() < boundary) continue;
            int gap = name.lead() - role.end();
            // "Director-General of the Department of … of the Chinese Foreign Ministry X": a long title before the name holds
            // only capitalised words and the small words of titles
            if ((gap > 8 && (gap > 14 || lowerWords(tokens, role.end(), name.lead()) > 0)) || (gap > 0 && name.parts() < 2)) continue;
            if (!cleanGap(tokens, role.end(), name.lead())) continue;
            if (best < 0 || role.end() > roles.get(best).end() || (role.end() == roles.get(best).end() && role.start() < roles.get(best).start())) best = k;
        }
        if (best < 0) return null;
        used[best] = true;
        int start = roles.get(best).start();
        // "Deputy Minister of the Interior", "vice-ministre des Relations extérieures": a role overlapping the chosen one's head
        for (Mention m : roles) if (m.start() < start && m.end() > start && m.start() >= boundary) start = m.start();
        // "External Affairs Minister S. Jaishankar", "Trade Commissioner X": capitalised words of the portfolio before the head
        int from = start;
        while (from > 0 && start - from < 3 && (from == 1 || !tokens.get(from - 2).text().equals("'")) && modifierOfTitle(tokens, roles, from - 1)
                && !namesSomething(allMentions, from - 1)) from--;
        // a known place or state just before them ends a phrase of its own: "in Samarkand Acting Foreign Minister X"
        if (from < start && (from == 0 || !tokens.get(from - 1).isCapitalized() || namesSomething(allMentions, from - 1))) start = from;
        return new int[] {start, name.lead()};
    }

    /** A capitalised word of a portfolio, neither a known name (state, body, role) nor a function word. */
    private boolean modifierOfTitle(List<Token> tokens, List<Mention> roles, int i) {
        Token t = tokens.get(i);
        if (!t.isWord() || !t.isCapitalized() || t.isAllCaps() || !NameSpan.couldBeName(t, words)) return false;
        for (Mention m : roles) if (m.start() <= i && i < m.end()) return false;
        return true;
    }

    private boolean cleanGap(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (!t.isWord() && !t.isElision() && !t.text().equals("-")) return false;
        }
        return lowerWords(tokens, from, to) <= 2;
    }

    /** Lower-case words that neither continue a title ("of", "de") nor are articles. */
    private int lowerWords(List<Token> tokens, int from, int to) {
        int lower = 0;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.isWord() && !t.isCapitalized() && !continuesTitle.contains(t.norm()) && !articles.contains(t.norm())) lower++;
        }
        return lower;
    }

    /** "the Deputy Minister of Foreign Affairs of Norway, Ingrid Halvorsen": the earliest free role since the last name. */
    private int[] commaTitle(List<Token> tokens, List<Mention> ms, List<Mention> roles, boolean[] used, NameSpan name, int boundary) {
        if (name.lead() == 0 || !tokens.get(name.lead() - 1).text().equals(",")) return null;
        boolean closed = true;
        if (name.end() < tokens.size()) {
            String after = tokens.get(name.end()).norm();
            closed = after.equals(",") || after.equals(".") || after.equals("et") || after.equals("and") || after.equals(")");
        }
        // "Oman's Foreign Minister, Sayyid Badr Albusaidi met …": a title that opens the sentence is the subject's
        if (!closed && !opensSentence(tokens, ms, roles, name.lead() - 1)) return null;
        for (int k = 0; k < roles.size(); k++) {
            Mention role = roles.get(k);
            if (used[k] || role.start() < boundary || role.end() > name.lead() - 1) continue;
            if (name.lead() - role.end() > 25) continue;
            // "le président gabonais a reçu … deux chefs d'État, X et Y": the names are the plural title's (pluralTitles)
            if (pluralHeadAfterClause(tokens, role.end(), name.lead() - 1)) continue;
            boolean ok = true;
            for (int i = role.end(); i < name.lead() - 1; i++) {
                // "président en exercice de l'Union africaine (UA), X": an acronym in brackets stays in the title
                if (tokens.get(i).text().equals("(") && i + 2 < name.lead() && tokens.get(i + 1).isAllCaps()
                        && tokens.get(i + 2).text().equals(")")) {
                    i += 2;
                    continue;
                }
                if (HARD_STOPS.contains(tokens.get(i).text())) ok = false;
            }
            if (!ok) continue;
            // "le ministre togolais … a reçu son homologue béninois, Aurélien Dossa": a later role with its own
            // determiner opens the noun phrase the name is in apposition to.
            for (int j = k + 1; j < roles.size(); j++) {
                Mention later = roles.get(j);
                if (used[j] || later.start() < role.end() || later.end() > name.lead() - 1 || later.start() == 0) continue;
                String before = tokens.get(later.start() - 1).norm();
                // "… signed by Guyana's Minister of Foreign Affairs, X": an owner's genitive opens it too
                boolean owner = later.start() >= 3 && isGenitive(tokens, later.start() - 2);
                if (articles.contains(before) || possessives.contains(before) || owner) {
                    k = j;
                    role = later;
                }
            }
            used[k] = true;
            return new int[] {role.start(), name.lead() - 1};
        }
        return null;
    }

    /** A plural role head between two tokens with words outside any title before it ("a reçu … deux chefs"), not "du Conseil des ministres". */
    private boolean pluralHeadAfterClause(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) if (pluralRoles.contains(tokens.get(i).norm()) && lowerWords(tokens, from, i) > 1) return true;
        return false;
    }

    /** Whether the only role before {@code comma} opens the sentence, after at most an article and an owner's genitive. */
    private boolean opensSentence(List<Token> tokens, List<Mention> ms, List<Mention> roles, int comma) {
        Mention first = null;
        for (Mention m : roles) if (m.end() <= comma && (first == null || m.start() < first.start())) first = m;
        if (first == null) return false;
        for (Mention m : roles) if (m != first && m.end() <= comma && m.start() >= first.end()) return false;
        int i = introduction(tokens, ms, first.start());
        if (i < first.start() && articles.contains(tokens.get(i).norm())) i++;
        // "Oman's", "Japan's": one or two words and the genitive
        for (int k = i; k < Math.min(first.start(), i + 3); k++) {
            if (isGenitive(tokens, k) && k + 2 == first.start()) return titleWordsOnly(tokens, ms, first.end(), comma);
        }
        if (first.start() > i + 1) return false;
        if (first.start() == i + 1 && !tokens.get(i).isCapitalized()) return false;
        return titleWordsOnly(tokens, ms, first.end(), comma);
    }

    /**
     * "De son côté, la ministre …", "On Monday, the Foreign Minister …": where a short introductory phrase closed by a
     * comma, naming nothing, opens the sentence, the clause after it starts there; else at 0.
     */
    private static int introduction(List<Token> tokens, List<Mention> ms, int before) {
        int comma = -1;
        for (int k = 0; k < Math.min(before, 6); k++) if (tokens.get(k).text().equals(",")) { comma = k; break; }
        if (comma < 1) return 0;
        for (Mention m : ms) if (m.start() < comma && m.kind() != Kind.CUE) return 0;
        for (int k = 0; k < comma; k++) if (!tokens.get(k).isWord() || k > 0 && tokens.get(k).isCapitalized()) return 0;
        return comma + 1;
    }

    /** Nothing but the words of a title: capitalised words, title links, portfolios, states and demonyms ("… said on Monday" is not). */
    private boolean titleWordsOnly(List<Token> tokens, List<Mention> ms, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (HARD_STOPS.contains(t.text())) return false;
            if (!t.isWord() || t.isCapitalized() || continuesTitle.contains(t.norm()) || articles.contains(t.norm())) continue;
            final int at = k;
            if (ms.stream().noneMatch(m -> m.start() <= at && at < m.end() && (m.stateIri() != null || m.isCue("PortfolioWord")))) return false;
        }
        return true;
    }

    /** "Claire Vasseur, ministre déléguée chargée du Commerce extérieur …": a role right after the name. */
    private int[] appositionTitle(List<Token> tokens, List<Mention> roles, NameSpan name, int nextName) {
        int i = name.end();
        if (i >= tokens.size() || !tokens.get(i).text().equals(",")) return null;
        i++;
        if (i < tokens.size() && timeAdverbs.contains(tokens.get(i).norm())) i++; // "alors commissaire européenne"
        if (i < tokens.size() && articles.contains(tokens.get(i).norm())) i++;
        // "Russia's deputy permanent representative": the owner's genitive before the role.
        if (i + 2 < tokens.size() && isGenitive(tokens, i + 1)) i += 3;
        Mention role = null;
        int start = i;
        for (Mention m : roles) {
            if (m.start() == i && (role == null || m.end() > role.end())) role = m;
        }
        if (role == null) {
            for (Mention m : roles) {
                // "US Under Secretary", "Executive Secretary": a capitalised modifier before the role.
                if (m.start() == i + 1 && i < tokens.size() && tokens.get(i).isCapitalized()) {
                    role = m;
                    start = i;
                }
            }
        }
        if (role == null) {
            // "the Foreign Affairs deputy permanent secretary": the portfolio's capitalised words before the role
            int j = i;
            while (j < tokens.size() && j - i < 3 && modifierOfTitle(tokens, roles, j)) j++;
            for (Mention m : roles) if (j > i + 1 && m.start() == j && (role == null || m.end() > role.end())) role = m;
            if (role != null) start = i;
        }
        if (role == null) {
            // "a Fijian diplomat who serves as the … Special Envoy": the role after "as" is the title.
            Mention first = null;
            for (Mention m : roles) if (m.start() >= i && m.start() <= i + 3 && (first == null || m.start() < first.start())) first = m;
            if (first == null) return null;
            int as = -1;
            for (int k = first.end(); k < Math.min(tokens.size(), first.end() + 4); k++) {
                if (asOffice.contains(tokens.get(k).norm())) as = k;
            }
            if (as < 0) return null;
            for (Mention m : roles) if (m.start() > as && m.start() - as <= 6 && (role == null || m.start() < role.start())) role = m;
            if (role == null) return null;
            start = role.start();
        }
        if (start == role.start() && start > 0 && tokens.get(start - 1).isCapitalized() && start - 1 > name.end()) start--;
        int end = titleEnd(tokens, role.end(), nextName);
        // "a Fijian diplomat who serves as the UN Secretary-General's Special Envoy for the Ocean": the office after "as".
        if (end < tokens.size() && clauseWords.contains(tokens.get(end).norm())) {
            for (int k = end + 1; k < Math.min(tokens.size(), end + 4); k++) {
                if (!asOffice.contains(tokens.get(k).norm())) continue;
                Mention office = null;
                for (Mention m : roles) if (m.start() > k && m.start() - k <= 7 && (office == null || m.start() < office.start())) office = m;
                if (office != null) return new int[] {office.start(), titleEnd(tokens, office.end(), nextName)};
            }
        }
        return new int[] {start, end};
    }

    /** Where a title that starts with a role head ends: at the clause, the next person, or a comma that opens something else. */
    private int titleEnd(List<Token> tokens, int from, int nextName) {
        int end = from;
        while (end < tokens.size() && end < nextName) {
            Token t = tokens.get(end);
            if (HARD_STOPS.contains(t.text())) break;
            if (t.text().equals(".") && end == tokens.size() - 1) break;
            if (clauseWords.contains(t.norm())) break;
            if (t.text().equals(",")) {
                if (end + 1 >= tokens.size()) break;
                Token next = tokens.get(end + 1);
                // ", a appelé …" (a verb, not "à"), ", et par …", ", and the …": the title is over.
                if (next.text().equals("a")) break;
                if (end + 2 < tokens.size() && adverbial.contains(next.norm() + " " + tokens.get(end + 2).norm())) break;
                if ((next.norm().equals("et") || next.norm().equals("and")) && end + 2 < tokens.size()
                        && !tokens.get(end + 2).isCapitalized() && !continuesTitle.contains(tokens.get(end + 2).norm())) break;
                if ((next.norm().equals("et") || next.norm().equals("and")) && clauseAhead(tokens, end + 2)) break;
                boolean list = next.isCapitalized() && end + 2 < tokens.size()
                        && (tokens.get(end + 2).text().equals(",") || tokens.get(end + 2).norm().equals("and") || tokens.get(end + 2).norm().equals("et"));
                if (!continuesTitle.contains(next.norm()) && !list) break;
            }
            end++;
        }
        return end;
    }

    /** A verb within the few words after {@code from}, before any comma: ", and Togo was represented by …" opens a clause. */
    private boolean clauseAhead(List<Token> tokens, int from) {
        for (int k = from; k < Math.min(tokens.size(), from + 6); k++) {
            Token t = tokens.get(k);
            if (t.text().equals(",") || HARD_STOPS.contains(t.text())) return false;
            if (clauseVerbs.contains(t.norm()) && t.text().equals(t.text().toLowerCase(java.util.Locale.ROOT))) return true;
        }
        return false;
    }

    /**
     * Whom the people of a sentence act for, from the sentence around them rather than their titles:
     * <ul>
     * <li>"L'Union africaine était représentée par X, Y", "Cabo Verde was represented by X, … and Senegal was
     * represented by Y": each one named after the participle, up to the next such clause, acts for its subject (also
     * when their title names another state: a president may represent a union);</li>
     * <li>"Le président haïtien était accompagné de X, …", "The Ivorian minister was accompanied by X": those named
     * after it whom nothing else attributes act for the state of the one they accompany (the only state named before);</li>
     * <li>"Du côté cubain, …", "On the Ghanaian side, …": those named in a sentence opened by a side act for it.</li>
     * </ul>
     */
    private void sides(DocumentReading r, Sentence s, List<Mention> ms, List<Token> tokens) {
        List<Placed> placed = r.placedPersons.get(s.index());
        if (placed == null || placed.isEmpty()) return;
        // passive "represented by": the subjects and where each clause starts
        List<int[]> clauses = new ArrayList<>(); // {agent end, subject mention index}
        List<String> subjects = new ArrayList<>();
        for (int i = 1; i + 1 < tokens.size(); i++) {
            if (!representedBy.contains(tokens.get(i).norm()) || !agentWords.contains(tokens.get(i + 1).norm())) continue;
            String subject = null;
            int k = i - 1;
            while (k >= 0 && k >= i - 3 && tokens.get(k).isWord() && clauseVerbs.contains(tokens.get(k).norm())) k--;
            for (Mention m : ms) {
                if (m.end() != k + 1) continue;
                if (m.stateIri() != null && m.kind() == Kind.STATE) subject = m.stateIri();
                else if (m.kind() == Kind.INSTITUTION && m.entity() != null && subject == null) subject = m.entity().iri();
            }
            if (subject == null || k == i - 1) continue; // "X represented by …" without its verb is not a clause
            clauses.add(new int[] {i + 2, subjects.size()});
            subjects.add(subject);
        }
        for (int c = 0; c < clauses.size(); c++) {
            int from = clauses.get(c)[0];
            int to = c + 1 < clauses.size() ? clauses.get(c + 1)[0] : tokens.size();
            String subject = subjects.get(clauses.get(c)[1]);
            for (Placed pl : placed) {
                if (pl.nameStart() < from || pl.nameStart() >= to) continue;
                PersonFinding p = pl.person();
                // a state that is another clause's subject was read into this one's title
                p.represents.removeIf(e -> e.sentence() == s.index() && subjects.contains(e.value()) && !e.value().equals(subject));
                if (p.represents.stream().noneMatch(e -> e.value().equals(subject))) p.represents.add(new Evidenced<>(subject, s.index()));
            }
        }
        // "accompagné de", "accompanied by"
        for (int i = 1; i + 1 < tokens.size(); i++) {
            if (!accompanied.contains(tokens.get(i).norm()) || !accompaniedLinks.contains(tokens.get(i + 1).norm())) continue;
            // the one named before, else the only state the words before name ("Le président haïtien était accompagné de")
            Set<String> before = new java.util.HashSet<>();
            boolean named = false;
            for (Placed pl : placed) {
                if (pl.nameStart() >= i) continue;
                named = true;
                for (Evidenced<String> e : pl.person().represents) before.add(e.value());
            }
            String principal = before.size() == 1 ? before.iterator().next() : named ? null : soleState(ms, 0, i);
            if (principal == null) continue;
            for (Placed pl : placed) {
                if (pl.nameStart() > i && pl.person().represents.isEmpty()) pl.person().represents.add(new Evidenced<>(principal, s.index()));
            }
            break;
        }
        // "Du côté cubain,", "On the Ghanaian side,": the side opens the sentence and a comma closes it
        int comma = -1;
        for (int i = 0; i < Math.min(tokens.size(), 6); i++) if (tokens.get(i).text().equals(",")) { comma = i; break; }
        if (comma < 0) return;
        boolean side = false;
        for (int i = 0; i < comma; i++) if (sideWords.contains(tokens.get(i).norm())) side = true;
        if (!side) return;
        String state = soleState(ms, 0, comma);
        if (state == null) return;
        for (Placed pl : placed) {
            if (pl.nameStart() > comma && pl.person().represents.isEmpty()) pl.person().represents.add(new Evidenced<>(state, s.index()));
        }
    }

    /** The one state named (by name or demonym) between two tokens, or null if none or several. */
    private static String soleState(List<Mention> ms, int from, int to) {
        String found = null;
        for (Mention m : ms) {
            if (m.start() < from || m.end() > to || m.stateIri() == null) continue;
            if (m.kind() != Kind.STATE && m.kind() != Kind.DEMONYM) continue;
            if (found != null && !found.equals(m.stateIri())) return null;
            found = m.stateIri();
        }
        return found;
    }

    /** "Gabriel Boric became president", "a été nommée ministre de …": the role the person took. */
    private int[] becameTitle(List<Token> tokens, List<Mention> roles, NameSpan name, int nextName) {
        int i = name.end();
        int words = 0;
        while (i < tokens.size() && words < 3 && tokens.get(i).isWord() && becameVerbs.contains(tokens.get(i).norm())) {
            i++;
            words++;
        }
        if (words == 0) return null;
        if (i < tokens.size() && articles.contains(tokens.get(i).norm())) i++;
        for (Mention m : roles) if (m.start() == i) return new int[] {m.start(), titleEnd(tokens, m.end(), nextName)};
        return null;
    }

    private static String onlyState(List<Mention> ms) {
        String found = null;
        for (Mention m : ms) {
            if (m.kind() != Kind.STATE) continue;
            if (found != null && !found.equals(m.stateIri())) return null;
            found = m.stateIri();
        }
        return found;
    }

    private boolean afterPreposition(List<Token> tokens, NameSpan n) {
        if (n.lead() == 0) return false;
        Token before = tokens.get(n.lead() - 1);
        return prepositions.contains(before.norm()) || before.isElision();
    }

    /** A name that continues a role title just before it ("Minister of External Affairs"). */
    private static boolean insideTitle(List<Mention> roles, NameSpan n) {
        for (Mention r : roles) if (r.end() <= n.lead() && n.lead() - r.end() <= 2) return true;
        return false;
    }

    /**
     * "le Danemark, par son envoyé spécial pour le Sahel, Lars Henriksen": a possessive before the
     * role points back to the nearest state (or institution) named earlier in the sentence.
     */
    private String possessor(List<Token> tokens, List<Mention> ms, int roleStart) {
        int i = roleStart - 1;
        if (i < 0 || !possessives.contains(tokens.get(i).norm())) return null;
        Mention nearest = null;
        for (Mention m : ms) {
            if (m.end() > i) continue;
            if (m.stateIri() == null && m.kind() != Kind.INSTITUTION) continue;
            if (nearest == null || m.end() > nearest.end()) nearest = m;
        }
        if (nearest == null) return null;
        return nearest.stateIri() != null ? nearest.stateIri() : nearest.entity().iri();
    }

    private static boolean afterAuthorCue(List<Mention> ms, NameSpan name) {
        for (Mention m : ms) {
            if (m.isCue("NotOfficialCue") && m.end() <= name.lead() && name.lead() - m.end() <= 3) return true;
        }
        return false;
    }

    /**
     * "Secretary-General of the Organization of American States", "président en exercice de l'Union africaine": a title
     * headed by an office of map:MembershipOffice names the body its holder is a member of (never a ministry).
     */
    private String bodyOfOffice(List<Mention> ms, List<Mention> roles, int[] title) {
        for (Mention office : roles) {
            if (office.start() < title[0] || office.end() > title[1]) continue;
            if (!membershipOffices.contains(org.chancery.text.Folding.fold(office.surface()).replace('-', ' '))) continue;
            Mention body = null;
            for (Mention m : ms) {
                if (m.kind() != Kind.INSTITUTION || m.entity() == null || m.start() < office.end() || m.end() > title[1]) continue;
                if (body == null || m.start() < body.start()) body = m;
            }
            // the first body after the office, if nothing but its own words come between ("… of the", "de l'")
            if (body != null && body.entity().ministryOf() == null && body.start() - office.end() <= 3) return body.entity().iri();
        }
        return null;
    }

    /** The role of a diplomat posted abroad (map:PostedDiplomat) that heads the title, if it is one. */
    private static Mention postedRole(List<Mention> roles, int[] title) {
        Mention head = headRole(roles, title);
        return head != null && head.entity() != null && "PostedDiplomat".equals(head.entity().rank()) ? head : null;
    }

    /** The role that heads a title: the first, and the longest of those starting there. */
    private static Mention headRole(List<Mention> roles, int[] title) {
        Mention head = null;
        for (Mention m : roles) {
            if (m.start() < title[0] - 1 || m.end() > title[1]) continue;
            if (head == null || m.start() < head.start() || (m.start() == head.start() && m.end() > head.end())) head = m;
        }
        return head;
    }

    private static boolean counterpart(List<Mention> roles, int[] title) {
        for (Mention m : roles) {
            if (m.start() == title[0] && m.entity() != null && "Counterpart".equals(m.entity().rank())) return true;
        }
        return false;
    }

    /**
     * The state (or body) a posted diplomat represents and the one they are accredited to, read from the title:
     * a state or body after "to", "en", "au", "auprès de" is where they are posted; the first other one, or a
     * demonym or genitive before the role, is whom they represent.
     */
    private String[] posting(List<Token> tokens, List<Mention> ms, Mention role, int[] title) {
        String sent = null, postedTo = null;
        for (Mention m : ms) {
            if (m.start() < title[0] - 1 || m.end() > title[1] || m == role) continue;
            String iri = m.stateIri() != null ? m.stateIri() : m.kind() == Kind.INSTITUTION ? m.entity().iri() : null;
            if (iri == null) continue;
            int k = m.start() - 1;
            while (k >= 0 && (isArticle(tokens.get(k)) || prepositions.contains(tokens.get(k).norm())
                    && !postingWords.contains(tokens.get(k).norm()))) {
                k--;
            }
            boolean owner = m.end() + 1 < tokens.size() && isGenitive(tokens, m.end()); // "at Japan's Ministry": whose, not where
            // the role's own label may hold the place ("permanent representative to the United Nations")
            boolean to = !owner && k > role.start() && postingWords.contains(tokens.get(k).norm());
            if (to) {
                if (postedTo == null) postedTo = iri;
            } else if (sent == null && (m.stateIri() != null || m.start() >= role.end())) {
                sent = iri;
            }
        }
        return new String[] {sent, postedTo};
    }

    /** An article, but not "à", which folds to the English article "a" ("ambassadeur à Cuba"). */
    private boolean isArticle(Token t) {
        return articles.contains(t.norm()) && t.text().equalsIgnoreCase(t.norm());
    }

    /** "to", "au", "en", "à" before a state: where a diplomat is posted. */
    private boolean isPostingWord(Token t) {
        return postingWords.contains(t.norm()) && !isArticle(t);
    }

    /** The first state (or demonym) named in the title, or the one just before the role ("US Under Secretary"). */
    private static String representedIn(List<Mention> ms, int from, int to) {
        String institution = null;
        for (Mention m : ms) {
            // "Sri Lankan President …": a demonym of two words ends just before the role
            boolean before = m.end() == from + 1 && m.start() < from && m.stateIri() != null;
            if ((m.start() < from && !before) || m.end() > to) continue;
            if (m.stateIri() != null) return m.stateIri();
            if (m.kind() == Kind.INSTITUTION && institution == null) institution = m.entity().iri();
        }
        return institution;
    }

    /** "la délégation kazakhe", "the US delegation", "la partie américaine": the one delegation a sentence names. */
    private static String delegationState(List<Mention> ms, List<Token> tokens) {
        String found = null;
        for (Mention d : ms) {
            if (!d.isCue("DelegationWord")) continue;
            for (Mention m : ms) {
                if (m.stateIri() == null) continue;
                boolean near = (m.start() >= d.end() && m.start() - d.end() <= 1) || (d.start() >= m.end() && d.start() - m.end() <= 1);
                if (!near) continue;
                if (found != null && !found.equals(m.stateIri())) return null;
                found = m.stateIri();
            }
        }
        return found;
    }

    private static String clean(String title) {
        return title.replaceAll("([\\s,]+(and|et))+[\\s,]*$", "").replaceAll("[\\s,]+$", "").replaceAll("^[\\s,]+", "");
    }

    static boolean isGenitive(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && tokens.get(i).text().equals("'") && tokens.get(i + 1).text().equals("s")
                && tokens.get(i).start() == tokens.get(i - 1).end();
    }

    /** "Kenya's President, Uhuru Kenyatta", "Japan's Prime Minister": the state (or body) whose the role is. */
    private static String genitive(List<Token> tokens, List<Mention> ms, int roleStart) {
        if (roleStart < 3 || !isGenitive(tokens, roleStart - 2)) return null;
        for (Mention m : ms) {
            if (m.end() != roleStart - 2) continue;
            if (m.stateIri() != null) return m.stateIri();
            if (m.kind() == Kind.INSTITUTION) return m.entity().iri();
        }
        return null;
    }

    /** "la Russie du président X": a state with its article, then "du", then the title; "en Chine du président X" is a place. */
    private String stateOfLeader(List<Token> tokens, List<Mention> ms, int roleStart) {
        if (roleStart < 2 || !leaderLinks.contains(tokens.get(roleStart - 1).norm())) return null;
        for (Mention m : ms) {
            if (m.end() != roleStart - 1 || m.kind() != Kind.STATE || m.stateIri() == null) continue;
            if (m.start() == 0 || articles.contains(tokens.get(m.start() - 1).norm())) return m.stateIri();
        }
        return null;
    }

    private static boolean afterNameOfThing(List<Mention> ms, NameSpan n) {
        for (Mention m : ms) {
            if (m.end() != n.lead()) continue;
            if (m.isCue("PortfolioWord") || m.kind() == Kind.INSTITUTION) return true;
        }
        return false;
    }
}
