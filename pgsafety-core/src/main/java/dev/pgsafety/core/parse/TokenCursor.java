package dev.pgsafety.core.parse;

import java.util.ArrayList;
import java.util.List;

import dev.pgsafety.core.lexer.Token;
import dev.pgsafety.core.lexer.TokenKind;
import dev.pgsafety.core.model.QualifiedName;
import dev.pgsafety.core.model.SqlText;

/** Reads the significant tokens of one statement left to right; every parser step goes through it. */
final class TokenCursor {

    private final List<Token> tokens;
    private final String text;
    private final int textOffset;
    private int pos;

    /**
     * @param tokens     significant tokens of the statement
     * @param text       the statement text
     * @param textOffset absolute offset of {@code text}'s first char (token offsets are absolute)
     */
    TokenCursor(List<Token> tokens, String text, int textOffset) {
        this.tokens = tokens;
        this.text = text;
        this.textOffset = textOffset;
    }

    boolean atEnd() {
        return pos >= tokens.size();
    }

    int position() {
        return pos;
    }

    void reset(int position) {
        pos = position;
    }

    Token peek() {
        return peek(0);
    }

    Token peek(int ahead) {
        int i = pos + ahead;
        return i < tokens.size() ? tokens.get(i) : null;
    }

    Token next() {
        if (atEnd()) {
            throw error("the statement ends too early");
        }
        return tokens.get(pos++);
    }

    boolean isKeyword(String word) {
        return isKeyword(0, word);
    }

    boolean isKeyword(int ahead, String word) {
        Token t = peek(ahead);
        return t != null && t.isKeyword(word);
    }

    /** True when the next tokens are exactly these key words. */
    boolean isKeywords(String... words) {
        for (int i = 0; i < words.length; i++) {
            if (!isKeyword(i, words[i])) {
                return false;
            }
        }
        return true;
    }

    /** Consumes the key words if all of them come next, in order; otherwise consumes nothing. */
    boolean acceptKeywords(String... words) {
        if (!isKeywords(words)) {
            return false;
        }
        pos += words.length;
        return true;
    }

    boolean acceptKeyword(String word) {
        if (isKeyword(word)) {
            pos++;
            return true;
        }
        return false;
    }

    /** Consumes whichever of the given key words comes next and returns it, or null. */
    String acceptAnyKeyword(String... words) {
        for (String w : words) {
            if (acceptKeyword(w)) {
                return w;
            }
        }
        return null;
    }

    void expectKeywords(String... words) {
        if (!acceptKeywords(words)) {
            throw error("expected " + String.join(" ", words).toUpperCase());
        }
    }

    boolean isPunct(char c) {
        Token t = peek();
        return t != null && t.isPunctuation(c);
    }

    boolean acceptPunct(char c) {
        if (isPunct(c)) {
            pos++;
            return true;
        }
        return false;
    }

    void expectPunct(char c) {
        if (!acceptPunct(c)) {
            throw error("expected '" + c + "'");
        }
    }

    boolean isIdentifier() {
        Token t = peek();
        return t != null && (t.kind() == TokenKind.IDENTIFIER || t.kind() == TokenKind.QUOTED_IDENTIFIER);
    }

    /** An identifier, folded as PostgreSQL folds it. */
    String identifier() {
        if (!isIdentifier()) {
            throw error("expected a name");
        }
        return next().value();
    }

    /** {@code name}, {@code schema.name} or {@code db.schema.name} (the database part is dropped). */
    QualifiedName qualifiedName() {
        String first = identifier();
        if (!acceptPunct('.')) {
            return QualifiedName.of(first);
        }
        String second = identifier();
        if (!acceptPunct('.')) {
            return new QualifiedName(first, second);
        }
        return new QualifiedName(second, identifier());
    }

    /** {@code ( a, b, c )} of plain names. */
    List<String> identifierList() {
        expectPunct('(');
        List<String> names = new ArrayList<>();
        do {
            names.add(identifier());
        } while (acceptPunct(','));
        expectPunct(')');
        return names;
    }

