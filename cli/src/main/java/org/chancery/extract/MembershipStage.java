package org.chancery.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chancery.mapping.Kind;
import org.chancery.mapping.KnownEntity;
import org.chancery.mapping.Mappings;

/**
 * States that the document names together with a format or organisation they belong to (by the
 * mappings' member lists): "le C5+1 … des États-Unis" gives the United States as a member of C5+1.
 */
public final class MembershipStage implements Stage {
    private final Mappings mappings;
    /** Word lists of mappings/words.ttl: "member(s)", "non permanent", "of the", "are both", "elected to". */
    private final Set<String> memberWords;
    private final Set<String> seatWords;
    private final Set<String> links;
    private final Set<String> copulas;
    private final Set<String> electedLinks;
    /** Bodies whose votes only members cast, by preferred name; the words of a vote. */
    private final Set<String> votingBodies;
    private final Set<String> voteWords;

    public MembershipStage(Mappings mappings) {
        this.mappings = mappings;
        this.memberWords = mappings.wordSet("MemberWord");
        this.seatWords = mappings.wordSet("SeatWord");
        this.links = mappings.wordSet("MembershipLink");
        this.copulas = mappings.wordSet("MembershipCopula");
        this.electedLinks = mappings.wordSet("ElectedTo");
        this.votingBodies = mappings.wordSet("VotingMemberBody");
        this.voteWords = mappings.wordSet("VoteWord");
        this.roleWords = mappings.wordSet("MemberRoleWord");
        this.gatherVerbs = mappings.wordSet("GatherVerb");
        this.bodyPointers = mappings.wordSet("BodyPointer");
        this.joinVerbs = mappings.wordSet("JoinVerb");
        this.clauseStarts = mappings.wordSet("ClauseConjunction");
        this.adverbs = mappings.wordSet("MemberRoleAdverb");
        java.util.Set<String> lt = new java.util.HashSet<>();
        for (String w : mappings.words("LeadershipTitle")) lt.add(org.chancery.text.Folding.fold(w).replace('-', ' '));
        this.leadershipTitles = Set.copyOf(lt);
        this.appointedWords = mappings.wordSet("AppointedWord");
        this.asWords = mappings.wordSet("MemberAs");
        this.listWords = mappings.wordSet("ListLink");
        this.groupNouns = mappings.wordSet("MemberGroupNoun");
        java.util.List<java.util.List<String>> openers = new java.util.ArrayList<>();
        for (String w : mappings.words("ListOpener")) openers.add(org.chancery.text.Folding.foldedWords(w));
        this.listOpeners = java.util.List.copyOf(openers);
        java.util.List<java.util.List<String>> including = new java.util.ArrayList<>();
        for (String w : mappings.words("MemberIncluding")) including.add(org.chancery.text.Folding.foldedWords(w));
        this.includeWords = java.util.List.copyOf(including);
    }

    /** "pays", "countries": a group of states the sentence counts without naming them ("Cinq pays ont été élus …"). */
    private final Set<String> groupNouns;
    /** "Il s'agit de", "They are": the words opening the next sentence's list of the states a group stood for. */
    private final java.util.List<java.util.List<String>> listOpeners;
    /** "including", "such as", "dont": the words before a list of some members of a body just named. */
    private final java.util.List<java.util.List<String>> includeWords;

    /** Words of a role a member holds in a body ("presidency", "hôte", "includes"), and the words joining a list. */
    private final Set<String> roleWords;
    private final Set<String> listWords;
    private final Set<String> asWords;
    private final Set<String> gatherVerbs;
    private final Set<String> bodyPointers;
    private final Set<String> joinVerbs;
    private final Set<String> clauseStarts;
    private final Set<String> adverbs;
    private final Set<String> leadershipTitles;
    private final Set<String> appointedWords;
    /** How far a role word may stand from the body and the state it ties. */
    private static final int BRIDGE = 4;

    @Override
    public void process(DocumentReading r) {
        bridged(r);
        gathered(r);
        leaders(r);
        asOffice(r);
        stated(r);
        voters(r);
    }

