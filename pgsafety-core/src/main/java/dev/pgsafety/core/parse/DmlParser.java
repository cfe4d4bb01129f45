package dev.pgsafety.core.parse;

import dev.pgsafety.core.lexer.Token;
import dev.pgsafety.core.lexer.TokenKind;
import dev.pgsafety.core.model.QualifiedName;
import dev.pgsafety.core.model.SqlText;
import dev.pgsafety.core.model.Statement;
import dev.pgsafety.core.model.Statement.WhereShape;

/** UPDATE, DELETE and INSERT: their target, and whether a WHERE bounds the rows touched. */
final class DmlParser {

    private DmlParser() {
    }

    /** Cursor after UPDATE. */
    static Statement update(TokenCursor c) {
        c.acceptKeyword("only");
        QualifiedName table = c.qualifiedName();
        c.acceptPunct('*');
        SqlText set = SqlText.EMPTY;
        if (c.acceptKeyword("as") || (c.isIdentifier() && !c.isKeyword("set"))) {
            c.identifier();
        }
        if (c.acceptKeyword("set")) {
            int from = c.position();
            skipToTopLevelKeyword(c, "where", "from", "returning");
            set = c.textOf(from, c.position());
        }
        skipToTopLevelKeyword(c, "where");
        return whereOf(c, table, set);
    }

    /** Cursor after DELETE. */
    static Statement delete(TokenCursor c) {
        c.expectKeywords("from");
        c.acceptKeyword("only");
        QualifiedName table = c.qualifiedName();
        c.acceptPunct('*');
        skipToTopLevelKeyword(c, "where");
        return whereOf(c, table, null);
    }

    /** Cursor after INSERT. */
    static Statement insert(TokenCursor c) {
        c.expectKeywords("into");
        QualifiedName table = c.qualifiedName();
        if (c.acceptKeyword("as")) {
            c.identifier();
        }
        if (c.isPunct('(') && !(c.peek(1) != null && (c.peek(1).isKeyword("select") || c.peek(1).isKeyword("with")))) {
            c.skipParenthesized();
        }
        c.acceptKeywords("overriding", "system", "value");
        c.acceptKeywords("overriding", "user", "value");
        boolean fromQuery = c.isKeyword("select") || c.isKeyword("with") || c.isKeyword("table")
                || (c.isPunct('(') && c.peek(1) != null && (c.peek(1).isKeyword("select") || c.peek(1).isKeyword("with")));
        c.skipRest();
        return new Statement.Insert(table, fromQuery);
    }

    /** {@code set} is null for DELETE. */
    private static Statement whereOf(TokenCursor c, QualifiedName table, SqlText set) {
        WhereShape shape = WhereShape.NONE;
        SqlText where = SqlText.EMPTY;
        if (c.acceptKeyword("where")) {
            int from = c.position();
            skipToTopLevelKeyword(c, "returning");
            where = c.textOf(from, c.position());
            shape = classify(c, from, c.position());
        }
        c.skipRest();
        return set != null ? new Statement.Update(table, shape, where, set) : new Statement.Delete(table, shape, where);
    }

    /**
     * A WHERE bounds the work when it limits rows by key range or list: a range comparison, BETWEEN,
     * {@code id = ...}/{@code id IN (...)}, a subquery with LIMIT, or WHERE CURRENT OF.
     */
    private static WhereShape classify(TokenCursor c, int from, int to) {
        int save = c.position();
        try {
            c.reset(from);
            if (c.isKeywords("current", "of")) {
                return WhereShape.BOUNDED;
            }
            Token previous = null;
            for (int i = from; i < to; i++) {
                Token t = c.peek();
                c.next();
                if (t.isKeyword("between") || t.isKeyword("limit") || t.isKeyword("fetch")) {
                    return WhereShape.BOUNDED;
                }
                if (t.kind() == TokenKind.OPERATOR) {
                    String op = t.text();
                    if (op.equals("<") || op.equals("<=") || op.equals(">") || op.equals(">=")) {
                        return WhereShape.BOUNDED;
                    }
                    if (op.equals("=") && isKeyColumn(previous)) {
                        return WhereShape.BOUNDED;
                    }
                }
                if (t.isKeyword("in") && isKeyColumn(previous)) {
                    return WhereShape.BOUNDED;
                }
                previous = t;
            }
            return WhereShape.UNBOUNDED;
        } finally {
            c.reset(save);
        }
    }

    private static boolean isKeyColumn(Token t) {
        if (t == null || (t.kind() != TokenKind.IDENTIFIER && t.kind() != TokenKind.QUOTED_IDENTIFIER)) {
            return false;
        }
        return t.value().equals("id");
    }

    /** Moves to the next occurrence of one of {@code words} outside parentheses, or to the end. */
    private static void skipToTopLevelKeyword(TokenCursor c, String... words) {
        int depth = 0;
        while (!c.atEnd()) {
            Token t = c.peek();
            if (depth == 0) {
                for (String word : words) {
                    if (t.isKeyword(word)) {
                        return;
                    }
                }
            }
            if (t.isPunctuation('(') || t.isPunctuation('[')) {
                depth++;
            } else if ((t.isPunctuation(')') || t.isPunctuation(']')) && depth > 0) {
                depth--;
            }
            c.next();
        }
    }
}