    /** Skips a parenthesised group, nested ones included; the cursor must be on its '('. */
    void skipParenthesized() {
        expectPunct('(');
        int depth = 1;
        while (depth > 0) {
            Token t = next();
            if (t.isPunctuation('(') || t.isPunctuation('[')) {
                depth++;
            } else if (t.isPunctuation(')') || t.isPunctuation(']')) {
                depth--;
            }
        }
    }

    /** The contents of a parenthesised group as text; the cursor must be on its '('. */
    SqlText parenthesized() {
        expectPunct('(');
        int from = pos;
        pos--;
        skipParenthesized();
        return textOf(from, pos - 1);
    }

    /**
     * Collects an expression up to (not including) a ',' or ')' at depth 0, the end, or a token at depth 0
     * for which {@code stop} is true. At least one token is taken.
     */
    SqlText expression(java.util.function.Predicate<TokenCursor> stop) {
        int from = pos;
        int depth = 0;
        while (!atEnd()) {
            Token t = peek();
            if (depth == 0 && pos > from && (t.isPunctuation(',') || t.isPunctuation(')') || stop.test(this))) {
                break;
            }
            if (depth == 0 && pos == from && (t.isPunctuation(',') || t.isPunctuation(')'))) {
                break;
            }
            if (t.isPunctuation('(') || t.isPunctuation('[')) {
                depth++;
            } else if (t.isPunctuation(')') || t.isPunctuation(']')) {
                if (depth == 0) {
                    break;
                }
                depth--;
            }
            pos++;
        }
        if (pos == from) {
            throw error("expected an expression");
        }
        return textOf(from, pos);
    }

    /** Everything left in the statement as text. */
    SqlText rest() {
        int from = pos;
        pos = tokens.size();
        return textOf(from, pos);
    }

    /** Everything left in the statement as written: {@code rest().text()} without building the folded form. */
    String restWritten() {
        int from = pos;
        pos = tokens.size();
        return written(from, pos);
    }

    /** Consumes everything left in the statement. */
    void skipRest() {
        pos = tokens.size();
    }

    /** Skips to the next ',' or unmatched ')' at depth 0 (not consumed) or the end. */
    void skipToCommaOrEnd() {
        int depth = 0;
        while (!atEnd()) {
            Token t = peek();
            if (depth == 0 && (t.isPunctuation(',') || t.isPunctuation(')'))) {
                return;
            }
            if (t.isPunctuation('(') || t.isPunctuation('[')) {
                depth++;
            } else if (t.isPunctuation(')') || t.isPunctuation(']')) {
                depth--;
            }
            pos++;
        }
    }

    /** Tokens [from, to) as written, and a folded lower-case form for matching. */
    SqlText textOf(int from, int to) {
        if (from >= to) {
            return SqlText.EMPTY;
        }
        String written = written(from, to);
        // Each token's text is copied straight from the statement text, folded like Token.value() for identifiers,
        // rather than through a String per token; the capacity bounds the result (tokens plus one blank each).
        StringBuilder lower = new StringBuilder(written.length() + (to - from));
        for (int i = from; i < to; i++) {
            if (i > from) {
                lower.append(' ');
            }
            Token t = tokens.get(i);
            int start = t.start() - textOffset;
            int end = t.end() - textOffset;
            if (t.kind() == TokenKind.IDENTIFIER) {
                for (int k = start; k < end; k++) {
                    char c = text.charAt(k);
                    lower.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
                }
            } else {
                lower.append(text, start, end);
            }
        }
        return new SqlText(written, lower.toString());
    }

    /** Tokens [from, to) as written: {@code textOf(from, to).text()} without building the folded form. */
    String written(int from, int to) {
        if (from >= to) {
            return "";
        }
        return text.substring(tokens.get(from).start() - textOffset, tokens.get(to - 1).end() - textOffset);
    }

    /** Offset of the token at {@code index} relative to the statement text. */
    int relativeOffset(Token t) {
        return t.start() - textOffset;
    }

    void expectEnd() {
        if (!atEnd()) {
            throw error("unexpected '" + peek().text() + "'");
        }
    }

    ParseException error(String message) {
        Token t = peek();
        String where = t == null ? "at the end of the statement" : "at '" + t.text() + "' (line " + t.line() + ")";
        return new ParseException(message + " " + where);
    }
}