    /**
     * "Algeria, Denmark … voted in favour; Russia, China and Pakistan abstained": where the document reports a
     * resolution of a body whose members alone vote, the states a sentence of the vote names (two or more, not those
     * the resolution is about) are members of it.
     */
    private void voters(DocumentReading r) {
        Set<String> bodies = new java.util.LinkedHashSet<>();
        Set<String> concerned = new java.util.HashSet<>();
        for (ResolutionFinding res : r.resolutions) {
            if (res.body == null) continue;
            KnownEntity b = mappings.entity(res.body.value());
            if (b == null || b.prefLabels().values().stream().noneMatch(l -> votingBodies.contains(org.chancery.text.Folding.fold(l)))) continue;
            bodies.add(b.iri());
            concerned.addAll(res.concerns);
        }
        if (bodies.isEmpty()) return;
        for (Sentence s : r.sentences) {
            if (s.tokens().stream().noneMatch(t -> voteWords.contains(t.norm()))) continue;
            Set<String> states = new java.util.LinkedHashSet<>();
            for (Mention m : r.mentions(s.index())) {
                if (m.kind() == Kind.STATE && m.stateIri() != null && !concerned.contains(m.stateIri())) states.add(m.stateIri());
            }
            if (states.size() < 2 || siblingNamed(r, s, bodies)) continue;
            for (String body : bodies) for (String st : states) r.memberships.add(new Evidenced<>(new String[] {st, body}, s.index()));
        }
    }

    /**
     * A state tied to a body by a word of the role a member holds in it, next to both: "Brazil's presidency of
     * Mercosur", "l'Italie, l'hôte du G7", "la présidence du G7 du Canada", "Mercosur also includes Uruguay and
     * Paraguay", "India assumed the Vice Chair of IORA". A state named elsewhere in the document, or in the same
     * sentence beside another body, is no member by this (the G20 of "au G20 … l'hôte du G7"); where the mappings
     * list a body's members, only those.
     */
    private void bridged(DocumentReading r) {
        List<KnownEntity> bodies = new java.util.ArrayList<>();
        for (Sentence s : r.sentences) {
            List<org.chancery.text.Token> t = s.tokens();
            List<Mention> ms = r.mentions(s.index());
            for (int i = 0; i < t.size(); i++) {
                for (Mention m : ms) if (m.kind() == Kind.INSTITUTION && m.end() == i && m.entity().ministryOf() == null) bodies.add(m.entity());
                if (joinVerbs.contains(t.get(i).norm())) {
                    joined(r, s, t, ms, i, bodies);
                    continue;
                }
                if (!roleWords.contains(t.get(i).norm())) continue;
                // "The community also includes Zambia and Malawi": the body named last, pointed back to
                KnownEntity lastBody = pointedBack(t, i) ? antecedent(bodies, t.get(i - 1).norm().equals("also") || adverbs.contains(t.get(i - 1).norm()) ? t.get(i - 2).norm() : t.get(i - 1).norm()) : null;
                if (lastBody != null) {
                    for (String st : listFrom(t, ms, i + 1)) {
                        if (!lastBody.members().isEmpty() && !lastBody.members().contains(st)) continue;
                        r.memberships.add(new Evidenced<>(new String[] {st, lastBody.iri()}, s.index()));
                    }
                    continue;
                }
                Mention inst = null;
                // the body after the word ("presidency of Mercosur", "Vice Chair position of IORA") or just before it ("Mercosur also includes")
                for (Mention m : ms) {
                    if (m.kind() != Kind.INSTITUTION) continue;
                    if ((m.start() > i && m.start() - i <= BRIDGE && plain(t, ms, i + 1, m.start()))
                            || (m.end() <= i && i - m.end() <= 1)) {
                        inst = m;
                        break;
                    }
                }
                if (inst == null) continue;
                KnownEntity body = inst.entity();
                Set<String> states = new java.util.LinkedHashSet<>();
                int left = Math.min(i, inst.start()), right = Math.max(i + 1, inst.end());
                for (Mention m : ms) {
                    if (m.stateIri() == null) continue;
                    boolean before = m.end() <= left && left - m.end() <= BRIDGE && plain(t, ms, m.end(), left);
                    boolean after = m.start() >= right && m.start() - right <= 2 && plain(t, ms, right, m.start());
                    if (before || after) states.add(m.stateIri());
                }
                // a list after the word: "includes Uruguay and Paraguay", "comprend le Mali, le Niger et …"
                if (inst.end() <= i) states.addAll(listFrom(t, ms, i + 1));
                for (String st : states) {
                    if (!body.members().isEmpty() && !body.members().contains(st)) continue;
                    r.memberships.add(new Evidenced<>(new String[] {st, body.iri()}, s.index()));
                }
            }
        }
    }

