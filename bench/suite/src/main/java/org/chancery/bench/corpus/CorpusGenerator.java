package org.chancery.bench.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.chancery.bench.corpus.Cast.Named;
import org.chancery.document.Document;
import org.chancery.bench.corpus.Cast.Official;
import org.chancery.bench.corpus.Cast.Place;

/**
 * Writes N documents ({@code doc-000123.txt}, French or English, 300 to 1,500 words) and beside
 * each the facts it states ({@code doc-000123.facts.tsv}). Document i depends only on the seed and
 * i, so a corpus of 1,000 is the first thousand of a corpus of 10,000.
 */
public final class CorpusGenerator {
    /** What was written: the folder, the documents and their words (counted as Chancery counts them). */
    public record GeneratedCorpus(Path folder, int documents, long words) {}

    private static final Set<String> BODIES = Set.of("unga", "unsc", "unhrc", "human-rights-council", "osce-permanent-council", "iaea-board");

    private final Cast cast;
    private final long seed;
    private final List<Official> officials;
    private final List<Named> bodies = new ArrayList<>();
    private final English english = new English();
    private final French french = new French(english);

    public CorpusGenerator(Cast cast, long seed) {
        this.cast = cast;
        this.seed = seed;
        // A fixed pool, so the same officials recur across documents as they do in the news.
        this.officials = cast.officials(new Random(seed), 600);
        for (Named i : cast.institutions) if (BODIES.contains(i.code())) bodies.add(i);
        if (bodies.isEmpty()) bodies.addAll(cast.institutions.subList(0, Math.min(5, cast.institutions.size())));
    }

    public GeneratedCorpus write(Path folder, int documents) throws IOException {
        Files.createDirectories(folder);
        long words = 0;
        for (int i = 0; i < documents; i++) {
            String name = String.format("doc-%06d", i);
            Generated d = document(i);
            Files.writeString(folder.resolve(name + ".txt"), d.text(), StandardCharsets.UTF_8);
            Files.writeString(folder.resolve(name + ".facts.tsv"), d.facts(), StandardCharsets.UTF_8);
            words += Document.wordCount(d.text());
        }
        return new GeneratedCorpus(folder, documents, words);
    }

    /** One document's text and its facts (tab-separated: event, kind, property, value). */
    public record Generated(String text, String facts, Language language) {}

    public Generated document(int number) {
        Random r = new Random(mix(seed, number));
        Phrasebook book = r.nextInt(2) == 0 ? english : french;
        int dateStyle = r.nextInt(2);
        int targetWords = 300 + r.nextInt(1201);
        Named state = any(cast.states, r);
        Named other = otherThan(state, r);
        List<Event> events = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        StringBuilder facts = new StringBuilder("event\tkind\tproperty\tvalue\n");
        int words = 0;
        Event first = null;
        while (words < targetWords) {
            Event e = event(r, state, other, book);
            if (first == null) first = e;
            events.add(e);
            StringBuilder paragraph = new StringBuilder(book.sentence(e, r, dateStyle));
            Phrasebook.Scene scene = new Phrasebook.Scene(state, other, any(book.topics(), r), 2000 + r.nextInt(25),
                    any(officials, r), any(cast.places, r));
            for (int k = 2 + r.nextInt(4); k > 0; k--) paragraph.append(' ').append(book.background(scene, r));
            text.append(paragraph).append("\n\n");
            words += Document.wordCount(paragraph);
        }
        for (int i = 0; i < events.size(); i++) {
            for (Event.Fact f : events.get(i).facts()) {
                facts.append('e').append(i + 1).append('\t').append(f.kind()).append('\t').append(f.property()).append('\t').append(f.value()).append('\n');
            }
        }
        String header = book.title(first, r) + "\n\n";
        return new Generated(header + text.toString().stripTrailing() + "\n", facts.toString(), book.language());
    }

    /**
     * A well-spread seed for document i (SplitMix64's finaliser): java.util.Random's first draws
     * from neighbouring seeds are nearly equal, which made every document English.
     */
    private static long mix(long seed, int number) {
        long z = seed * 0x9E3779B97F4A7C15L + number;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private Event event(Random r, Named state, Named other, Phrasebook book) {
        LocalDate date = LocalDate.of(2000 + r.nextInt(26), 1 + r.nextInt(12), 1 + r.nextInt(28));
        Named topic = any(book.topics(), r);
        switch (r.nextInt(9)) {
            case 0, 1 -> {
                Official chair = any(officials, r);
                Set<Named> participants = new LinkedHashSet<>(List.of(state, chair.state()));
                for (int n = 1 + r.nextInt(4); n > 0; n--) participants.add(any(cast.states, r));
                return new Event.Meeting(List.copyOf(participants), chair, placeIn(chair.state(), r), date);
            }
            case 2, 3 -> {
                Official host = any(officials, r), guest = any(officials, r);
                while (guest.state().equals(host.state())) guest = any(officials, r);
                return new Event.Talks(host, guest, placeIn(host.state(), r), date, topic);
            }
            case 4, 5 -> {
                return new Event.Agreement(state, other, topic, placeIn(state, r), date);
            }
            case 6, 7 -> {
                Named body = any(bodies, r);
                int n = 1 + r.nextInt(2800);
                String id = body.code().equals("unga") ? "A/RES/" + (date.getYear() - 1945) + "/" + (1 + r.nextInt(300))
                        : body.code().equals("unsc") ? n + " (" + date.getYear() + ")" : body.code().toUpperCase() + "/" + date.getYear() + "/" + (1 + r.nextInt(80));
                return new Event.Resolution(body, id, other, topic, date, 60 + r.nextInt(120), r.nextInt(25), r.nextInt(40));
            }
            default -> {
                return new Event.Membership(state, any(cast.institutions, r), r.nextInt(3) == 0, date.getYear());
            }
        }
    }

    private Place placeIn(Named state, Random r) {
        List<Place> in = cast.places.stream().filter(p -> p.state().equals(state.code())).toList();
        return in.isEmpty() ? any(cast.places, r) : any(in, r);
    }

    private Named otherThan(Named state, Random r) {
        Named o = any(cast.states, r);
        while (o.equals(state)) o = any(cast.states, r);
        return o;
    }

    private static <T> T any(List<T> list, Random r) {
        return list.get(r.nextInt(list.size()));
    }
}
