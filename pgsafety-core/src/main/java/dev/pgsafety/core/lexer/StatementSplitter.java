package dev.pgsafety.core.lexer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits a migration script into statements at top-level semicolons, like psql does.
 *
 * <p>A semicolon ends a statement only outside strings, dollar strings, quoted identifiers and comments (the
 * {@link Lexer} takes care of those), outside parentheses, and outside the body of a SQL-standard function
 * ({@code CREATE [OR REPLACE] FUNCTION|PROCEDURE ... BEGIN ATOMIC ...; ...; END}). In such a body every
 * {@code CASE} also opens a level closed by {@code END}. Elsewhere {@code BEGIN;} and {@code END;} are ordinary
 * transaction statements.
 *
 * <p>Empty statements ({@code ;;}, or a {@code ;} preceded only by comments) yield no {@link RawStatement}: their
 * {@code ;} stays in the {@link RawStatement#leading() leading} text of the next statement, or in
 * {@link SplitResult#trailing() trailing} if none follows, so the input can still be rebuilt exactly.
 *
 * <p>Never throws for a non-null input. Broken input splits as best it can: an unbalanced {@code ")"} is ignored,
 * an unclosed {@code "("} or quote swallows the rest of the input into the last statement.
 */
public final class StatementSplitter {

    /**
     * The statements of an input and what follows the last of them.
     *
     * @param statements the statements in input order
     * @param trailing   the text after the last statement's {@link RawStatement#fullText()}: whitespace, comments and
     *                   bare semicolons only. After a statement without a terminating semicolon it starts right
     *                   after the statement's last significant token.
     */
    public record SplitResult(List<RawStatement> statements, String trailing) {
        public SplitResult {
            statements = List.copyOf(statements);
            Objects.requireNonNull(trailing, "trailing");
        }
    }

    private StatementSplitter() {
    }

    /** Splits {@code input}; the {@code fullText()} of all statements plus {@code trailing} equals the input. */
    public static SplitResult split(String input) {
        TokenSlice tokens = Lexer.lex(input);
        // The significant tokens of the whole input, in order: each statement's are a slice of it.
        Token[] significant = new Token[tokens.size()];
        int significantCount = 0;
        List<RawStatement> statements = new ArrayList<>();
        BlockTracker blocks = new BlockTracker();
        int leadingToken = 0;     // index of the first token after the previous terminator
        int first = -1;           // index of the statement's first significant token, -1 while none
        int last = -1;            // index of its last significant token so far
        int firstSignificant = 0; // index of the statement's first significant token in significant[]
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (!t.isSignificant()) {
                continue;
            }
            if (t.isPunctuation(';') && blocks.atTopLevel()) {
                if (first >= 0) {
                    statements.add(statement(input, tokens, statements.size(), leadingToken, first, last, t.end(),
                            new TokenSlice(significant, firstSignificant, significantCount)));
                    leadingToken = k + 1;
                    first = -1;
                    blocks = new BlockTracker();
                }
                // else: an empty statement; its ';' becomes part of the next statement's leading text
                continue;
            }
            if (first < 0) {
                first = k;
                firstSignificant = significantCount;
            }
            last = k;
            significant[significantCount++] = t;
            blocks.accept(t);
        }
        int trailingStart;
        if (first >= 0) {
            int end = tokens.get(last).end();
            statements.add(statement(input, tokens, statements.size(), leadingToken, first, last, end,
                    new TokenSlice(significant, firstSignificant, significantCount)));
            trailingStart = end;
        } else {
            trailingStart = leadingToken < tokens.size() ? tokens.get(leadingToken).start() : input.length();
        }
        return new SplitResult(statements, input.substring(trailingStart));
    }

    /** Builds the statement made of tokens {@code first..last}, whose full text ends at {@code fullEnd}. */
    private static RawStatement statement(String input, TokenSlice tokens, int index, int leadingToken,
            int first, int last, int fullEnd, TokenSlice significant) {
        int leadingStart = tokens.get(leadingToken < first ? leadingToken : first).start();
        List<Token> comments = null;
        for (int k = leadingToken; k < first; k++) {
            Token t = tokens.get(k);
            if (t.isComment()) {
                if (comments == null) {
                    comments = new ArrayList<>(2);
                }
                comments.add(t);
            }
        }
        return new RawStatement(input, index, leadingStart, fullEnd, tokens.subList(first, last + 1), significant,
                comments == null ? List.of() : comments);
    }

    /**
     * Follows the significant tokens of one statement to tell whether a semicolon is at its top level: outside
     * parentheses and outside a {@code BEGIN ATOMIC ... END} routine body.
     */
    private static final class BlockTracker {
        private static final int HEAD_START = 0;
        private static final int HEAD_CREATE = 1;
        private static final int HEAD_CREATE_OR = 2;
        private static final int HEAD_CREATE_OR_REPLACE = 3;
        private static final int HEAD_ROUTINE = 4;
        private static final int HEAD_OTHER = 5;

        /** Where we are in matching {@code CREATE [OR REPLACE] FUNCTION|PROCEDURE} at the statement start. */
        private int head = HEAD_START;
        private int parenDepth;
        /** Open {@code BEGIN ATOMIC} and {@code CASE} levels inside a routine body. */
        private int blockDepth;
        /** The previous significant token was {@code BEGIN} at parenthesis depth 0. */
        private boolean afterBegin;

        boolean atTopLevel() {
            return parenDepth == 0 && blockDepth == 0;
        }

        void accept(Token t) {
            if (head < HEAD_ROUTINE) {
                head = nextHead(t);
            }
            if (t.kind() == TokenKind.PUNCTUATION) {
                if (t.isPunctuation('(')) {
                    parenDepth++;
                } else if (t.isPunctuation(')') && parenDepth > 0) {
                    parenDepth--;
                }
            }
            boolean begin = false;
            if (head == HEAD_ROUTINE && parenDepth == 0 && t.kind() == TokenKind.IDENTIFIER) {
                if (t.isKeyword("atomic") && afterBegin) {
                    blockDepth++;
                } else if (blockDepth > 0 && t.isKeyword("case")) {
                    blockDepth++;
                } else if (blockDepth > 0 && t.isKeyword("end")) {
                    blockDepth--;
                } else {
                    begin = t.isKeyword("begin");
                }
            }
            afterBegin = begin;
        }

        private int nextHead(Token t) {
            switch (head) {
                case HEAD_START:
                    return t.isKeyword("create") ? HEAD_CREATE : HEAD_OTHER;
                case HEAD_CREATE:
                    if (t.isKeyword("or")) {
                        return HEAD_CREATE_OR;
                    }
                    return isRoutineKeyword(t) ? HEAD_ROUTINE : HEAD_OTHER;
                case HEAD_CREATE_OR:
                    return t.isKeyword("replace") ? HEAD_CREATE_OR_REPLACE : HEAD_OTHER;
                case HEAD_CREATE_OR_REPLACE:
                    return isRoutineKeyword(t) ? HEAD_ROUTINE : HEAD_OTHER;
                default:
                    return head;
            }
        }

        private static boolean isRoutineKeyword(Token t) {
            return t.isKeyword("function") || t.isKeyword("procedure");
        }
    }
}