    /**
     * A body and the states it brings together: "Le C5+1 se tient chaque année. Ce sommet permet de réunir les
     * ministres des cinq pays d'Asie centrale et des États-Unis", "the summit gathered the leaders of the eight member
     * states: China, India …". The body is named before the verb in the sentence, or in the sentence before; only for
     * bodies whose members the mappings list, and only those members.
     */
    private void gathered(DocumentReading r) {
        KnownEntity previous = null;
        for (Sentence s : r.sentences) {
            List<org.chancery.text.Token> t = s.tokens();
            List<Mention> ms = r.mentions(s.index());
            KnownEntity last = null;
            for (int i = 0; i < t.size(); i++) {
                for (Mention m : ms) if (m.kind() == Kind.INSTITUTION && m.end() == i && !m.entity().members().isEmpty()) last = m.entity();
                if (!gatherVerbs.contains(t.get(i).norm())) continue;
                KnownEntity body = last != null ? last : previous;
                if (body == null) continue;
                for (Mention m : ms) {
                    if (m.start() > i && m.kind() == Kind.STATE && body.members().contains(m.stateIri())) {
                        r.memberships.add(new Evidenced<>(new String[] {m.stateIri(), body.iri()}, s.index()));
                    }
                }
                break;
            }
            KnownEntity named = null;
            for (Mention m : ms) if (m.kind() == Kind.INSTITUTION && !m.entity().members().isEmpty()) named = m.entity();
            previous = named;
        }
    }

    /**
     * An official elected or appointed to chair a body or head its secretariat holds a seat in it: "X was elected
     * Secretary-General of the OAS", "Y, élue secrétaire générale de la Francophonie". The title names the office
     * (words.ttl LeadershipTitle), its sentence tells the choice, and the official acts for the body. A title that names
     * the body right after the office ("the Secretary-General of the OAS, X") is OfficialStage's (MembershipOffice).
     */
    private void leaders(DocumentReading r) {
        for (PersonFinding p : r.persons) {
            boolean leads = false;
            for (Evidenced<String> t : p.titles) {
                String f = " " + org.chancery.text.Folding.fold(t.value()).replace('-', ' ') + " ";
                boolean office = false;
                for (String w : leadershipTitles) if (f.contains(" " + w + " ")) office = true;
                if (office && chosen(r, t.sentence())) leads = true;
            }
            if (!leads) continue;
            for (Evidenced<String> rep : p.represents) {
                KnownEntity b = mappings.entity(rep.value());
                if (b == null) b = r.defined.get(rep.value());
                if (b == null || b.kind() != Kind.INSTITUTION || b.ministryOf() != null) continue;
                if (p.memberOf.stream().noneMatch(x -> x.value().equals(rep.value()))) p.memberOf.add(rep);
            }
        }
    }

    /** How far before "as" the official's name may start, and how many words may stand before the office. */
    private static final int AS_REACH = 8, OFFICE_LEAD = 2;

