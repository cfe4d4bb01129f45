package dev.pgsafety.core.lexer;

import java.util.List;
import java.util.Objects;

/**
 * One SQL statement as found by {@link StatementSplitter}, with the text around it so that the input can be rebuilt
 * exactly: the {@link #fullText()} of all statements followed by {@link StatementSplitter.SplitResult#trailing()}
 * is the input.
 *
 * <p>Not a record, but a value all the same ({@code equals} compares every property): the token lists are views of
 * the arrays the splitter makes once per input, and the text around the statement is cut out of the input only when
 * asked for. Copying a token list and two substrings per statement were a visible share of the splitting.
 */
public final class RawStatement {

    private final String input;
    private final int index;
    private final int leadingStart;
    private final String text;
    private final int start;
    private final int end;
    private final int fullEnd;
    private final int line;
    private final int column;
    private final List<Token> tokens;
    private final List<Token> significantTokens;
    private final List<Token> leadingComments;

    /**
     * @param input             the whole input the statement was split from
     * @param index             0-based position among the statements of the input
     * @param leadingStart      offset where {@link #leading()} starts
     * @param fullEnd           offset after {@link #terminator()}
     * @param tokens            all tokens from the first significant one to the last, unmodifiable
     * @param significantTokens the same without whitespace and comments, unmodifiable
     * @param leadingComments   the comment tokens in {@link #leading()}, in order
     */
    RawStatement(String input, int index, int leadingStart, int fullEnd, List<Token> tokens,
                 List<Token> significantTokens, List<Token> leadingComments) {
        Token first = tokens.get(0);
        this.input = input;
        this.index = index;
        this.leadingStart = leadingStart;
        this.start = first.start();
        this.end = tokens.get(tokens.size() - 1).end();
        this.fullEnd = fullEnd;
        this.text = input.substring(start, end);
        this.line = first.line();
        this.column = first.column();
        this.tokens = tokens;
        this.significantTokens = significantTokens;
        this.leadingComments = List.copyOf(leadingComments);
    }

    /** 0-based position among the statements of the input. */
    public int index() {
        return index;
    }

    /**
     * Text between the previous statement's terminator (or the input start) and this statement's first significant
     * token: whitespace, comments, and the {@code ;} of any empty statements.
     */
    public String leading() {
        return input.substring(leadingStart, start);
    }

    /**
     * From the first significant token to the end of the last significant token before the terminating {@code ;};
     * comments inside the statement stay in it.
     */
    public String text() {
        return text;
    }

    /**
     * {@code ";"} normally; {@code ""} when the statement runs to the end of the input without a semicolon; if
     * whitespace or comments stand between the last significant token and the semicolon they are part of the
     * terminator, e.g. {@code " -- note\n;"}, so it always ends with {@code ;} unless it is empty.
     */
    public String terminator() {
        return input.substring(end, fullEnd);
    }

    /** Offset of the first significant token. */
    public int start() {
        return start;
    }

    /** Offset after the last significant token ({@code text} is {@code input.substring(start, end)}). */
    public int end() {
        return end;
    }

    /** 1-based line of the first significant token. */
    public int line() {
        return line;
    }

    /** 1-based column of the first significant token. */
    public int column() {
        return column;
    }

    /** All tokens from {@code start} to {@code end}, including inner comments and whitespace; unmodifiable. */
    public List<Token> tokens() {
        return tokens;
    }

    /** The comment tokens in {@code leading}, in order; unmodifiable. */
    public List<Token> leadingComments() {
        return leadingComments;
    }

    /** The tokens of the statement without whitespace and comments; unmodifiable. */
    public List<Token> significantTokens() {
        return significantTokens;
    }

    /** {@code leading + text + terminator}: the exact slice of the input this statement accounts for. */
    public String fullText() {
        return input.substring(leadingStart, fullEnd);
    }

    /** True when the statement was ended by a semicolon, false when it ran to the end of the input. */
    public boolean hasTerminator() {
        return fullEnd > end;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RawStatement r && index == r.index && start == r.start && end == r.end && line == r.line
                && column == r.column && text.equals(r.text) && leading().equals(r.leading())
                && terminator().equals(r.terminator()) && tokens.equals(r.tokens)
                && leadingComments.equals(r.leadingComments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(index, leading(), text, terminator(), start, end, line, column, tokens, leadingComments);
    }

    @Override
    public String toString() {
        return "RawStatement[index=" + index + ", leading=" + leading() + ", text=" + text + ", terminator="
                + terminator() + ", start=" + start + ", end=" + end + ", line=" + line + ", column=" + column
                + ", tokens=" + tokens + ", leadingComments=" + leadingComments + "]";
    }
}
