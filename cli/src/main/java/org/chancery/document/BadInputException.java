package org.chancery.document;

/** An input that cannot be read as a document; the message names the input and the fault. */
public final class BadInputException extends Exception {
    public BadInputException(String message) {
        super(message);
    }
}
