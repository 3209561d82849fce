package org.chancery.bench.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.chancery.bench.corpus.Cast.Named;
import org.chancery.bench.corpus.Cast.Official;
import org.chancery.bench.corpus.Cast.Place;

/** What a generated document reports; each event lists the facts its sentence states. */
public sealed interface Event {
    /** One stated fact: the property and its value ({@code state:KZ}, {@code official:Name}, a date, a number). */
    record Fact(String kind, String property, String value) {}

    List<Fact> facts();

    /** A multilateral meeting in a city on a date, with a chair. */
    record Meeting(List<Named> participants, Official chair, Place city, LocalDate date) implements Event {
        public List<Fact> facts() {
            List<Fact> f = new ArrayList<>();
            f.add(new Fact("meeting", "place", city.name().en()));
            f.add(new Fact("meeting", "date", date.toString()));
            for (Named s : participants) f.add(new Fact("meeting", "participant", "state:" + s.code()));
            f.add(new Fact("meeting", "chair", "official:" + chair.name()));
            return f;
        }
    }

    /** Two officials meeting for talks. */
    record Talks(Official host, Official guest, Place city, LocalDate date, Named topic) implements Event {
        public List<Fact> facts() {
            return List.of(new Fact("meeting", "place", city.name().en()), new Fact("meeting", "date", date.toString()),
                    new Fact("meeting", "participant", "official:" + host.name()), new Fact("meeting", "participant", "official:" + guest.name()),
                    new Fact("official", "represents", host.name() + " → state:" + host.state().code()),
                    new Fact("official", "represents", guest.name() + " → state:" + guest.state().code()));
        }
    }

    /** An agreement between two states, signed in a city on a date. */
    record Agreement(Named a, Named b, Named topic, Place city, LocalDate date) implements Event {
        public List<Fact> facts() {
            return List.of(new Fact("agreement", "party", "state:" + a.code()), new Fact("agreement", "party", "state:" + b.code()),
                    new Fact("agreement", "signedOn", date.toString()), new Fact("agreement", "place", city.name().en()));
        }
    }

    /** A resolution adopted by a body by a vote, concerning a state. */
    record Resolution(Named body, String identifier, Named concerns, Named topic, LocalDate date, int votesFor, int against, int abstentions)
            implements Event {
        public List<Fact> facts() {
            return List.of(new Fact("resolution", "identifier", identifier), new Fact("resolution", "adoptedBy", "institution:" + body.code()),
                    new Fact("resolution", "concerns", "state:" + concerns.code()), new Fact("resolution", "date", date.toString()),
                    new Fact("resolution", "votesFor", Integer.toString(votesFor)), new Fact("resolution", "votesAgainst", Integer.toString(against)),
                    new Fact("resolution", "abstentions", Integer.toString(abstentions)));
        }
    }

    /** A state's membership of an institution, or its candidacy to one. */
    record Membership(Named state, Named institution, boolean candidacy, int year) implements Event {
        public List<Fact> facts() {
            return List.of(new Fact(candidacy ? "candidacy" : "membership", candidacy ? "candidateFor" : "memberOf",
                    "state:" + state.code() + " → institution:" + institution.code()));
        }
    }
}
