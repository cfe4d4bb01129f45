package dev.pgsafety.core.lexer;

import java.util.Objects;

/**
 * One lexical token: its exact source text and where it sits in the input.
 *
 * @param kind       the lexical category
 * @param text       the exact source text, {@code input.substring(start, end)}
 * @param start      char offset of the first character
 * @param end        char offset after the last character (exclusive)
 * @param line       1-based line of {@code start}; CRLF, LF and a lone CR each end a line
 * @param column     1-based column of {@code start}, counted in UTF-16 chars from the line start
 *                   (a byte order mark at offset 0 is not counted, as editors do not show it)
 * @param terminated false for a string, quoted identifier, dollar string or block comment that ran to the end
 *                   of the input without its closing delimiter; true for everything else
 */
public record Token(TokenKind kind, String text, int start, int end, int line, int column, boolean terminated) {

    public Token {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    /** True unless this is whitespace or a comment. */
    public boolean isSignificant() {
        return kind != TokenKind.WHITESPACE && kind != TokenKind.LINE_COMMENT && kind != TokenKind.BLOCK_COMMENT;
    }

    /** True for line and block comments. */
    public boolean isComment() {
        return kind == TokenKind.LINE_COMMENT || kind == TokenKind.BLOCK_COMMENT;
    }

    /**
     * The token's meaning rather than its spelling.
     * <ul>
     *   <li>{@link TokenKind#IDENTIFIER}: the text folded to lower case. Like PostgreSQL in a UTF-8 database only
     *       ASCII {@code A-Z} are folded; other letters are kept as written.</li>
     *   <li>{@link TokenKind#QUOTED_IDENTIFIER}: the name with {@code ""} collapsed and {@code U&} escapes decoded
     *       (escape character {@code \}; with an invalid escape the raw name is returned).</li>
     *   <li>{@link TokenKind#STRING}: the content with {@code ''} collapsed; {@code E''} backslash escapes and
     *       {@code U&''} escapes (escape character {@code \}) decoded; {@code B''}/{@code X''} content as written.
     *       A {@code UESCAPE} clause is a separate token and is not applied here.</li>
     *   <li>{@link TokenKind#DOLLAR_STRING}: the body between the delimiters.</li>
     *   <li>anything else: the text.</li>
     * </ul>
     * Unterminated tokens yield the content up to the end of the input. Computed on every call.
     */
    public String value() {
        if (text.isEmpty()) {
            return text; // only for hand-made tokens; the lexer never makes empty ones
        }
        return switch (kind) {
            case IDENTIFIER -> TokenValues.foldIdentifier(text);
            case QUOTED_IDENTIFIER -> TokenValues.quotedIdentifierValue(text, terminated);
            case STRING -> TokenValues.stringValue(text, terminated);
            case DOLLAR_STRING -> TokenValues.dollarStringValue(text, terminated);
            default -> text;
        };
    }

    /**
     * True when this is an unquoted word equal to {@code lowerWord} ignoring ASCII case, e.g.
     * {@code isKeyword("select")}. Does not allocate.
     */
    public boolean isKeyword(String lowerWord) {
        return kind == TokenKind.IDENTIFIER && TokenValues.equalsFolded(text, lowerWord);
    }

    /** True when this is the punctuation token consisting of exactly {@code c}, e.g. {@code isPunctuation(';')}. */
    public boolean isPunctuation(char c) {
        return kind == TokenKind.PUNCTUATION && text.length() == 1 && text.charAt(0) == c;
    }
}
