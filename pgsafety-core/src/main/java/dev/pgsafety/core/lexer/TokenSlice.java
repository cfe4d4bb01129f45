package dev.pgsafety.core.lexer;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An unmodifiable view of {@code tokens[from, to)}. The lexer's result and every statement's token lists are such
 * views over the arrays made once per input: copying a list per statement was a visible share of the splitting.
 */
final class TokenSlice extends AbstractList<Token> implements RandomAccess {

    private final Token[] tokens;
    private final int from;
    private final int size;

    /** The array must not change afterwards. */
    TokenSlice(Token[] tokens, int from, int to) {
        Objects.checkFromToIndex(from, to, tokens.length);
        this.tokens = tokens;
        this.from = from;
        this.size = to - from;
    }

    @Override
    public Token get(int index) {
        return tokens[from + Objects.checkIndex(index, size)];
    }

    @Override
    public int size() {
        return size;
    }

    /** A view again, without copying. */
    @Override
    public TokenSlice subList(int fromIndex, int toIndex) {
        Objects.checkFromToIndex(fromIndex, toIndex, size);
        return new TokenSlice(tokens, from + fromIndex, from + toIndex);
    }
}