    /**
     * An official named as holding an office of a body: "elected X as the chair of ECOWAS", "Y, invité en tant que
     * président en exercice de l'Union africaine", "re-elected … Z as assistant secretary-general of the Organization".
     * After "as" (a few words at most before it) stands an office of words.ttl LeadershipTitle, then "of" and the body
     * (or a word pointing back to the body last named whose name holds it); the official is the one named just before.
     */
    private void asOffice(DocumentReading r) {
        List<KnownEntity> named = new java.util.ArrayList<>();
        for (Sentence s : r.sentences) {
            List<org.chancery.text.Token> t = s.tokens();
            List<Mention> ms = r.mentions(s.index());
            List<OfficialStage.Placed> persons = r.placedPersons.getOrDefault(s.index(), List.of());
            for (int a = 0; a < t.size(); a++) {
                for (Mention m : ms) if (m.kind() == Kind.INSTITUTION && m.end() == a && m.entity().ministryOf() == null) named.add(m.entity());
                if (!asWords.contains(t.get(a).norm())) continue;
                int k = a + 1;
                if (k < t.size() && t.get(a).norm().equals("tant") && t.get(k).norm().equals("que")) k++;
                int office = -1;
                for (int lead = 0; lead <= OFFICE_LEAD && office < 0 && k + lead < t.size(); lead++) {
                    if (lead > 0 && (!t.get(k + lead - 1).isWord() || t.get(k + lead - 1).isCapitalized())) break;
                    office = officeEnd(t, k + lead);
                }
                if (office < 0) continue;
                int j = office;
                while (j < t.size() && j - office <= 3 && (links.contains(t.get(j).norm()) || t.get(j).isElision())) j++;
                if (j == office || j >= t.size()) continue;
                KnownEntity body = null;
                for (Mention m : ms) if (m.start() == j && m.kind() == Kind.INSTITUTION && m.entity().ministryOf() == null) body = m.entity();
                if (body == null && bodyPointers.contains(t.get(j).norm()) && !named.isEmpty()) body = antecedent(named, t.get(j).norm());
                if (body == null) continue;
                PersonFinding holder = null;
                int at = -1;
                for (OfficialStage.Placed p : persons) {
                    if (p.nameStart() < a && p.nameStart() > at && a - p.nameStart() <= AS_REACH) {
                        holder = p.person();
                        at = p.nameStart();
                    }
                }
                if (holder == null) continue;
                String iri = body.iri();
                if (holder.memberOf.stream().noneMatch(x -> x.value().equals(iri))) holder.memberOf.add(new Evidenced<>(iri, s.index()));
            }
        }
    }

    /** Where an office of LeadershipTitle ends when it starts at {@code from} (the longest; hyphens pass), or -1. */
    private int officeEnd(List<org.chancery.text.Token> t, int from) {
        int best = -1;
        for (String title : leadershipTitles) {
            String[] words = title.split(" ");
            int k = from, n = 0;
            while (n < words.length && k < t.size()) {
                if (t.get(k).text().equals("-")) {
                    k++;
                    continue;
                }
                if (!t.get(k).norm().equals(words[n])) break;
                n++;
                k++;
            }
            if (n == words.length && k > best) best = k;
        }
        return best;
    }

    /** The sentence tells an election or an appointment: "was elected", "élue", "confirmed as", "nommé". */
    private boolean chosen(DocumentReading r, int sentence) {
        for (Mention m : r.mentions(sentence)) if (m.isCue("ElectedCue")) return true;
        for (Sentence s : r.sentences) {
            if (s.index() != sentence) continue;
            for (org.chancery.text.Token w : s.tokens()) if (appointedWords.contains(w.norm())) return true;
        }
        return false;
    }

    /**
     * Accession: "Sweden joined NATO in 2024", "Brunei, le Cambodge et le Laos ont rejoint l'association": the states
     * named before the verb, back to the start of the clause, are members of the body named (or pointed back to) just
     * after it.
     */
    /**
     * The body a pointer noun stands for: the latest named whose name holds the noun ("l'organisation" for the
     * "Organisation pour la mise en valeur …" rather than the World Bank named since), else the latest named.
     */
    private static KnownEntity antecedent(List<KnownEntity> bodies, String noun) {
        for (int k = bodies.size() - 1; k >= 0; k--) {
            for (String l : bodies.get(k).prefLabels().values()) {
                if ((" " + org.chancery.text.Folding.fold(l) + " ").contains(" " + noun + " ")) return bodies.get(k);
            }
        }
        return bodies.isEmpty() ? null : bodies.get(bodies.size() - 1);
    }

    private void joined(DocumentReading r, Sentence s, List<org.chancery.text.Token> t, List<Mention> ms, int verb, List<KnownEntity> bodies) {
        int k = verb + 1;
        while (k < t.size() && k - verb <= 3 && (links.contains(t.get(k).norm()) || t.get(k).isElision())) k++;
        KnownEntity body = null;
        for (Mention m : ms) if (m.start() == k && m.kind() == Kind.INSTITUTION) body = m.entity();
        if (body == null && k < t.size() && bodyPointers.contains(t.get(k).norm()) && k > verb + 1) body = antecedent(bodies, t.get(k).norm());
        if (body == null || body.ministryOf() != null) return;
        int from = verb - 1;
        while (from > 0) {
            String x = t.get(from - 1).text();
            if (x.equals(";") || x.equals(":") || x.equals("(")) break;
            // "Le Brésil a salué l'accord, puis le Sénégal a rejoint …": a new clause after the comma
            if (x.equals(",") && clauseStarts.contains(t.get(from).norm())) break;
            from--;
        }
        for (Mention m : ms) {
            if (m.kind() != Kind.STATE || m.start() < from || m.end() > verb) continue;
            if (!body.members().isEmpty() && !body.members().contains(m.stateIri())) continue;
            r.memberships.add(new Evidenced<>(new String[] {m.stateIri(), body.iri()}, s.index()));
        }
    }

