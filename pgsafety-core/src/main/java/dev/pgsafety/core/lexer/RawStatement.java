package dev.pgsafety.core.lexer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One SQL statement as found by {@link StatementSplitter}, with the text around it so that the input can be rebuilt
 * exactly: the {@link #fullText()} of all statements followed by {@link StatementSplitter.SplitResult#trailing()}
 * is the input.
 *
 * @param index           0-based position among the statements of the input
 * @param leading         text between the previous statement's terminator (or the input start) and this statement's
 *                        first significant token: whitespace, comments, and the {@code ;} of any empty statements
 * @param text            from the first significant token to the end of the last significant token before the
 *                        terminating {@code ;}; comments inside the statement stay in it
 * @param terminator      {@code ";"} normally; {@code ""} when the statement runs to the end of the input without a
 *                        semicolon; if whitespace or comments stand between the last significant token and the
 *                        semicolon they are part of the terminator, e.g. {@code " -- note\n;"}, so it always
 *                        ends with {@code ;} unless it is empty
 * @param start           offset of the first significant token
 * @param end             offset after the last significant token ({@code text} is {@code input.substring(start, end)})
 * @param line            1-based line of the first significant token
 * @param column          1-based column of the first significant token
 * @param tokens          all tokens from {@code start} to {@code end}, including inner comments and whitespace
 * @param leadingComments the comment tokens in {@code leading}, in order
 */
public record RawStatement(
        int index,
        String leading,
        String text,
        String terminator,
        int start,
        int end,
        int line,
        int column,
        List<Token> tokens,
        List<Token> leadingComments) {

    public RawStatement {
        Objects.requireNonNull(leading, "leading");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(terminator, "terminator");
        tokens = List.copyOf(tokens);
        leadingComments = List.copyOf(leadingComments);
    }

    /** The tokens of the statement without whitespace and comments. */
    public List<Token> significantTokens() {
        List<Token> result = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            if (t.isSignificant()) {
                result.add(t);
            }
        }
        return result;
    }

    /** {@code leading + text + terminator}: the exact slice of the input this statement accounts for. */
    public String fullText() {
        return leading + text + terminator;
    }

    /** True when the statement was ended by a semicolon, false when it ran to the end of the input. */
    public boolean hasTerminator() {
        return !terminator.isEmpty();
    }
}
