package dev.pgsafety.core.lexer;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Splits PostgreSQL SQL text into {@link Token}s the way PostgreSQL's scanner does, with
 * {@code standard_conforming_strings = on}.
 *
 * <p>The lexer is total: it never throws on any input, and every input char belongs to exactly one token, so the
 * token texts concatenated give back the input. Input PostgreSQL would reject still yields tokens: unterminated
 * quotes and comments run to the end of the input ({@link Token#terminated()} is false), stray characters become
 * {@link TokenKind#OTHER}, and a number or parameter with trailing letters ({@code 1abc}, {@code $1x}) is one token,
 * as PostgreSQL 16 sees it (it then reports "trailing junk").
 *
 * <p>One pass over the string, no regular expressions; the only allocations are the tokens (their texts are cut
 * out of the input on demand).
 */
public final class Lexer {

    private final String in;
    private final int len;
    private Token[] tokens;
    private int count;

    /** Line bookkeeping: the current line number and the offset where it starts, valid up to {@link #scanned}. */
    private int line = 1;
    private int lineStart;
    private int scanned;

    /** Set by the scan methods of delimited tokens. */
    private boolean terminated;

    private Lexer(String input) {
        this.in = input;
        this.len = input.length();
        // Typical SQL averages several chars per token; a good guess avoids most regrowth.
        this.tokens = new Token[Math.max(16, len / 4)];
    }

    /**
     * Tokenizes {@code input}. Never throws for a non-null input.
     *
     * @param input SQL text, possibly broken or truncated
     * @return the tokens in input order, contiguous and covering the whole input (unmodifiable)
     */
    public static List<Token> tokenize(String input) {
        return lex(input);
    }

    /** {@link #tokenize}, typed for the splitter, whose statements are views of this list. */
    static TokenSlice lex(String input) {
        Objects.requireNonNull(input, "input");
        Lexer lexer = new Lexer(input);
        lexer.run();
        return new TokenSlice(lexer.tokens, 0, lexer.count);
    }

    private void run() {
        int i = 0;
        if (len > 0 && in.charAt(0) == '\uFEFF') {
            // A byte order mark is invisible in editors: columns on line 1 are counted after it.
            lineStart = 1;
            i = whitespace(0, 1);
        }
        while (i < len) {
            i = next(i);
        }
    }

    /** Scans the token starting at {@code i}, adds it and returns its end. */
    private int next(int i) {
        char c = in.charAt(i);
        switch (c) {
            case ' ', '\t', '\n', '\r', '\f', '\u000B':
                return whitespace(i, i);
            case '\'':
                return emit(TokenKind.STRING, i, scanQuoted(i + 1, '\''), terminated);
            case '"':
                return emit(TokenKind.QUOTED_IDENTIFIER, i, scanQuoted(i + 1, '"'), terminated);
            case '$':
                return dollar(i);
            case '(', ')', '[', ']', ',', ';':
                return emit(TokenKind.PUNCTUATION, i, i + 1, true);
            case ':':
                if (at(i + 1) == ':') {
                    return emit(TokenKind.PUNCTUATION, i, i + 2, true);
                }
                if (at(i + 1) == '=') {
                    return emit(TokenKind.OPERATOR, i, i + 2, true);
                }
                return emit(TokenKind.PUNCTUATION, i, i + 1, true);
            case '.':
                if (isDigit(at(i + 1))) {
                    return emit(TokenKind.NUMBER, i, scanNumber(i), true);
                }
                return emit(TokenKind.PUNCTUATION, i, at(i + 1) == '.' ? i + 2 : i + 1, true);
            case '-':
                if (at(i + 1) == '-') {
                    return emit(TokenKind.LINE_COMMENT, i, scanLineComment(i + 2), true);
                }
                return emit(TokenKind.OPERATOR, i, scanOperator(i), true);
            case '/':
                if (at(i + 1) == '*') {
                    return emit(TokenKind.BLOCK_COMMENT, i, scanBlockComment(i + 2), terminated);
                }
                return emit(TokenKind.OPERATOR, i, scanOperator(i), true);
            default:
                break;
        }
        if (isDigit(c)) {
            return emit(TokenKind.NUMBER, i, scanNumber(i), true);
        }
        if (isIdentStart(c)) {
            return word(i, c);
        }
        if (isOperatorChar(c)) {
            return emit(TokenKind.OPERATOR, i, scanOperator(i), true);
        }
        return emit(TokenKind.OTHER, i, i + 1, true);
    }

    /** An identifier, or a string / quoted identifier with a one-letter prefix ({@code E'}, {@code U&"}, ...). */
    private int word(int i, char c) {
        char n1 = at(i + 1);
        if (n1 == '\'') {
            switch (c) {
                case 'e', 'E':
                    return emit(TokenKind.STRING, i, scanEscapeString(i + 2), terminated);
                case 'b', 'B', 'x', 'X':
                    // Bit strings know no '' escape: PostgreSQL ends them at the next quote.
                    return emit(TokenKind.STRING, i, scanUntil(i + 2, '\''), terminated);
                case 'n', 'N':
                    return emit(TokenKind.STRING, i, scanQuoted(i + 2, '\''), terminated);
                default:
                    break;
            }
        } else if (n1 == '&' && (c == 'u' || c == 'U')) {
            char n2 = at(i + 2);
            if (n2 == '\'') {
                return emit(TokenKind.STRING, i, scanQuoted(i + 3, '\''), terminated);
            }
            if (n2 == '"') {
                return emit(TokenKind.QUOTED_IDENTIFIER, i, scanQuoted(i + 3, '"'), terminated);
            }
        }
        int j = i + 1;
        while (j < len && isIdentCont(in.charAt(j))) {
            j++;
        }
        return emit(TokenKind.IDENTIFIER, i, j, true);
    }

    /** {@code $1}, a dollar-quoted string, or a lone {@code $}. */
    private int dollar(int i) {
        int j = i + 1;
        if (j < len && isDigit(in.charAt(j))) {
            j = skipDigits(j, false);
            return emit(TokenKind.PARAMETER, i, skipJunk(j), true);
        }
        if (j < len && isDollarTagStart(in.charAt(j))) {
            j++;
            while (j < len && isDollarTagCont(in.charAt(j))) {
                j++;
            }
        }
        if (j >= len || in.charAt(j) != '$') {
            // Not a delimiter: PostgreSQL returns just the '$' and rescans the rest.
            return emit(TokenKind.OTHER, i, i + 1, true);
        }
        int bodyStart = j + 1;
        String delimiter = in.substring(i, bodyStart);
        int close = in.indexOf(delimiter, bodyStart);
        if (close < 0) {
            return emit(TokenKind.DOLLAR_STRING, i, len, false);
        }
        return emit(TokenKind.DOLLAR_STRING, i, close + delimiter.length(), true);
    }

    /**
     * The whitespace token starting at {@code start}, scanned from {@code j}. It counts its own line breaks as it
     * goes rather than in a second pass ({@link #advanceLines}) as other tokens do: it is the commonest token.
     */
    private int whitespace(int start, int j) {
        int tokenLine = line;
        int column = column(start);
        while (j < len) {
            char c = in.charAt(j);
            if (c == '\n' || (c == '\r' && (j + 1 >= len || in.charAt(j + 1) != '\n'))) {
                line++;
                lineStart = j + 1;
            } else if (!isWhitespace(c)) {
                break;
            }
            j++;
        }
        scanned = j;
        add(TokenKind.WHITESPACE, start, j, tokenLine, column, true);
        return j;
    }

    private int scanLineComment(int j) {
        while (j < len) {
            char c = in.charAt(j);
            if (c == '\n' || c == '\r') {
                break;
            }
            j++;
        }
        return j;
    }

    /** From just after the opening {@code /*}; comments nest. Sets {@link #terminated}. */
    private int scanBlockComment(int j) {
        int depth = 1;
        while (j < len - 1) {
            char c = in.charAt(j);
            if (c == '*' && in.charAt(j + 1) == '/') {
                j += 2;
                if (--depth == 0) {
                    terminated = true;
                    return j;
                }
            } else if (c == '/' && in.charAt(j + 1) == '*') {
                depth++;
                j += 2;
            } else {
                j++;
            }
        }
        terminated = false;
        return len;
    }

    /** From just after an opening {@code quote}; a doubled quote is an escaped one. Sets {@link #terminated}. */
    private int scanQuoted(int j, char quote) {
        while (true) {
            int k = in.indexOf(quote, j);
            if (k < 0) {
                terminated = false;
                return len;
            }
            if (k + 1 < len && in.charAt(k + 1) == quote) {
                j = k + 2;
            } else {
                terminated = true;
                return k + 1;
            }
        }
    }

    /** From just after the opening quote of a string without escapes. Sets {@link #terminated}. */
    private int scanUntil(int j, char quote) {
        int k = in.indexOf(quote, j);
        terminated = k >= 0;
        return k < 0 ? len : k + 1;
    }

    /** From just after {@code E'}: a backslash escapes the next char, and {@code ''} is a quote. */
    private int scanEscapeString(int j) {
        while (j < len) {
            char c = in.charAt(j);
            if (c == '\\') {
                j += 2;
            } else if (c == '\'') {
                if (j + 1 < len && in.charAt(j + 1) == '\'') {
                    j += 2;
                } else {
                    terminated = true;
                    return j + 1;
                }
            } else {
                j++;
            }
        }
        terminated = false;
        return len;
    }

    /**
     * A numeric literal starting at {@code i} (a digit, or a '.' followed by a digit). Accepts PG 16 forms loosely:
     * {@code _} between digits, {@code 0x}/{@code 0o}/{@code 0b} prefixes. Trailing identifier characters are kept in
     * the same token.
     */
    private int scanNumber(int i) {
        int j = i;
        char c = in.charAt(i);
        if (c == '0' && isRadixPrefix(at(i + 1))) {
            j = i + 2;
            while (j < len && isIdentCont(in.charAt(j)) && in.charAt(j) != '$') {
                j++;
            }
            return j;
        }
        if (c != '.') {
            j = skipDigits(j, true);
        }
        // A fraction, unless this is "1..5" where '..' is its own token.
        if (at(j) == '.' && at(j + 1) != '.') {
            j = skipDigits(j + 1, true);
        }
        char e = at(j);
        if (e == 'e' || e == 'E') {
            int k = j + 1;
            char sign = at(k);
            if (sign == '+' || sign == '-') {
                k++;
            }
            if (isDigit(at(k))) {
                j = skipDigits(k, true);
            }
        }
        return skipJunk(j);
    }

    /** Digits, plus '_' separators if allowed at this point. */
    private int skipDigits(int j, boolean underscores) {
        while (j < len) {
            char c = in.charAt(j);
            if (isDigit(c) || (c == '_' && underscores)) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    /** Identifier characters glued to a number or parameter ({@code 1abc}): PostgreSQL 16 lexes them as one token. */
    private int skipJunk(int j) {
        if (j < len && isIdentStart(in.charAt(j))) {
            j++;
            while (j < len && isIdentCont(in.charAt(j))) {
                j++;
            }
        }
        return j;
    }

    /**
     * An operator at {@code i} (known not to start a comment), cut as PostgreSQL cuts it: the run of operator
     * characters stops before an embedded {@code --} or {@code /*}; trailing {@code +}/{@code -} are split off unless
     * the operator contains one of {@code ~ ! @ # % ^ & | ` ?} (so {@code =-1} is {@code =} and {@code -1}).
     */
    private int scanOperator(int i) {
        int j = i + 1;
        boolean special = isSpecialOperatorChar(in.charAt(i));
        while (j < len) {
            char c = in.charAt(j);
            if (!isOperatorChar(c)) {
                break;
            }
            char d = at(j + 1);
            if ((c == '-' && d == '-') || (c == '/' && d == '*')) {
                break;
            }
            special |= isSpecialOperatorChar(c);
            j++;
        }
        if (!special) {
            while (j - i > 1 && (in.charAt(j - 1) == '+' || in.charAt(j - 1) == '-')) {
                j--;
            }
        }
        return j;
    }

    /** Adds the token {@code [start, end)} and returns {@code end}. */
    private int emit(TokenKind kind, int start, int end, boolean complete) {
        // Tokens are contiguous, so lines are already counted up to start.
        add(kind, start, end, line, column(start), complete);
        if (kind == TokenKind.BLOCK_COMMENT || kind == TokenKind.STRING || kind == TokenKind.DOLLAR_STRING
                || kind == TokenKind.QUOTED_IDENTIFIER) {
            advanceLines(end); // only these kinds (and whitespace, which counts its own) can hold line breaks
        } else {
            scanned = end;
        }
        return end;
    }

    /** The column of {@code offset} on the current line. max(): the BOM sits before lineStart. */
    private int column(int offset) {
        return Math.max(1, offset - lineStart + 1);
    }

    private void add(TokenKind kind, int start, int end, int line, int column, boolean complete) {
        if (count == tokens.length) {
            tokens = Arrays.copyOf(tokens, count * 2);
        }
        tokens[count++] = Token.lexed(kind, in, start, end, line, column, complete);
    }

    /** Counts line breaks in {@code [scanned, to)}: LF, CRLF (counted at its LF) and a lone CR. */
    private void advanceLines(int to) {
        for (int k = scanned; k < to; k++) {
            char c = in.charAt(k);
            if (c == '\n' || (c == '\r' && (k + 1 >= len || in.charAt(k + 1) != '\n'))) {
                line++;
                lineStart = k + 1;
            }
        }
        scanned = to;
    }

    /** The char at {@code k}, or NUL past the end (NUL matches no test below that it must not match). */
    private char at(int k) {
        return k < len ? in.charAt(k) : '\0';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isRadixPrefix(char c) {
        return c == 'x' || c == 'X' || c == 'o' || c == 'O' || c == 'b' || c == 'B';
    }

    static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }

    /** PostgreSQL treats every non-ASCII byte as a letter; for UTF-16 that is every char from U+0080 on. */
    static boolean isIdentStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= '\u0080';
    }

    /** ASCII chars that continue an identifier: one lookup in the lexer's tightest loop instead of six tests. */
    private static final boolean[] ASCII_IDENT_CONT = new boolean[128];

    static {
        for (char c = 0; c < ASCII_IDENT_CONT.length; c++) {
            ASCII_IDENT_CONT[c] = isIdentStart(c) || isDigit(c) || c == '$';
        }
    }

    static boolean isIdentCont(char c) {
        return c >= ASCII_IDENT_CONT.length || ASCII_IDENT_CONT[c];
    }

    private static boolean isDollarTagStart(char c) {
        return isIdentStart(c);
    }

    private static boolean isDollarTagCont(char c) {
        return isIdentStart(c) || isDigit(c);
    }

    static boolean isOperatorChar(char c) {
        switch (c) {
            case '+', '-', '*', '/', '<', '>', '=', '~', '!', '@', '#', '%', '^', '&', '|', '`', '?':
                return true;
            default:
                return false;
        }
    }

    private static boolean isSpecialOperatorChar(char c) {
        switch (c) {
            case '~', '!', '@', '#', '%', '^', '&', '|', '`', '?':
                return true;
            default:
                return false;
        }
    }
}