    /** "the community (also) includes", "l'organisation comprend": a pointer to a body just before the role word. */
    private boolean pointedBack(List<org.chancery.text.Token> t, int i) {
        int k = i - 1;
        if (k >= 0 && adverbs.contains(t.get(k).norm())) k--;
        if (k < 1 || !bodyPointers.contains(t.get(k).norm())) return false;
        String before = t.get(k - 1).norm();
        return before.equals("the") || before.equals("this") || before.equals("la") || before.equals("l'") || before.equals("le")
                || before.equals("cette") || before.equals("ce");
    }

    /** Tokens [from, to) hold no other body or state and no clause break: the bridge is short and plain. */
    private static boolean plain(List<org.chancery.text.Token> t, List<Mention> ms, int from, int to) {
        for (int k = from; k < to; k++) {
            String x = t.get(k).text();
            if (x.equals(";") || x.equals(":") || x.equals("(") || x.equals(")") || x.equals(".")) return false;
            for (Mention m : ms) if (m.start() <= k && k < m.end() && (m.kind() == Kind.INSTITUTION || m.stateIri() != null)) return false;
        }
        return true;
    }

    /** The states of a list that starts at {@code from}: "Uruguay and Paraguay", "le Mali, le Niger et le Tchad". */
    private List<String> listFrom(List<org.chancery.text.Token> t, List<Mention> ms, int from) {
        List<String> out = new java.util.ArrayList<>();
        int k = from;
        while (k < t.size()) {
            Mention st = null;
            for (Mention m : ms) if (m.start() == k && m.stateIri() != null) st = m;
            if (st != null) {
                out.add(st.stateIri());
                k = st.end();
                continue;
            }
            String w = t.get(k).norm();
            if (t.get(k).text().equals(",") || listWords.contains(w) || links.contains(w)) {
                k++;
                continue;
            }
            break;
        }
        return out;
    }

