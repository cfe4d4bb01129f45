package dev.pgsafety.core.lexer;

import java.util.Objects;

/**
 * One lexical token: its exact source text and where it sits in the input.
 *
 * <p>Not a record, but a value all the same ({@code equals} compares every property): the text is cut out of the
 * input only when {@link #text()} is first asked for. Most tokens (whitespace, punctuation, key words compared with
 * {@link #isKeyword}) never are, and a substring per token was the lexer's largest cost.
 */
public final class Token {

    /** Shared texts of one-char ASCII tokens (single spaces, commas, parentheses, ...): the commonest tokens. */
    private static final String[] ASCII_TEXTS = new String[128];

    static {
        for (int c = 0; c < ASCII_TEXTS.length; c++) {
            ASCII_TEXTS[c] = String.valueOf((char) c);
        }
    }

    private final TokenKind kind;
    /** The lexer's input, of which the token is {@code [start, end)}; null for a token made with its text. */
    private final String source;
    private final int start;
    private final int end;
    private final int line;
    private final int column;
    private final boolean terminated;
    /** The text once asked for, or as given. */
    private String text;

    /**
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
    public Token(TokenKind kind, String text, int start, int end, int line, int column, boolean terminated) {
        this(Objects.requireNonNull(text, "text"), kind, null, start, end, line, column, terminated);
    }

    /** A token of the lexer: its text is {@code input.substring(start, end)}, made on demand. */
    static Token lexed(TokenKind kind, String input, int start, int end, int line, int column, boolean terminated) {
        return new Token(null, kind, input, start, end, line, column, terminated);
    }

    private Token(String text, TokenKind kind, String source, int start, int end, int line, int column,
                  boolean terminated) {
        this.text = text;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.source = source;
        this.start = start;
        this.end = end;
        this.line = line;
        this.column = column;
        this.terminated = terminated;
    }

    /** The lexical category. */
    public TokenKind kind() {
        return kind;
    }

    /** The exact source text, {@code input.substring(start(), end())}. */
    public String text() {
        String t = text;
        if (t == null) {
            char c = end - start == 1 ? source.charAt(start) : 0;
            t = c != 0 && c < ASCII_TEXTS.length ? ASCII_TEXTS[c] : source.substring(start, end);
            text = t;
        }
        return t;
    }

    /** Char offset of the first character. */
    public int start() {
        return start;
    }

    /** Char offset after the last character (exclusive). */
    public int end() {
        return end;
    }

    /** 1-based line of {@link #start()}. */
    public int line() {
        return line;
    }

    /** 1-based column of {@link #start()}. */
    public int column() {
        return column;
    }

    /** False for a delimited token that ran to the end of the input without its closing delimiter. */
    public boolean terminated() {
        return terminated;
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
        String text = text();
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
        if (kind != TokenKind.IDENTIFIER) {
            return false;
        }
        String t = text;
        return t != null ? TokenValues.equalsFolded(t, 0, t.length(), lowerWord)
                : TokenValues.equalsFolded(source, start, end, lowerWord);
    }

    /** True when this is the punctuation token consisting of exactly {@code c}, e.g. {@code isPunctuation(';')}. */
    public boolean isPunctuation(char c) {
        if (kind != TokenKind.PUNCTUATION) {
            return false;
        }
        String t = text;
        return t != null ? t.length() == 1 && t.charAt(0) == c : end - start == 1 && source.charAt(start) == c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Token t && kind == t.kind && start == t.start && end == t.end && line == t.line
                && column == t.column && terminated == t.terminated && text().equals(t.text());
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, text(), start, end, line, column, terminated);
    }

    @Override
    public String toString() {
        return "Token[kind=" + kind + ", text=" + text() + ", start=" + start + ", end=" + end + ", line=" + line
                + ", column=" + column + ", terminated=" + terminated + "]";
    }
}
