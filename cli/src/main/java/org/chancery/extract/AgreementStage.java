package org.chancery.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chancery.mapping.Kind;
import org.chancery.mapping.Mappings;
import org.chancery.text.DateExpression;
import org.chancery.text.Token;

/**
 * Finds agreements: an agreement word ("accord de partenariat et de coopération renforcé",
 * "memorandum of understanding", "nuclear-weapon-free zone"), a named agreement of agreements.ttl
 * (one cue for its French and English names and acronyms), or a programme or plan that is signed;
 * with its subject ("… on air services", "… dans le domaine des médias"), its parties and, by the
 * signed / in-force cues of its sentence, its dates. "Cet accord" / "the agreement" continues the
 * agreement last named; "two agreements", "plusieurs accords" sum up several, whose members, told
 * apart by their subjects, take the summary's parties and date.
 */
public final class AgreementStage implements Stage {
    /** Function words, weekdays and phrase stops of words.ttl. */
    private final FunctionWords words;
    /** Words that point back to an agreement named before ("cet accord", "the said treaty"), words.ttl. */
    private final Set<String> anaphora;
    /** "Le traité de 1963", "the Treaty of 1950": words between an agreement's word and its year (words.ttl's YearNameLink). */
    private final java.util.Set<String> yearLinks;

    /** "None of the nine states … has signed": the states named are not parties (words.ttl's Negation). */
    private final Set<String> negations;
    /** "The parties are …", "les signataires comptent …": a sentence listing parties (words.ttl's PartiesVerb). */
    private final Set<String> partiesVerbs;
    /** Words between an agreement word and its subject ("on", "dans le domaine de"), words.ttl's AgreementSubjectLink. */
    private final Set<String> subjectLinks;
    /** Words that end an agreement's subject ("with", "signed", "entre"), words.ttl's AgreementSubjectStop. */
    private final Set<String> subjectStops;
    /** Words in every agreement's subject ("cooperation", "bilatéral"): named, but no tell-apart, words.ttl's AgreementGenericWord. */
    private final Set<String> genericWords;
    /** "L'un des accords", "one of the treaties": one of several, words.ttl's AgreementMember. */
    private final Set<String> memberWords;
    /** "Le deuxième accord est un mémorandum …": the agreement is the one named after the verb, words.ttl's AgreementCopula. */
    private final Set<String> copulas;
    /** "For 2023-2024", "pour 2020": the period a programme covers, not its signing date, words.ttl's ValidityWord. */
    private final Set<String> validityWords;
    private final Set<String> weekdays;
    /** "Plusieurs accords", "several agreements": a number of them without a figure, words.ttl's AgreementCount. */
    private final Set<String> countWords;
    /** "… on", "ces accords concernent", "in the fields of": the subjects of several agreements follow, words.ttl's AgreementListIntro. */
    private final Set<String> listIntros;
    /** Words that open a noun phrase: "and the …" starts a new subject of a list, words.ttl's ListDeterminer. */
    private final Set<String> determiners;
    /** "The two countries", "les deux pays", "both sides": words.ttl's BothSidesCount and BothSidesNoun. */
    private final Set<String> bothCounts;
    private final Set<String> bothNouns;
    /** "One of the", "l'un des": the word between a member word and a plural agreement word, words.ttl's Partitive. */
    private final Set<String> partitives;
    /** "Ratified", "parties", "adhéré": a sentence saying who is bound by a treaty known by name, words.ttl's AgreementPartyWord. */
    private final Set<String> partyWords;

    public AgreementStage(Mappings mappings) {
        this.words = FunctionWords.of(mappings);
        this.anaphora = mappings.wordSet("AgreementAnaphor");
        this.negations = mappings.wordSet("Negation");
        this.yearLinks = mappings.wordSet("YearNameLink");
        this.partiesVerbs = mappings.wordSet("PartiesVerb");
        this.subjectLinks = mappings.wordSet("AgreementSubjectLink");
        this.subjectStops = mappings.wordSet("AgreementSubjectStop");
        this.genericWords = mappings.wordSet("AgreementGenericWord");
        this.memberWords = mappings.wordSet("AgreementMember");
        this.copulas = mappings.wordSet("AgreementCopula");
        this.validityWords = mappings.wordSet("ValidityWord");
        this.weekdays = mappings.wordSet("Weekday");
        this.countWords = mappings.wordSet("AgreementCount");
        this.listIntros = mappings.wordSet("AgreementListIntro");
        this.determiners = mappings.wordSet("ListDeterminer");
        this.bothCounts = mappings.wordSet("BothSidesCount");
        this.bothNouns = mappings.wordSet("BothSidesNoun");
        this.partitives = mappings.wordSet("Partitive");
        this.partyWords = mappings.wordSet("AgreementPartyWord");

    }