    /**
     * What the text says of membership: "France, a permanent member of the UN Security Council";
     * "India and the United States are both members of the Quad"; "les pays membres de l'OMVS : la
     * Guinée, le Mali …". Only states in those places, not every state of the sentence.
     */
    private void stated(DocumentReading r) {
        for (Sentence s : r.sentences) {
            List<org.chancery.text.Token> t = s.tokens();
            List<Mention> ms = r.mentions(s.index());
            electedTo(r, s, t, ms);
            for (int i = 0; i < t.size(); i++) {
                if (!memberWords.contains(t.get(i).norm())) continue;
                int j = i + 1;
                // "member states of ECOWAS": the group noun after the member word
                if (j < t.size() && groupNouns.contains(t.get(j).norm())) j++;
                // "membre non permanent du Conseil": the French adjective stands between the word and the body.
                while (j < t.size() && j - i <= 6 && (links.contains(t.get(j).norm()) || seatWords.contains(t.get(j).norm()))) j++;
                listAfterColon(r, s, t, ms, i);
                Mention inst = startingAt(ms, j, Kind.INSTITUTION);
                if (inst == null || !links.contains(t.get(j - 1).norm()) && !t.get(j - 1).isElision() && !seatWords.contains(t.get(j - 1).norm())) continue;
                java.util.Set<String> states = new java.util.LinkedHashSet<>();
                // "the member states of ECOWAS, including Ghana and Togo", "les États membres de l'UE, dont la France"
                int after = inst.end();
                if (after < t.size() && t.get(after).text().equals(",")) after++;
                int listStart = includeEnd(t, after);
                if (listStart > 0) {
                    for (String st : listFrom(t, ms, listStart)) {
                        if (inst.entity().members().isEmpty() || inst.entity().members().contains(st)) states.add(st);
                    }
                }
                // apposition: "France, a permanent member of …"
                int k = i - 1;
                while (k >= 0 && i - k <= 4 && t.get(k).isWord() && !t.get(k).isCapitalized()) k--;
                if (k >= 1 && t.get(k).text().equals(",")) {
                    Mention st = endingAt(ms, k);
                    if (st != null && st.kind() == Kind.STATE) states.add(st.stateIri());
                }
                // "Russia, as a permanent member of the Security Council, vetoed it": the sentence's subject
                if (asMember(t, i)) {
                    Mention first = ms.stream().filter(m -> m.kind() != Kind.CUE && m.kind() != Kind.ROLE).findFirst().orElse(null);
                    if (first != null && first.kind() == Kind.STATE && first.start() <= 2 && first.end() <= i) states.add(first.stateIri());
                }
                // "X and Y are (both) members of …"
                if (i > 0 && copulas.contains(t.get(i - 1).norm())) {
                    for (Mention m : ms) if (m.kind() == Kind.STATE && m.end() <= i) states.add(m.stateIri());
                }
                // "Algeria and Guyana were elected non-permanent members of …", "le Mali, élu membre non permanent du …"
                if (elected(t, ms, i)) {
                    for (Mention m : ms) if ((m.kind() == Kind.STATE || m.kind() == Kind.DEMONYM) && m.end() <= i && m.stateIri() != null) states.add(m.stateIri());
                }
                // "… membres de l'OMVS : la Guinée, le Mali …"
                if (inst.end() < t.size() && t.get(inst.end()).text().equals(":")) {
                    for (Mention m : ms) {
                        if (m.kind() != Kind.STATE || m.start() <= inst.end()) continue;
                        states.add(m.stateIri());
                        // "les cinq membres permanents du Conseil de sécurité : la Chine …": a group the sentence names
                        // before the list, whose roster holds the state, has it as a member too (the P5 within the Council).
                        for (Mention g : ms) {
                            if (g.kind() == Kind.INSTITUTION && g != inst && g.end() <= inst.end() && g.entity().members().contains(m.stateIri())) {
                                r.memberships.add(new Evidenced<>(new String[] {m.stateIri(), g.entity().iri()}, s.index()));
                            }
                        }
                    }
                }
                for (String st : states) r.memberships.add(new Evidenced<>(new String[] {st, inst.entity().iri()}, s.index()));
            }
        }
    }

    /**
     * "L'ASEAN … lorsque les cinq membres fondateurs : l'Indonésie, la Malaisie …", "the body's members: A, B and C":
     * a member word (and one word more, "fondateurs", "founding") then a colon; the states after it are members of the
     * body the sentence named before the word (the nearest), where the mappings do not say otherwise.
     */
    private void listAfterColon(DocumentReading r, Sentence s, List<org.chancery.text.Token> t, List<Mention> ms, int member) {
        int colon = -1;
        for (int k = member + 1; k < t.size() && k - member <= 2; k++) if (t.get(k).text().equals(":")) colon = k;
        if (colon < 0) return;
        Mention inst = null;
        for (Mention m : ms) if (m.kind() == Kind.INSTITUTION && m.end() <= member) inst = m;
        if (inst == null) return;
        for (Mention m : ms) {
            if (m.kind() != Kind.STATE || m.start() <= colon) continue;
            if (!inst.entity().members().isEmpty() && !inst.entity().members().contains(m.stateIri())) continue;
            r.memberships.add(new Evidenced<>(new String[] {m.stateIri(), inst.entity().iri()}, s.index()));
        }
    }

    /**
     * An election to a body: "Slovenia and Panama were elected non-permanent members of the Security Council",
     * "le Sénégal a été élu au Conseil des droits de l'homme". The states named before the election word are members.
     */
    private void electedTo(DocumentReading r, Sentence s, List<org.chancery.text.Token> t, List<Mention> ms) {
        for (Mention cue : ms) {
            if (!cue.isCue("ElectedCue")) continue;
            int j = cue.end();
            while (j < t.size() && j - cue.end() <= 6 && startingAt(ms, j, Kind.INSTITUTION) == null
                    && (electedLinks.contains(t.get(j).norm()) || links.contains(t.get(j).norm()) || seatWords.contains(t.get(j).norm())
                        || memberWords.contains(t.get(j).norm()))) j++;
            Mention inst = startingAt(ms, j, Kind.INSTITUTION);
            if (inst == null) continue;
            boolean named = false;
            for (Mention m : ms) {
                if ((m.kind() == Kind.STATE || m.kind() == Kind.DEMONYM) && m.end() <= cue.start() && m.stateIri() != null) {
                    r.memberships.add(new Evidenced<>(new String[] {m.stateIri(), inst.entity().iri()}, s.index()));
                    named = true;
                }
            }
            if (!named && groupBefore(t, cue.start())) namedNext(r, s, inst.entity());
        }
    }

