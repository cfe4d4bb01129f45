package dev.pgsafety.core.parse;

/** The parser could not follow a statement; turned into an {@code Unparsed} statement, never thrown out. */
final class ParseException extends RuntimeException {

    ParseException(String message) {
        super(message, null, false, false);
    }
}
