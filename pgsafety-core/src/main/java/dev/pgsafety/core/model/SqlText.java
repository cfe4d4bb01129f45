package dev.pgsafety.core.model;

/**
 * A piece of SQL kept as written (an expression, a default, a WHERE clause): rules look at its text;
 * {@code lowerText} has comments dropped and whitespace folded, for matching.
 */
public record SqlText(String text, String lowerText) {

    public static final SqlText EMPTY = new SqlText("", "");

    public boolean isEmpty() {
        return text.isEmpty();
    }

    @Override
    public String toString() {
        return text;
    }
}