    @Override
    public void process(DocumentReading r) {
        String text = r.document.text();
        List<String> lead = leadPair(r);
        AgreementFinding current = null;
        AgreementFinding group = null;
        Map<AgreementFinding, Integer> members = new HashMap<>();
        for (Sentence s : r.sentences) {
            List<Mention> ms = r.mentions(s.index());
            boolean signing = ms.stream().anyMatch(m -> m.isCue("SignedCue"));
            List<Mention> triggers = triggers(s, ms, signing);
            if (current != null && triggers.isEmpty() && listsParties(s) && !negated(s)) {
                // "Among its states parties are Austria, Mexico and Kazakhstan."
                for (Mention x : ms) if (x.kind() == Kind.STATE) current.parties.add(x.entity().iri());
                keep(r, current);
                continue;
            }
            if (current != null && triggers.isEmpty() && pointsBack(s)) {
                // "Le texte avait été signé le 22 janvier …", "It entered into force …": the agreement just named.
                read(r, s, ms, current);
                keep(r, current);
                continue;
            }
            for (int i = 0; i < triggers.size(); i++) {
                Mention m = triggers.get(i);
                boolean plural = !m.isCue("AgreementName") && plural(s, m);
                boolean anaphoric = m.start() > 0 && anaphora.contains(s.tokens().get(m.start() - 1).norm())
                        && m.end() - m.start() == 1 && current != null && !m.isCue("AgreementName") && !member(s, m);
                if (!anaphoric && plural && group != null && !member(s, m) && (!counted(s, m) || definiteCount(s, m))
                        && ms.stream().noneMatch(x -> x.stateIri() != null && x.kind() == Kind.STATE)) {
                    anaphoric = true; // "Les accords ont été signés lors …": the several named before
                    current = group;
                }
                AgreementFinding f;
                if (anaphoric) {
                    f = plural && group != null ? group : current;
                    if (!plural && f.group) f = lastOfKind(r, m, f); // "Two agreements and a MoU … The MoU covers …": the MoU, not the two
                    if (f.parties.size() < 2 && !negated(s)) for (Mention x : ms) addParty(f, x);
                    if (f.parties.size() < 2 && f.known == null && bothSides(s) && !lead.isEmpty() && (f.parties.isEmpty() || lead.containsAll(f.parties))) {
                        f.parties.addAll(lead); // "les deux accords signés entre les deux pays"
                    }
                    if (!plural) retoldSubject(r, s, ms, m, f, i + 1 < triggers.size() ? triggers.get(i + 1).start() : s.tokens().size());
                } else {
                    f = new AgreementFinding(s.index());
                    f.kind = m.cue().value() == null ? "agreement" : m.cue().value();
                    f.word = m.surface();
                    f.wordCue = m.cue().iri();
                    f.group = plural && !member(s, m);
                    f.counted = f.group && counted(s, m);
                    int limit = i + 1 < triggers.size() ? triggers.get(i + 1).start() : s.tokens().size();
                    Subject subject = m.isCue("AgreementName") || f.group ? null : subject(s, ms, m, limit, r.dates(s.index()));
                    int front = m.isCue("AgreementName") || f.group || !"en".equals(r.language) ? m.start() : frontSubject(s, ms, m);
                    String pre = front < m.start() ? key(s, front, m.start()) : null;
                    if (m.isCue("AgreementName")) {
                        f.known = m.cue().iri();
                        f.phrase = m.surface();
                    } else if (subject != null) {
                        f.subject = pre != null ? pre + " " + subject.key() : subject.key();
                        f.phrase = s.surface(text, front, subject.end());
                    } else if (pre != null) {
                        f.subject = pre;
                        f.phrase = s.surface(text, front, m.end());
                    } else {
                        f.phrase = MeetingStage.phrase(text, s, ms, new int[] {m.start(), m.end()}, words);
                    }
                    // A treaty known by name ("the UN Charter") has the states of its sentence as parties only where the sentence
                    // says they signed, ratified or are parties; "Russia violated the UN Charter" makes no party.
                    boolean parties = f.known == null || signing || ms.stream().anyMatch(x -> x.isCue("InForceCue"))
                            || s.tokens().stream().anyMatch(t -> partyWords.contains(t.norm()));
                    if (parties) for (Mention x : ms) if (owner(s, triggers, x) == i) addParty(f, x);
                    if (!f.group && f.known == null && group != null) {
                        members.put(group, 1);
                        for (AgreementFinding g : r.agreements) if (g.group) members.put(g, 1); // "Separate deals with …" in the headline too
                        // "… deux accords de coopération, dont un mémorandum …": a member takes what the summary says.
                        if (f.parties.size() < 2) f.parties.addAll(group.parties);
                    }
                    if (f.parties.size() < 2 && (signing || (f.known == null && bothSides(s))) && !lead.isEmpty()
                            && (f.parties.isEmpty() || lead.containsAll(f.parties))) {
                        // "Les deux ministres ont signé un mémorandum": signed by the two sides the document is about.
                        f.parties.addAll(lead);
                    }
                }
                read(r, s, ms, f);
                if (f.signed == null) f.signed = yearOfName(s, m); // "the treaty of 1963" names one told of before too
                if (!anaphoric && f.signed == null && f.known == null) {
                    if (!f.group && group != null && group.signed != null) f.signed = group.signed;
                    else if (signing && undated(r, s)) f.signed = meetingDate(r, s); // "la session a été couronnée par la signature de six accords"
                }
                keep(r, f);
                if (f.group) {
                    // "Four memoranda on health, tourism and education": one agreement per subject listed, with the summary's parties and date.
                    int limit = i + 1 < triggers.size() ? triggers.get(i + 1).start() : s.tokens().size();
                    Integer n = anaphoric ? f.count : count(s, m);
                    if (!anaphoric) f.count = n;
                    List<AgreementFinding> listed = listMembers(r, s, ms, m, f, limit, n);
                    if (listed.size() >= 2) {
                        for (AgreementFinding g : r.agreements) if (g.group) members.put(g, 1); // the headline's summary too
                        members.put(f, 1);
                        for (AgreementFinding x : listed) keep(r, x);
                    }
                }
                if (!anaphoric) {
                    current = f;
                    if (f.group) group = f;
                }
            }
        }
        // A summary whose members the document names is no agreement of its own.
        // A summary is kept alone only where it counts them ("three new agreements"), not "the agreements reached".
        r.agreements.removeIf(f -> f.group && (members.getOrDefault(f, 0) > 0 || !f.counted));
        mergeRetold(r);
    }

