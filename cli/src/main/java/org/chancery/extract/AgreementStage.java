package org.chancery.extract;

import org.chancery.mapping.Mappings;
import java.util.List;
import java.util.Set;
import org.chancery.mapping.Kind;
import org.chancery.text.DateExpression;

/**
 * Finds agreements: an agreement word ("accord de partenariat et de coopération renforcé",
 * "nuclear-weapon-free zone") with its parties and, by the signed / in-force cues of its sentence,
 * its dates. "Cet accord" / "the agreement" continues the agreement last named.
 */
public final class AgreementStage implements Stage {
    /** Function words, weekdays and phrase stops of words.ttl. */
    private final FunctionWords words;
    /** Words that point back to an agreement named before ("cet accord", "the said treaty"), words.ttl. */
    private final Set<String> anaphora;

    public AgreementStage(Mappings mappings) {
        this.words = FunctionWords.of(mappings);
        this.anaphora = mappings.wordSet("AgreementAnaphor");
        this.negations = mappings.wordSet("Negation");
        this.partiesVerbs = mappings.wordSet("PartiesVerb");
    }

    /** "None of the nine states … has signed": the states named are not parties (words.ttl's Negation). */
    private final Set<String> negations;
    /** "The parties are …", "les signataires comptent …": a sentence listing parties (words.ttl's PartiesVerb). */
    private final Set<String> partiesVerbs;


    @Override
    public void process(DocumentReading r) {
        String text = r.document.text();
        AgreementFinding current = null;
        for (Sentence s : r.sentences) {
            List<Mention> ms = r.mentions(s.index());
            if (current != null && ms.stream().noneMatch(m -> m.isCue("AgreementWord")) && listsParties(s) && !negated(s)) {
                // "Among its states parties are Austria, Mexico and Kazakhstan."
                for (Mention x : ms) if (x.kind() == Kind.STATE) current.parties.add(x.entity().iri());
                keep(r, current);
                continue;
            }
            if (current != null && ms.stream().noneMatch(m -> m.isCue("AgreementWord")) && pointsBack(s)) {
                // "Le texte avait été signé le 22 janvier …", "It entered into force …": the agreement just named.
                read(r, s, ms, current);
                keep(r, current);
                continue;
            }
            for (Mention m : ms) {
                if (!m.isCue("AgreementWord")) continue;
                boolean anaphoric = m.start() > 0 && anaphora.contains(s.tokens().get(m.start() - 1).norm())
                        && m.end() - m.start() == 1 && current != null;
                AgreementFinding f = anaphoric ? current : new AgreementFinding(s.index());
                if (!anaphoric) {
                    f.kind = m.cue().value() == null ? "agreement" : m.cue().value();
                    f.phrase = MeetingStage.phrase(text, s, ms, new int[] {m.start(), m.end()}, words);
                    for (Mention x : ms) {
                        if (x.kind() == Kind.STATE || x.kind() == Kind.INSTITUTION) {
                            if (x.end() <= m.start() || x.start() >= m.end()) f.parties.add(x.entity().iri());
                        }
                    }
                }
                if (anaphoric && f.parties.size() < 2 && !negated(s)) {
                    for (Mention x : ms) if (x.kind() == Kind.STATE || x.kind() == Kind.INSTITUTION) f.parties.add(x.entity().iri());
                }
                read(r, s, ms, f);
                keep(r, f);
                if (!anaphoric) current = f;
                break;
            }
        }
    }

    /** "None of the nine states … has signed the treaty": the states named are not parties. */
    private boolean negated(Sentence s) {
        for (org.chancery.text.Token t : s.tokens()) if (negations.contains(t.norm())) return true;
        return false;
    }

    private boolean listsParties(Sentence s) {
        boolean parties = false, verb = false;
        for (org.chancery.text.Token t : s.tokens()) {
            if (t.norm().equals("parties") || t.norm().equals("signatories") || t.norm().equals("signataires")) parties = true;
            if (partiesVerbs.contains(t.norm())) verb = true;
        }
        return parties && verb;
    }


    /** Kept once it says something: a date or two parties, perhaps learnt from a later sentence. */
    private static void keep(DocumentReading r, AgreementFinding f) {
        if (f.isSpecific() && !r.agreements.contains(f)) r.agreements.add(f);
    }

    private static boolean pointsBack(Sentence s) {
        List<org.chancery.text.Token> t = s.tokens();
        if (t.size() < 3) return false;
        String a = t.get(0).norm(), b = t.get(1).norm();
        return ((a.equals("le") || a.equals("the") || a.equals("ce") || a.equals("this")) && (b.equals("texte") || b.equals("text")))
                || a.equals("it") || a.equals("il");
    }

    /** Each cue takes the date nearest after it ("adopted … in December 2015, entered into force on 4 November 2016"). */
    private static void read(DocumentReading r, Sentence s, List<Mention> ms, AgreementFinding f) {
        List<DateExpression> dates = r.dates(s.index());
        if (dates.isEmpty()) return;
        Mention signed = ms.stream().filter(x -> x.isCue("SignedCue")).findFirst().orElse(null);
        Mention inForce = ms.stream().filter(x -> x.isCue("InForceCue")).findFirst().orElse(null);
        if (inForce != null && f.inForce == null) f.inForce = new Evidenced<>(nearest(s, dates, inForce), s.index());
        if (signed != null && f.signed == null) {
            DateExpression d = nearest(s, dates, signed);
            if (f.inForce == null || f.inForce.value() != d) f.signed = new Evidenced<>(d, s.index());
        }
    }

    private static DateExpression nearest(Sentence s, List<DateExpression> dates, Mention cue) {
        int at = s.tokens().get(cue.end() - 1).end();
        DateExpression best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DateExpression d : dates) {
            int distance = d.start() >= at ? d.start() - at : (at - d.end()) + 10_000;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = d;
            }
        }
        return best;
    }
}