    /** A group noun ("Cinq pays", "Two countries") stands before the election word: the states are not named here. */
    private boolean groupBefore(List<org.chancery.text.Token> t, int end) {
        for (int k = 0; k < end; k++) if (groupNouns.contains(t.get(k).norm())) return true;
        return false;
    }

    /**
     * "Cinq pays ont été élus membres non permanents du Conseil. Il s'agit de la Somalie, la Grèce …", "Two countries
     * were elected to the council. They are Ghana and Chile.": the next sentence opens on a list of the states the group
     * stood for (two or more); they are the members.
     */
    private void namedNext(DocumentReading r, Sentence s, KnownEntity body) {
        Sentence next = null;
        for (Sentence x : r.sentences) if (x.index() == s.index() + 1) next = x;
        if (next == null) return;
        List<org.chancery.text.Token> t = next.tokens();
        for (java.util.List<String> opener : listOpeners) {
            int end = org.chancery.text.Folding.phraseEnd(t, 0, opener);
            if (end < 0) continue;
            List<String> states = listFrom(t, r.mentions(next.index()), end);
            if (states.size() < 2) return;
            for (String st : states) {
                if (!body.members().isEmpty() && !body.members().contains(st)) continue;
                r.memberships.add(new Evidenced<>(new String[] {st, body.iri()}, next.index()));
            }
            return;
        }
    }

    /** Where an including word ("including", "such as", "dont", "notamment") starting at {@code from} ends, or -1. */
    private int includeEnd(List<org.chancery.text.Token> t, int from) {
        for (java.util.List<String> w : includeWords) {
            int end = org.chancery.text.Folding.phraseEnd(t, from, w);
            if (end > 0) return end;
        }
        return -1;
    }

    /** "as a permanent member", "en tant que membre", "comme membre non permanent": "as" before the member word. */
    private boolean asMember(List<org.chancery.text.Token> t, int member) {
        for (int k = member - 1; k >= 0 && member - k <= 4; k--) {
            String w = t.get(k).norm();
            if (asWords.contains(w)) return true;
            if (!seatWords.contains(w) && !w.equals("a") && !w.equals("an") && !w.equals("un") && !w.equals("que")) return false;
        }
        return false;
    }

    /** Whether an election word stands just before the member word, across "a", "as", "non-permanent", "comme" … */
    private static boolean elected(List<org.chancery.text.Token> t, List<Mention> ms, int member) {
        int k = member - 1;
        while (k >= 0 && member - k <= 6) {
            final int at = k;
            if (ms.stream().anyMatch(m -> m.isCue("ElectedCue") && m.end() - 1 == at)) return true;
            org.chancery.text.Token w = t.get(k);
            boolean filler = (w.isWord() && !w.isCapitalized()) || w.text().equals("-");
            if (!filler) return false;
            k--;
        }
        return false;
    }

    private static Mention startingAt(List<Mention> ms, int i, Kind kind) {
        for (Mention m : ms) if (m.start() == i && m.kind() == kind) return m;
        return null;
    }

    private static Mention endingAt(List<Mention> ms, int i) {
        for (Mention m : ms) if (m.end() == i) return m;
        return null;
    }

    /**
     * The sentence names another organ of the same organisation ("143 of the 193 members of the General Assembly"
     * beside a Security Council draft): the vote it tells is that organ's, whose members are not the body's.
     */
    private boolean siblingNamed(DocumentReading r, Sentence s, Set<String> bodies) {
        for (Mention m : r.mentions(s.index())) {
            if (m.kind() != Kind.INSTITUTION || m.entity() == null || bodies.contains(m.entity().iri()) || m.entity().partOf() == null) continue;
            for (String b : bodies) {
                KnownEntity body = mappings.entity(b);
                if (body != null && m.entity().partOf().equals(body.partOf())) return true;
            }
        }
        return false;
    }
}
