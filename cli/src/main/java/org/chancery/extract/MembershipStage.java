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
    }

    @Override
    public void process(DocumentReading r) {
        for (Map.Entry<String, Evidenced<Set<String>>> e : r.known.entrySet()) {
            KnownEntity inst = mappings.entity(e.getKey());
            if (inst == null || inst.kind() != Kind.INSTITUTION || inst.members().isEmpty()) continue;
            for (String state : inst.members()) {
                if (r.known.containsKey(state) || demonymNamed(r, state)) {
                    r.memberships.add(new Evidenced<>(new String[] {state, inst.iri()}, e.getValue().sentence()));
                }
            }
        }
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
            if (states.size() < 2) continue;
            for (String body : bodies) for (String st : states) r.memberships.add(new Evidenced<>(new String[] {st, body}, s.index()));
        }
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
                // "membre non permanent du Conseil": the French adjective stands between the word and the body.
                while (j < t.size() && j - i <= 6 && (links.contains(t.get(j).norm()) || seatWords.contains(t.get(j).norm()))) j++;
                Mention inst = startingAt(ms, j, Kind.INSTITUTION);
                if (inst == null || j == i + 1) continue;
                java.util.Set<String> states = new java.util.LinkedHashSet<>();
                // apposition: "France, a permanent member of …"
                int k = i - 1;
                while (k >= 0 && i - k <= 4 && t.get(k).isWord() && !t.get(k).isCapitalized()) k--;
                if (k >= 1 && t.get(k).text().equals(",")) {
                    Mention st = endingAt(ms, k);
                    if (st != null && st.kind() == Kind.STATE) states.add(st.stateIri());
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
                    for (Mention m : ms) if (m.kind() == Kind.STATE && m.start() > inst.end()) states.add(m.stateIri());
                }
                for (String st : states) r.memberships.add(new Evidenced<>(new String[] {st, inst.entity().iri()}, s.index()));
            }
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
            for (Mention m : ms) {
                if ((m.kind() == Kind.STATE || m.kind() == Kind.DEMONYM) && m.end() <= cue.start() && m.stateIri() != null) {
                    r.memberships.add(new Evidenced<>(new String[] {m.stateIri(), inst.entity().iri()}, s.index()));
                }
            }
        }
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

    private static boolean demonymNamed(DocumentReading r, String state) {
        for (var list : r.mentions.values()) for (Mention m : list) if (m.kind() == Kind.DEMONYM && state.equals(m.stateIri())) return true;
        return false;
    }
}
