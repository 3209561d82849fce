package org.chancery.document;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text: UTF-8 when the bytes are valid UTF-8 (with or without BOM), else Windows-1252
 * (a superset of Latin-1 that old French sites use). Binary content is refused, not decoded.
 */
public final class Decoding {
    private static final Charset CP1252 = Charset.forName("windows-1252");

    private Decoding() {}

    public static String decode(byte[] bytes, String name) throws BadInputException {
        if (bytes.length == 0) throw new BadInputException(name + ": empty file");
        if (looksBinary(bytes)) throw new BadInputException(name + ": binary content, not text");
        int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer buf = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buf).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, CP1252);
        }
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
}
