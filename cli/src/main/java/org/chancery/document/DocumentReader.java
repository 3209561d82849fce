package org.chancery.document;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.chancery.text.DateExpression;
import org.chancery.text.DateFinder;

/**
 * Reads one input into a {@link Document}: bytes → text (encoding detected) → the article's text
 * by format (plain, HTML, Markdown) → boilerplate lines dropped, wrapped lines joined → title and
 * dateline. Knows nothing of RDF.
 */
public final class DocumentReader {
    /** Larger inputs are refused: no news article or official text comes near it. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    private static final int HEADER_LINES = 10;
    /** Built on first need: most file names are ASCII already, and building it costs a tenth of a second at start. */
    private static final class ToLatin {
        static final Transliterator INSTANCE = Transliterator.getInstance("Any-Latin; Latin-ASCII");
    }

    private final Boilerplate boilerplate;
    private final Datelines datelines;
    private final long maxBytes;

    public DocumentReader(Boilerplate boilerplate, long maxBytes) {
        this(boilerplate, Datelines.none(), maxBytes);
    }

    public DocumentReader(Boilerplate boilerplate, Datelines datelines, long maxBytes) {
        this.boilerplate = boilerplate;
        this.datelines = datelines;
        this.maxBytes = maxBytes;
    }

    public Document read(Path path, LocalDate givenDate) throws BadInputException {
        String name = path.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(path)) throw new BadInputException(name + ": is a folder");
            long size = Files.size(path);
            if (size > maxBytes) {
                throw new BadInputException(name + ": too large (" + size / (1024 * 1024) + " MiB; the limit is "
                        + maxBytes / (1024 * 1024) + " MiB, see --max-size)");
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new BadInputException(name + ": no such file");
        } catch (AccessDeniedException e) {
            throw new BadInputException(name + ": permission denied");
        } catch (IOException e) {
            throw new BadInputException(name + ": cannot read (" + e.getMessage() + ")");
        }
        return read(bytes, path.getFileName() == null ? name : path.getFileName().toString(), name, givenDate);
    }

    public Document read(InputStream in, String source, LocalDate givenDate) throws BadInputException {
        return read(in, source, source, givenDate);
    }

    /** A stream read up to the size limit; {@code source} is what dcterms:source says, {@code name} what messages say. */
    public Document read(InputStream in, String source, String name, LocalDate givenDate) throws BadInputException {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new BadInputException(name + ": too large (over the limit of " + maxBytes / (1024 * 1024) + " MiB, see --max-size)");
            }
            return read(bytes, source, name, givenDate);
        } catch (IOException e) {
            throw new BadInputException(name + ": cannot read (" + e.getMessage() + ")");
        }
    }

    /** {@code source} is what dcterms:source says (the file name); {@code name} what messages say. */
    public Document read(byte[] bytes, String source, String name, LocalDate givenDate) throws BadInputException {
        source = Decoding.xmlSafe(source); // a file name may hold control characters too
        String raw = Decoding.decode(bytes, name).replace("\r\n", "\n").replace('\r', '\n');
        String format = format(source, raw);
        Extracted x = switch (format) {
            case "html" -> HtmlText.extract(raw);
            case "markdown" -> MarkdownText.extract(raw);
            default -> new Extracted(raw, null, null);
        };
        String text = clean(x.text());
        if (text.isBlank()) throw new BadInputException(name + ": no text (empty or only whitespace and page furniture)");
        String title = x.title() != null ? x.title() : firstLine(text);
        LocalDate date = givenDate != null ? givenDate : x.date() != null ? x.date() : dateline(text, datelines);
        // "Updated: 16/04/2025" is furniture dropped from the text, but a date line all the same; and a
        // date line under a long title is joined to it by clean(): read the header lines as written too.
        if (date == null) date = dateline(x.text(), datelines);
        return new Document(slug(source), source, title, text, date, format);
    }

    static String format(String source, String raw) {
        String s = source.toLowerCase(Locale.ROOT);
        if (s.endsWith(".html") || s.endsWith(".htm") || s.endsWith(".xhtml")) return "html";
        if (s.endsWith(".md") || s.endsWith(".markdown")) return "markdown";
        String head = raw.stripLeading();
        if (head.regionMatches(true, 0, "<!doctype html", 0, 14) || head.regionMatches(true, 0, "<html", 0, 5)) return "html";
        return "text";
    }

    /** Drops boilerplate lines and joins lines that a wrap cut inside a sentence. */
    String clean(String text) {
        String[] lines = text.split("\n", -1);
        StringBuilder b = new StringBuilder(text.length());
        String prev = null;
        for (String line : lines) {
            String l = line.strip();
            if (boilerplate.isBoilerplate(l)) l = "";
            if (l.isEmpty()) {
                if (prev != null && !prev.isEmpty()) b.append("\n\n");
                prev = "";
                continue;
            }
            if (prev != null && !prev.isEmpty()) {
                // A dateline under a long title is a line of its own, not the end of the title's sentence.
                b.append(joinsNext(prev, l) && datelines.date(l) == null ? " " : "\n\n");
            }
            b.append(l);
            prev = l;
        }
        return b.toString().strip();
    }

    /** A long line that stops mid-sentence continues on the next line. */
    private static boolean joinsNext(String prev, String next) {
        char last = prev.charAt(prev.length() - 1);
        if (".!?:;»\"”)".indexOf(last) >= 0) return false;
        if (next.startsWith("-") || next.startsWith("*") || next.startsWith("•")) return false;
        return prev.length() > 60 || Character.isLowerCase(next.charAt(0));
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        String first = (nl < 0 ? text : text.substring(0, nl)).strip();
        if (first.length() <= 200) return first;
        return first.substring(0, Character.isHighSurrogate(first.charAt(199)) ? 199 : 200); // not half a surrogate pair
    }

    static LocalDate dateline(String text) {
        return dateline(text, Datelines.none());
    }

    /**
     * A header line that opens with a dateline of a known shape (the mappings' DatelinePattern cues,
     * even on a long line: "DUSHANBE, 25.02.2020. (Agency) – The minister …"); else a full date on a
     * short line near the top: "jeudi 27 mars 2014", "Published on 3 May 2024", "… - 11/02/2021 - …".
     */
    static LocalDate dateline(String text, Datelines shapes) {
        List<String> header = new ArrayList<>();
        int pos = 0, seen = 0;
        while (pos < text.length() && seen < HEADER_LINES) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(pos, end);
            if (!line.isBlank()) {
                header.add(line);
                seen++;
            }
            pos = end + 1;
        }
        for (String line : header) {
            LocalDate d = shapes.date(line.strip());
            if (d != null) return d;
        }
        for (String line : header) {
            if (line.length() > 160) continue;
            for (DateExpression d : DateFinder.find(line, 0, line.length())) {
                // A date line, not a sentence that dates an event: few words beside the date.
                if (d.year() != null && d.month() != null && d.day() != null
                        && words(line.substring(0, d.start()) + " " + line.substring(d.end())) <= DATE_LINE_WORDS) {
                    return LocalDate.of(d.year(), d.month(), d.day());
                }
            }
        }
        return null;
    }

    /** At most this many words beside its date make a line a date line ("Published on … | 5 min read | By …"). */
    private static final int DATE_LINE_WORDS = 10;

    private static int words(String s) {
        int n = 0;
        for (String w : s.split("[^\\p{L}\\p{N}]+")) if (!w.isEmpty()) n++;
        return n;
    }

    /** A stable IRI-safe name from the file name: lower case, ASCII letters, digits and dashes. */
    public static String slug(String source) {
        String s = source;
        int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        if (slash >= 0) s = s.substring(slash + 1);
        // Transliterated, so "Встреча.txt" and "会谈.txt" get names of their own, not both "txt".
        String latin = s;
        if (!s.chars().allMatch(c -> c < 0x80)) {
            synchronized (ToLatin.INSTANCE) {
                latin = ToLatin.INSTANCE.transliterate(s);
            }
        }
        String folded = org.chancery.text.Folding.fold(latin);
        String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        // Letters no transliterator knows are dropped: a hash of the name keeps such names apart.
        boolean lossy = folded.codePoints().anyMatch(c -> c > 0x7F && (Character.isLetterOrDigit(c) || Character.getType(c) == Character.OTHER_SYMBOL));
        if (lossy) slug = (slug.isEmpty() ? "" : slug + "-") + String.format("%08x", s.hashCode());
        return slug.isEmpty() ? "document" : slug;
    }


    record Extracted(String text, String title, LocalDate date) {}
}
