package org.chancery.document;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text: UTF-8 when the bytes are valid UTF-8 (with or without BOM), else Windows-1252
 * (a superset of Latin-1 that old French sites use). Binary content is refused, not decoded, and
 * so is UTF-8 with damaged bytes: read as Windows-1252 every accent of it would turn to mojibake.
 * The text keeps no character that RDF/XML cannot carry (XML 1.0 refuses most C0 controls).
 */
public final class Decoding {
    private static final Charset CP1252 = Charset.forName("windows-1252");

    private Decoding() {}

    public static String decode(byte[] bytes, String name) throws BadInputException {
        if (bytes.length == 0) throw new BadInputException(name + ": empty file");
        if (looksBinary(bytes)) throw new BadInputException(name + ": binary content, not text");
        int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        Utf8Scan scan = Utf8Scan.of(bytes, skip);
        String text;
        if (scan.invalid == 0) {
            text = new String(bytes, skip, bytes.length - skip, StandardCharsets.UTF_8);
        } else if (skip == 3 || scan.validMultiByte > scan.invalid) {
            // Mostly UTF-8 with a few bad bytes: a damaged file or mixed encodings, not Latin-1.
            throw new BadInputException(name + ": invalid UTF-8 at byte " + scan.firstInvalid
                    + " (the file is damaged or mixes encodings; re-encode it as UTF-8, e.g. with iconv)");
        } else {
            text = new String(bytes, CP1252);
        }
        return xmlSafe(text);
    }

    /** Form feeds (page breaks) become line breaks; other controls XML 1.0 forbids, and U+FFFE/U+FFFF, become spaces. */
    static String xmlSafe(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFE' || c == '\uFFFF';
            if (!bad) continue;
            if (b == null) b = new StringBuilder(s);
            b.setCharAt(i, c == '\f' ? '\n' : ' ');
        }
        return b == null ? s : b.toString();
    }

    /** NUL bytes, or many control characters in the first 8 KiB: an image, an archive, a binary. */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192), control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) return true;
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') control++;
        }
        return control > n / 20;
    }

    /** Well-formed multi-byte UTF-8 sequences and ill-formed bytes, counted (RFC 3629: no overlongs, no surrogates). */
    private record Utf8Scan(int validMultiByte, int invalid, int firstInvalid) {
        static Utf8Scan of(byte[] b, int from) {
            int valid = 0, invalid = 0, first = -1;
            int i = from;
            while (i < b.length) {
                int c = b[i] & 0xFF;
                if (c < 0x80) {
                    i++;
                    continue;
                }
                int len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
                if (len > 0 && wellFormed(b, i, len)) {
                    valid++;
                    i += len;
                } else {
                    if (first < 0) first = i;
                    invalid++;
                    i++;
                }
            }
            return new Utf8Scan(valid, invalid, first);
        }

        private static boolean wellFormed(byte[] b, int i, int len) {
            if (i + len > b.length) return false;
            for (int k = 1; k < len; k++) if ((b[i + k] & 0xC0) != 0x80) return false;
            int c0 = b[i] & 0xFF, c1 = b[i + 1] & 0xFF;
            if (c0 == 0xE0 && c1 < 0xA0) return false; // overlong
            if (c0 == 0xED && c1 > 0x9F) return false; // a surrogate
            if (c0 == 0xF0 && c1 < 0x90) return false; // overlong
            if (c0 == 0xF4 && c1 > 0x8F) return false; // beyond U+10FFFF
            return true;
        }
    }
}
