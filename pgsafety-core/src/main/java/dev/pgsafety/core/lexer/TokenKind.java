package dev.pgsafety.core.lexer;

/** The lexical category of a {@link Token}, following PostgreSQL's own scanner ({@code scan.l}) loosely. */
public enum TokenKind {
    /** An unquoted word: identifier or key word ({@code SELECT}, {@code my_table}, {@code a$b}). */
    IDENTIFIER,
    /** {@code "..."} or {@code U&"..."}. */
    QUOTED_IDENTIFIER,
    /** {@code '...'}, {@code E'...'}, {@code U&'...'}, {@code B'...'}, {@code X'...'}, {@code N'...'}. */
    STRING,
    /** {@code $$...$$} or {@code $tag$...$tag$}. */
    DOLLAR_STRING,
    /** Integer, decimal or exponent literal, incl. PG 16 {@code 0x}/{@code 0o}/{@code 0b} and {@code _} separators. */
    NUMBER,
    /** A positional parameter such as {@code $1}. */
    PARAMETER,
    /** A run of operator characters, cut the way PostgreSQL cuts it ({@code ->>}, {@code @>}, {@code ||}, {@code :=}). */
    OPERATOR,
    /** One of {@code ( ) [ ] , ; : :: . ..}. */
    PUNCTUATION,
    /** {@code --} up to, not including, the line break. */
    LINE_COMMENT,
    /** {@code /* ... *}{@code /}, nested as PostgreSQL nests them. */
    BLOCK_COMMENT,
    /** Spaces, tabs, CR, LF, form feed, vertical tab, and a UTF-8 byte order mark at offset 0. */
    WHITESPACE,
    /**
     * A single character PostgreSQL's scanner would reject: a lone {@code $}, a backslash, curly braces, ASCII
     * control characters, NUL. Kept as a token so that every input character belongs to one; Flyway and Liquibase
     * placeholders such as <code>${name}</code> come out as OTHER, IDENTIFIER and OTHER tokens.
     */
    OTHER
}