    /** The agreement words of a sentence, in order; a word that another names more closely ("le deuxième accord est un mémorandum") is left out. */
    private List<Mention> triggers(Sentence s, List<Mention> ms, boolean signing) {
        List<Mention> all = new ArrayList<>();
        for (Mention m : ms) {
            if (!(m.isCue("AgreementWord") || m.isCue("AgreementName") || (signing && m.isCue("SignedDocumentWord")))) continue;
            if (all.stream().noneMatch(x -> x.start() == m.start() && x.end() == m.end())) all.add(m); // one word, two entries
        }
        all.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Mention m = all.get(i);
            if (i + 1 < all.size() && namedLater(s, m, all.get(i + 1))) continue;
            // "a memorandum of understanding (MoU)": the short form in brackets names the same one
            if (!out.isEmpty() && out.get(out.size() - 1).end() == m.start() - 1 && s.tokens().get(m.start() - 1).text().equals("(")
                    && !m.isCue("AgreementName")) continue;
            out.add(m);
        }
        return out;
    }

    /** The last single agreement kept of the kind the word names ("the MoU" after "two agreements and a MoU"), else the summary. */
    private static AgreementFinding lastOfKind(DocumentReading r, Mention m, AgreementFinding summary) {
        for (int k = r.agreements.size() - 1; k >= 0; k--) {
            AgreementFinding g = r.agreements.get(k);
            if (!g.group && g.known == null && m.cue().iri().equals(g.wordCue)) return g;
        }
        return summary;
    }

    /**
     * "The MoU covers cooperation in the field of fisheries", "cet accord porte sur l'élevage": a sentence that points back
     * at one agreement named with no subject of its own says what it is about after a list intro (words.ttl's
     * AgreementListIntro) close after the word.
     */
    private void retoldSubject(DocumentReading r, Sentence s, List<Mention> ms, Mention m, AgreementFinding f, int limit) {
        if (f.subject != null || f.known != null || f.group) return;
        List<Token> t = s.tokens();
        for (int i = m.end(); i < limit && i - m.end() <= 3; i++) {
            String k = t.get(i).norm();
            if (k.equals(";") || k.equals(".") || k.equals(",")) return;
            if (!listIntros.contains(k) || k.equals(":")) continue;
            Subject subject = subject(s, ms, m, i + 1, limit, r.dates(s.index()));
            if (subject == null) return;
            f.subject = subject.key();
            f.phrase = s.surface(r.document.text(), m.start(), m.end()) + " — " + s.surface(r.document.text(), i + 1, subject.end());
            return;
        }
    }

    /** "Le premier des deux accords … est un mémorandum", "the second accord is a protocol": the later word names it. */
    private boolean namedLater(Sentence s, Mention m, Mention next) {
        if (m.isCue("AgreementName")) return false;
        if (plural(s, m) && member(s, m)) return true;
        if (next.start() - m.end() > 8) return false;
        for (int i = m.end(); i < next.start(); i++) if (copulas.contains(s.tokens().get(i).norm())) return true;
        return false;
    }

    /** "Agreements", "accords", "treaties": the word names several. */
    private static boolean plural(Sentence s, Mention m) {
        String head = s.tokens().get(m.start()).norm();
        return (head.endsWith("s") && !head.endsWith("ss") && head.length() > 3) || head.equals("memoranda");
    }

    /** "Deux accords", "three new agreements", "8 international agreements", "plusieurs accords": a number of them. */
    private boolean counted(Sentence s, Mention m) {
        for (int i = Math.max(0, m.start() - 3); i < m.start(); i++) {
            Token t = s.tokens().get(i);
            if (t.isNumber() || org.chancery.text.Cardinals.parse(t.text()) != null || countWords.contains(t.norm())) return true;
        }
        return false;
    }

    /**
     * English puts an agreement's subject before its word: "a maritime border agreement", "the reconciliation deal",
     * "a free trade pact". The lower-case words right before it, back to a determiner, a verb ("signed", "ending"), a
     * number, a name or a word every agreement has ("new", "bilateral"); at most four.
     */
    private int frontSubject(Sentence s, List<Mention> ms, Mention m) {
        List<Token> t = s.tokens();
        int i = m.start();
        while (i > 0 && m.start() - i < 4) {
            Token k = t.get(i - 1);
            String n = k.norm();
            if (!k.isWord() || k.isNumber() || k.isCapitalized() || n.endsWith("ed") || n.endsWith("ing") || n.endsWith("ly")) break;
            if (words.dangling().contains(n) || words.notNames().contains(n) || determiners.contains(n) || anaphora.contains(n)
                    || genericWords.contains(n) || countWords.contains(n) || memberWords.contains(n) || subjectLinks.contains(n)
                    || subjectStops.contains(n) || org.chancery.text.Cardinals.parse(k.text()) != null) break;
            boolean mentioned = false;
            for (Mention x : ms) {
                // a topic word ("fisheries deal") is a subject; a state, a person's title or a signing cue is not
                boolean topic = x.kind() == Kind.CUE && !x.isCue("SignedCue") && !x.isCue("InForceCue") && !x.isCue("AgreementWord")
                        && !x.isCue("AgreementName") && !x.isCue("SignedDocumentWord");
                if (x != m && x.start() <= i - 1 && x.end() > i - 1 && !topic) mentioned = true;
            }
            if (mentioned) break;
            i--;
        }
        return i;
    }

    /** The folded words of tokens [from, to), as a subject key. */
    private static String key(Sentence s, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) b.append(i > from ? " " : "").append(s.tokens().get(i).norm());
        return b.toString();
    }

    /** How many a summary counts ("four memoranda", "deux accords"), or null. */
    private static Integer count(Sentence s, Mention m) {
        for (int i = m.start() - 1; i >= Math.max(0, m.start() - 3); i--) {
            Token t = s.tokens().get(i);
            if (t.isNumber() && t.text().length() <= 3) return Integer.parseInt(t.text());
            Integer c = org.chancery.text.Cardinals.parse(t.text());
            if (c != null) return c;
        }
        return null;
    }

    /** "The two agreements", "ces deux accords": a count that points back to the summary named before. */
    private boolean definiteCount(Sentence s, Mention m) {
        int i = m.start() - 1;
        while (i >= 0 && !s.tokens().get(i).isNumber() && org.chancery.text.Cardinals.parse(s.tokens().get(i).text()) == null && m.start() - i <= 3) i--;
        if (i < 1 || m.start() - i > 3) return false;
        String before = s.tokens().get(i - 1).norm();
        return anaphora.contains(before) || determiners.contains(before);
    }

    /** "Between the two countries", "les deux pays", "both sides": the sentence speaks of the two states the document is about. */
    private boolean bothSides(Sentence s) {
        List<Token> t = s.tokens();
        for (int i = 0; i + 1 < t.size(); i++) if (bothCounts.contains(t.get(i).norm()) && bothNouns.contains(t.get(i + 1).norm())) return true;
        return false;
    }

    /**
     * The agreements a summary lists by subject: "four memoranda … on the establishment of a centre and cooperation in the
     * fields of health; firefighting and rescue; and higher education", "ces accords concernent les affaires étrangères,
     * la migration, … et la culture". The list opens with an intro word after the summary and ends at the sentence's end,
     * a date, a verb or a clause word. Its items are cut at semicolons, then at "and"/"et" before an article, then at
     * commas, then at a bare "and": with a count ("four"), as far as it takes to reach it; without, a bare "and" cuts the
     * last item only ("…, tourism and education").
     */
    private List<AgreementFinding> listMembers(DocumentReading r, Sentence s, List<Mention> ms, Mention m, AgreementFinding group, int limit,
            Integer n) {
        List<Token> t = s.tokens();
        String text = r.document.text();
        int intro = -1;
        for (int i = m.end(); i < limit && i - m.end() <= 12; i++) {
            String k = t.get(i).norm();
            if (listIntros.contains(k)) {
                intro = i;
                break;
            }
            if (k.equals(";") || k.equals(".")) break;
        }
        if (intro < 0) return List.of();
        List<DateExpression> dates = r.dates(s.index());
        int from = intro + 1, end = from, depth = 0;
        while (end < limit) {
            Token k = t.get(end);
            if (k.text().equals("(")) depth++;
            else if (k.text().equals(")")) depth = Math.max(0, depth - 1);
            else if (depth == 0) {
                if (k.text().equals(".") || k.text().equals("!") || k.text().equals("?") || k.text().equals(":")) break;
                if (inDate(k, dates) || weekdays.contains(k.norm())) break;
                if (subjectStops.contains(k.norm())) break;
                Mention at = startingAt(ms, end, m);
                if (at != null && (at.isCue("SignedCue") || at.isCue("InForceCue") || at.isCue("AgreementWord"))) break;
            }
            end++;
        }
        // boundaries by strength: ';' , "and the", ',' , bare "and"
        List<List<Integer>> levels = new ArrayList<>();
        for (int l = 0; l < 4; l++) levels.add(new ArrayList<>());
        depth = 0;
        for (int i = from; i < end; i++) {
            String x = t.get(i).text(), k = t.get(i).norm();
            if (x.equals("(")) depth++;
            else if (x.equals(")")) depth = Math.max(0, depth - 1);
            if (depth > 0) continue;
            boolean conj = k.equals("and") || k.equals("et");
            if (x.equals(";")) levels.get(0).add(i);
            else if (conj && i + 1 < end && determiners.contains(t.get(i + 1).norm())) levels.get(1).add(i);
            else if (x.equals(",")) levels.get(2).add(i);
            else if (conj) levels.get(3).add(i);
        }
        java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>();
        for (int l = 0; l < 4; l++) {
            List<Integer> level = levels.get(l);
            if (level.isEmpty()) continue;
            if (n == null) {
                if (l < 3) cuts.addAll(level);
                else for (int c : level) if (cuts.isEmpty() || c > cuts.last()) cuts.add(c); // "…, tourism and education"
                continue;
            }
            if (items(t, from, end, cuts).size() >= n) break;
            java.util.TreeSet<Integer> more = new java.util.TreeSet<>(cuts);
            more.addAll(level);
            if (items(t, from, end, more).size() <= n) {
                cuts = more;
                continue;
            }
            for (int c : level) { // one cut at a time, from the left, until the count is reached
                cuts.add(c);
                if (items(t, from, end, cuts).size() >= n) break;
            }
            break;
        }
        List<AgreementFinding> out = new ArrayList<>();
        List<int[]> items = items(t, from, end, cuts);
        if (items.size() < 2 || (n != null && items.size() > n)) return out;
        for (int[] it : items) {
            StringBuilder key = new StringBuilder();
            for (int i = it[0]; i < it[1]; i++) {
                String k = t.get(i).norm();
                if (t.get(i).isWord() && !genericWords.contains(k) && !subjectLinks.contains(k) && !words.dangling().contains(k)) key.append(' ').append(k);
            }
            if (key.length() == 0) continue;
            AgreementFinding f = new AgreementFinding(s.index());
            f.kind = group.kind;
            f.word = group.word;
            f.wordCue = group.wordCue;
            f.subject = key.toString().trim();
            f.phrase = s.surface(text, m.start(), m.end()) + " — " + s.surface(text, it[0], it[1]);
            f.parties.addAll(group.parties);
            f.signed = group.signed;
            f.inForce = group.inForce;
            out.add(f);
        }
        return out;
    }

    /** The items between cuts, each without the links, articles and conjunctions it opens or ends with; empty ones left out. */
    private List<int[]> items(List<Token> t, int from, int end, java.util.SortedSet<Integer> cuts) {
        List<int[]> out = new ArrayList<>();
        int a = from;
        List<Integer> bounds = new ArrayList<>(cuts);
        bounds.add(end);
        for (int b : bounds) {
            int x = a, y = b;
            while (x < y && (!t.get(x).isWord() && !t.get(x).isElision() || subjectLinks.contains(t.get(x).norm())
                    || listIntros.contains(t.get(x).norm()) || words.dangling().contains(t.get(x).norm()) || determiners.contains(t.get(x).norm()))) x++;
            while (y > x && (!t.get(y - 1).isWord() && !t.get(y - 1).text().equals(")") || words.dangling().contains(t.get(y - 1).norm()))) y--;
            boolean content = false;
            for (int i = x; i < y; i++) {
                String k = t.get(i).norm();
                if (t.get(i).isWord() && !genericWords.contains(k) && !subjectLinks.contains(k) && !words.dangling().contains(k)) content = true;
            }
            if (content) out.add(new int[] {x, y});
            a = b + 1;
        }
        return out;
    }

    /** "L'un des accords", "one of the treaties", "another agreement": one of several. */
    private boolean member(Sentence s, Mention m) {
        boolean several = plural(s, m);
        for (int i = Math.max(0, m.start() - 3); i < m.start(); i++) {
            if (!memberWords.contains(s.tokens().get(i).norm())) continue;
            if (!several) return true;
            // "one of the treaties", "l'un des accords", "le premier de ces accords"; not "separate deals", which sums them up
            for (int k = i + 1; k < m.start(); k++) if (partitives.contains(s.tokens().get(k).norm())) return true;
        }
        return false;
    }

    /**
     * Which agreement word of the sentence a state or institution belongs to: the one it follows, or the
     * first; after a comma, the next ("… between A and B, …, while with C, a treaty …").
     */
    private static int owner(Sentence s, List<Mention> triggers, Mention x) {
        for (int i = 0; i < triggers.size(); i++) {
            Mention t = triggers.get(i);
            if (x.start() < t.end() && x.end() > t.start()) return -1; // inside the name
        }
        if (x.start() < triggers.get(0).start()) return 0;
        for (int i = 0; i < triggers.size(); i++) {
            int from = triggers.get(i).end();
            int to = i + 1 < triggers.size() ? triggers.get(i + 1).start() : Integer.MAX_VALUE;
            if (x.start() >= from && x.start() < to) {
                if (to == Integer.MAX_VALUE) return i;
                for (int k = from; k < x.start(); k++) if (s.tokens().get(k).text().equals(",")) return i + 1;
                return i;
            }
        }
        return triggers.size() - 1;
    }

    private static void addParty(AgreementFinding f, Mention x) {
        if (x.kind() == Kind.STATE || x.kind() == Kind.INSTITUTION) f.parties.add(x.entity().iri());
        else if (x.kind() == Kind.DEMONYM && x.stateIri() != null) f.parties.add(x.stateIri()); // "le ministre sénégalais … et son homologue égyptien"
    }

    /** The subject of an unnamed agreement and the token it ends before. */
    private record Subject(String key, int end) {}

    /**
     * "… on cooperation in the field of water", "… dans le domaine des médias", "… concerne la Commission
     * mixte": the words that tell one agreement from another signed with it. Ends at a state, a place, a
     * date, a verb or a clause; "with Jordan" inside is a party, skipped.
     */
    private Subject subject(Sentence s, List<Mention> ms, Mention m, int limit, List<DateExpression> dates) {
        return subject(s, ms, m, m.end(), limit, dates);
    }

    private Subject subject(Sentence s, List<Mention> ms, Mention m, int from, int limit, List<DateExpression> dates) {
        List<Token> t = s.tokens();
        StringBuilder key = new StringBuilder();
        int last = -1;
        int i = from;
        while (i < limit && i < t.size() && i - m.end() < 18) {
            Token k = t.get(i);
            Mention at = startingAt(ms, i, m);
            if (at != null && at.kind() == Kind.INSTITUTION) {
                key.append(' ').append(org.chancery.text.Folding.fold(at.surface()));
                last = at.end() - 1;
                i = at.end();
                continue;
            }
            if (at != null && (at.kind() != Kind.CUE || at.isCue("SignedCue") || at.isCue("InForceCue"))) break;
            if (inDate(k, dates) || weekdays.contains(k.norm())) break;
            if (k.text().equals(",")) {
                // "un accord de coopération, d'investissement et de promotion": a list of subjects goes on.
                if (i + 1 < t.size() && subjectLinks.contains(t.get(i + 1).norm()) && !t.get(i + 1).norm().equals("qui")) {
                    i++;
                    continue;
                }
                break;
            }
            if (quote(k)) {
                i++;
                continue;
            }
            if (!k.isWord() && !k.isElision() && !k.text().equals("-")) break;
            String n = k.norm();
            if ((n.equals("with") || n.equals("avec") || n.equals("between") || n.equals("entre")) && i + 1 < t.size()
                    && startingState(ms, i + 1) != null) {
                // "an agreement with Jordan on air services", "an agreement between Chile and Kenya on …": its parties
                i = startingState(ms, i + 1).end();
                while (i + 1 < t.size() && (t.get(i).norm().equals("and") || t.get(i).norm().equals("et")) && startingState(ms, i + 1) != null) {
                    i = startingState(ms, i + 1).end();
                }
                continue;
            }
            if (subjectStops.contains(n)) break;
            if (subjectLinks.contains(n) || words.dangling().contains(n)) {
                i++;
                continue;
            }
            if (!genericWords.contains(n)) key.append(' ').append(n);
            last = i;
            i++;
        }
        if (key.length() == 0) return null;
        return new Subject(key.toString().trim(), last + 1);
    }

    private static boolean quote(Token k) {
        String x = k.text();
        return x.equals("\"") || x.equals("“") || x.equals("”") || x.equals("«") || x.equals("»");
    }

    private static Mention startingAt(List<Mention> ms, int i, Mention self) {
        for (Mention x : ms) if (x != self && x.start() == i) return x;
        return null;
    }

    private static Mention startingState(List<Mention> ms, int i) {
        for (Mention x : ms) if (x.start() == i && (x.kind() == Kind.STATE || x.kind() == Kind.DEMONYM)) return x;
        return null;
    }

    private static boolean inDate(Token k, List<DateExpression> dates) {
        for (DateExpression d : dates) if (k.start() >= d.start() && k.start() < d.end()) return true;
        return false;
    }

    /**
     * The two states a document is about: the two it names most, when a third is named less than they
     * are. Empty when there is no such pair.
     */
    private static List<String> leadPair(DocumentReading r) {
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(r.stateMentionCounts().entrySet());
        ranked.sort((a, b) -> Integer.compare(b.getValue(), a.getValue()));
        if (ranked.size() < 2 || ranked.get(1).getValue() < 2) return List.of();
        if (ranked.size() > 2 && ranked.get(2).getValue() >= ranked.get(1).getValue()) return List.of();
        return List.of(ranked.get(0).getKey(), ranked.get(1).getKey());
    }

    /** A sentence with no date of its own (a period a programme covers, "for 2023-2024", is no date of signing). */
    private boolean undated(DocumentReading r, Sentence s) {
        for (DateExpression d : r.dates(s.index())) if (!validity(s, d)) return false;
        return true;
    }

    /**
     * "Signed following the talks": the date of the meeting last reported, if held and dated. A report's news is the
     * meeting of its own days: one dated to the day within a week before the document's date wins over a later sentence's
     * look back ("… the agreements reached during the President's visit last year in April").
     */
    private static Evidenced<DateExpression> meetingDate(DocumentReading r, Sentence s) {
        Evidenced<DateExpression> best = null, news = null;
        int at = -1, newsAt = -1;
        java.time.LocalDate published = r.document.date();
        for (MeetingFinding m : r.meetings) {
            if (m.planned || m.date == null || m.sentence > s.index()) continue;
            if (m.sentence >= at) {
                best = m.date;
                at = m.sentence;
            }
            if (published != null && m.sentence >= newsAt && ofTheReportsDays(m.date.value(), published)) {
                news = m.date;
                newsAt = m.sentence;
            }
        }
        return news != null ? news : best;
    }

    private static boolean ofTheReportsDays(DateExpression d, java.time.LocalDate published) {
        var day = d.resolve(published, null).filter(p -> p.year() != null && p.month() != null && p.day() != null);
        if (day.isEmpty()) return false;
        long before = java.time.temporal.ChronoUnit.DAYS.between(day.get().toLocalDate(), published);
        return before >= 0 && before <= 7;
    }

    /** "None of the nine states … has signed the treaty": the states named are not parties. */
    private boolean negated(Sentence s) {
        for (Token t : s.tokens()) if (negations.contains(t.norm())) return true;
        return false;
    }

    private boolean listsParties(Sentence s) {
        boolean parties = false, verb = false;
        for (Token t : s.tokens()) {
            if (t.norm().equals("parties") || t.norm().equals("signatories") || t.norm().equals("signataires")) parties = true;
            if (partiesVerbs.contains(t.norm())) verb = true;
        }
        return parties && verb;
    }

    /** Kept once it says something: a name of its own, a date or two parties, perhaps learnt from a later sentence. */
    private static void keep(DocumentReading r, AgreementFinding f) {
        if (f.isSpecific() && !r.agreements.contains(f)) r.agreements.add(f);
    }

    private static boolean pointsBack(Sentence s) {
        List<Token> t = s.tokens();
        if (t.size() < 3) return false;
        String a = t.get(0).norm(), b = t.get(1).norm();
        return ((a.equals("le") || a.equals("the") || a.equals("ce") || a.equals("this")) && (b.equals("texte") || b.equals("text")))
                || a.equals("it") || a.equals("il");
    }

    /**
     * Each cue takes the first date after it, before the next cue; a cue with none takes the last date
     * before it ("adopted … in December 2015, entered into force on 4 November 2016"; "signed in 2016 …,
     * also came into effect"). A period a programme covers ("for 2023-2024") is no date of either.
     */
    private void read(DocumentReading r, Sentence s, List<Mention> ms, AgreementFinding f) {
        List<DateExpression> dates = new ArrayList<>();
        for (DateExpression d : r.dates(s.index())) if (!validity(s, d)) dates.add(d);
        List<Mention> cues = new ArrayList<>();
        for (Mention x : ms) if (x.isCue("SignedCue") || x.isCue("InForceCue")) cues.add(x);
        cues.sort((a, b) -> Integer.compare(a.start(), b.start()));
        for (Mention c : cues) {
            // "ont signé mardi", "signed Tuesday": the weekday right after the verb, resolved against the document's date only.
            if (c.end() >= s.tokens().size()) continue;
            Token w = s.tokens().get(c.end());
            int day = weekdays.contains(w.norm()) ? dayOfWeek(w.norm()) : 0;
            if (day > 0 && !inDate(w, r.dates(s.index()))) dates.add(new DateExpression(w.start(), w.end(), null, null, null, null, true, day));
        }
        dates.sort((a, b) -> Integer.compare(a.start(), b.start()));
        if (dates.isEmpty()) return;
        for (int i = 0; i < cues.size(); i++) {
            Mention c = cues.get(i);
            int from = s.tokens().get(c.end() - 1).end();
            int to = i + 1 < cues.size() ? s.tokens().get(cues.get(i + 1).start()).start() : Integer.MAX_VALUE;
            int back = i > 0 ? s.tokens().get(cues.get(i - 1).end() - 1).end() : 0;
            DateExpression pick = null;
            for (DateExpression d : dates) if (d.end() > from && d.start() < to && !anotherClause(s, c, d)) { pick = d; break; } // "signed on Monday": the cue holds "on"
            if (pick == null) for (DateExpression d : dates) if (d.end() <= s.tokens().get(c.start()).start() && d.start() >= back) pick = d;
            if (pick == null) continue;
            if (c.isCue("InForceCue") && f.inForce == null) f.inForce = new Evidenced<>(pick, s.index());
            if (c.isCue("SignedCue") && f.signed == null) f.signed = new Evidenced<>(pick, s.index());
        }
    }

    /**
     * "The 1994 peace treaty", "le traité de 1963", "the Treaty of 1950": a year that names a treaty is the year it was
     * signed, no more precise than that. The year stands before the word (lower-case words between) or after a link
     * (words.ttl's YearNameLink); "the 2023-2024 programme" is a period, no name.
     */
    private Evidenced<DateExpression> yearOfName(Sentence s, Mention m) {
        List<Token> t = s.tokens();
        for (int k = m.start() - 1; k >= Math.max(0, m.start() - 3); k--) {
            Token w = t.get(k);
            if (year(t, k)) return new Evidenced<>(new DateExpression(w.start(), w.end(), Integer.valueOf(w.text()), null, null, null, false), s.index());
            if (!w.text().equals(w.text().toLowerCase())) break;
        }
        // "le traité de paix de 1994": lower-case words of its subject may come between.
        for (int k = m.end(); k + 1 < t.size() && k <= m.end() + 3; k++) {
            if (yearLinks.contains(t.get(k).norm()) && year(t, k + 1)) {
                Token w = t.get(k + 1);
                return new Evidenced<>(new DateExpression(w.start(), w.end(), Integer.valueOf(w.text()), null, null, null, false), s.index());
            }
            if (!t.get(k).text().matches("\\p{Ll}+")) break;
        }
        return null;
    }

    private static boolean year(List<Token> t, int k) {
        if (!t.get(k).text().matches("(1[6-9]|20)\\d\\d")) return false;
        boolean dashBefore = k > 0 && t.get(k - 1).text().matches("[-–/]"), dashAfter = k + 1 < t.size() && t.get(k + 1).text().matches("[-–/]");
        return !dashBefore && !dashAfter;
    }

    /**
     * "… la signature de plusieurs accords, concrétisant la vision du partenariat lancé en avril 2022": a date past a comma
     * and more than a few words after the cue belongs to another clause ("signé, le 3 mai, un accord" is near enough).
     */
    private static boolean anotherClause(Sentence s, Mention cue, DateExpression d) {
        boolean comma = false;
        int words = 0;
        for (int i = cue.end(); i < s.tokens().size() && s.tokens().get(i).start() < d.start(); i++) {
            if (s.tokens().get(i).text().equals(",")) comma = true;
            words++;
        }
        return comma && words > 6;
    }

    /** The day (1 = Monday) a folded weekday name of either language stands for, or 0. */
    private static int dayOfWeek(String folded) {
        for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
            for (java.util.Locale l : List.of(java.util.Locale.ENGLISH, java.util.Locale.FRENCH)) {
                if (org.chancery.text.Folding.fold(d.getDisplayName(java.time.format.TextStyle.FULL, l)).equals(folded)) return d.getValue();
            }
        }
        return 0;
    }

    /** One agreement told twice in a document (a headline, then the body): the same subject and parties. */
    private static void mergeRetold(DocumentReading r) {
        List<AgreementFinding> out = new ArrayList<>();
        for (AgreementFinding f : r.agreements) {
            AgreementFinding same = null;
            for (AgreementFinding g : out) {
                if (f.subject != null && f.subject.equals(g.subject) && f.parties.equals(g.parties) && !f.group && !g.group) same = g;
            }
            if (same == null) {
                out.add(f);
                continue;
            }
            if (same.signed == null) same.signed = f.signed;
            if (same.inForce == null) same.inForce = f.inForce;
        }
        r.agreements.clear();
        r.agreements.addAll(out);
    }

    /** "For 2023-2024", "pour 2020": the word before the date says it is a period covered. */
    private boolean validity(Sentence s, DateExpression d) {
        List<Token> t = s.tokens();
        int i = -1;
        for (int k = 0; k < t.size(); k++) if (t.get(k).end() <= d.start()) i = k;
        // "for 2025-2026": step back over the first year of a span
        while (i > 0 && (t.get(i).isNumber() || t.get(i).text().equals("-") || t.get(i).text().equals("–"))) i--;
        return i >= 0 && validityWords.contains(t.get(i).norm());
    }
}
