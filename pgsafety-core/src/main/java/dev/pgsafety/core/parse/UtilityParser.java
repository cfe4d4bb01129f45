package dev.pgsafety.core.parse;

import java.util.ArrayList;
import java.util.List;

import dev.pgsafety.core.lexer.Token;
import dev.pgsafety.core.lexer.TokenKind;
import dev.pgsafety.core.model.QualifiedName;
import dev.pgsafety.core.model.Statement;
import dev.pgsafety.core.model.Statement.TransactionKind;

/** The smaller statement families: indexes, drops, maintenance, SET, transactions, functions, DO. */
final class UtilityParser {

    private UtilityParser() {
    }

    /** Cursor after CREATE [UNIQUE] INDEX. */
    static Statement createIndex(TokenCursor c, boolean unique) {
        boolean concurrently = c.acceptKeyword("concurrently");
        boolean ifNotExists = c.acceptKeywords("if", "not", "exists");
        String name = null;
        if (!c.isKeyword("on")) {
            name = c.identifier();
        }
        c.expectKeywords("on");
        c.acceptKeyword("only");
        QualifiedName table = c.qualifiedName();
        if (c.acceptKeyword("using")) {
            c.identifier();
        }
        List<String> columns = new ArrayList<>();
        c.expectPunct('(');
        do {
            Token first = c.peek();
            if (first != null && (first.kind() == TokenKind.IDENTIFIER || first.kind() == TokenKind.QUOTED_IDENTIFIER)
                    && c.peek(1) != null && !c.peek(1).isPunctuation('(')) {
                columns.add(first.value());
            }
            c.skipToCommaOrEnd();
        } while (c.acceptPunct(','));
        c.expectPunct(')');
        boolean partial = false;
        while (!c.atEnd()) {
            if (c.acceptKeyword("where")) {
                partial = true;
                c.skipRest();
            } else if (c.isPunct('(')) {
                c.skipParenthesized();
            } else {
                c.next();
            }
        }
        return new Statement.CreateIndex(unique, concurrently, ifNotExists, name, table, columns, partial);
    }

    /** Cursor after DROP INDEX. */
    static Statement dropIndex(TokenCursor c) {
        boolean concurrently = c.acceptKeyword("concurrently");
        boolean ifExists = c.acceptKeywords("if", "exists");
        List<QualifiedName> names = nameList(c);
        boolean cascade = cascadeAtEnd(c);
        return new Statement.DropIndex(concurrently, ifExists, names, cascade);
    }

    /** Cursor after DROP TABLE. */
    static Statement dropTable(TokenCursor c) {
        boolean ifExists = c.acceptKeywords("if", "exists");
        List<QualifiedName> names = nameList(c);
        return new Statement.DropTable(names, ifExists, cascadeAtEnd(c));
    }

    /** Cursor after DROP SCHEMA. */
    static Statement dropSchema(TokenCursor c) {
        boolean ifExists = c.acceptKeywords("if", "exists");
        List<String> names = new ArrayList<>();
        do {
            names.add(c.identifier());
        } while (c.acceptPunct(','));
        return new Statement.DropSchema(names, ifExists, cascadeAtEnd(c));
    }

    /** Cursor after DROP DATABASE. */
    static Statement dropDatabase(TokenCursor c) {
        boolean ifExists = c.acceptKeywords("if", "exists");
        String name = c.identifier();
        c.skipRest();
        return new Statement.DropDatabase(name, ifExists);
    }

    /** Cursor after TRUNCATE. */
    static Statement truncate(TokenCursor c) {
        c.acceptKeyword("table");
        List<QualifiedName> names = new ArrayList<>();
        do {
            c.acceptKeyword("only");
            names.add(c.qualifiedName());
            c.acceptPunct('*');
        } while (c.acceptPunct(','));
        c.acceptKeywords("restart", "identity");
        c.acceptKeywords("continue", "identity");
        return new Statement.Truncate(names, cascadeAtEnd(c));
    }

    /** Cursor after REINDEX. */
    static Statement reindex(TokenCursor c) {
        boolean concurrently = false;
        if (c.isPunct('(')) {
            concurrently = c.parenthesized().lowerText().matches("(.*[ ,])?concurrently( (true|on|1))?([ ,].*)?");
        }
        String target = c.acceptAnyKeyword("index", "table", "schema", "database", "system");
        if (target == null) {
            throw c.error("expected INDEX, TABLE, SCHEMA, DATABASE or SYSTEM");
        }
        concurrently |= c.acceptKeyword("concurrently");
        QualifiedName name = c.atEnd() ? null : c.qualifiedName();
        c.expectEnd();
        return new Statement.Reindex(target, name, concurrently);
    }

    /** Cursor after REFRESH MATERIALIZED VIEW. */
    static Statement refresh(TokenCursor c) {
        boolean concurrently = c.acceptKeyword("concurrently");
        QualifiedName view = c.qualifiedName();
        boolean noData = c.acceptKeywords("with", "no", "data");
        c.acceptKeywords("with", "data");
        c.expectEnd();
        return new Statement.RefreshMaterializedView(view, concurrently, noData);
    }

    /** Cursor after VACUUM. */
    static Statement vacuum(TokenCursor c) {
        boolean full = false;
        if (c.isPunct('(')) {
            String options = c.parenthesized().lowerText();
            // FULL, FULL TRUE/ON/1, but not FULL FALSE/OFF/0 (the options' folded text separates tokens by spaces)
            full = options.matches("(.*[ ,])?full( (true|on|1|'true'|'on'|'1'))?( ,.*)?");
        } else {
            while (c.acceptAnyKeyword("full", "freeze", "verbose", "analyze", "analyse") != null) {
                full |= c.textOf(c.position() - 1, c.position()).lowerText().equals("full");
            }
        }
        List<QualifiedName> tables = new ArrayList<>();
        while (!c.atEnd()) {
            tables.add(c.qualifiedName());
            if (c.isPunct('(')) {
                c.skipParenthesized();
            }
            c.acceptPunct(',');
        }
        return new Statement.Vacuum(full, tables);
    }

    /** Cursor after CLUSTER. */
    static Statement cluster(TokenCursor c) {
        if (c.isPunct('(')) {
            c.skipParenthesized();
        }
        c.acceptKeyword("verbose");
        if (c.atEnd()) {
            return new Statement.Cluster(null);
        }
        QualifiedName first = c.qualifiedName();
        if (c.acceptKeyword("on")) {
            // pre-8.3 form: CLUSTER index ON table
            QualifiedName table = c.qualifiedName();
            c.expectEnd();
            return new Statement.Cluster(table);
        }
        if (c.acceptKeyword("using")) {
            c.identifier();
        }
        c.expectEnd();
        return new Statement.Cluster(first);
    }

    /** Cursor after LOCK. */
    static Statement lock(TokenCursor c) {
        c.acceptKeyword("table");
        List<QualifiedName> names = new ArrayList<>();
        do {
            c.acceptKeyword("only");
            names.add(c.qualifiedName());
            c.acceptPunct('*');
        } while (c.acceptPunct(','));
        String mode = "access exclusive";
        if (c.acceptKeyword("in")) {
            int from = c.position();
            while (!c.atEnd() && !c.isKeyword("mode")) {
                c.next();
            }
            mode = c.textOf(from, c.position()).lowerText();
            c.expectKeywords("mode");
        }
        c.acceptKeyword("nowait");
        c.expectEnd();
        return new Statement.LockTable(names, mode);
    }

    /** Cursor after ALTER TYPE. */
    static Statement alterType(TokenCursor c) {
        QualifiedName type = c.qualifiedName();
        if (!c.acceptKeywords("add", "value")) {
            return new Statement.Other("alter type");
        }
        boolean ifNotExists = c.acceptKeywords("if", "not", "exists");
        Token value = c.next();
        if (value.kind() != TokenKind.STRING) {
            throw c.error("expected the new value as a string");
        }
        c.skipRest();
        return new Statement.AlterTypeAddValue(type, value.value(), ifNotExists);
    }

    /** Cursor after SET. */
    static Statement set(TokenCursor c) {
        boolean local = c.acceptKeyword("local");
        c.acceptKeyword("session");
        if (c.acceptKeywords("time", "zone")) {
            return new Statement.SetVariable("timezone", c.restWritten(), local);
        }
        if (c.isKeyword("role") || c.isKeyword("constraints") || c.isKeyword("transaction")
                || c.isKeywords("session", "characteristics") || c.isKeyword("authorization")) {
            String name = c.next().value();
            return new Statement.SetVariable(name, c.restWritten(), local);
        }
        StringBuilder name = new StringBuilder(c.identifier());
        while (c.acceptPunct('.')) {
            name.append('.').append(c.identifier());
        }
        if (!c.acceptKeyword("to") && !acceptOperator(c, "=")) {
            throw c.error("expected TO or =");
        }
        String value = c.restWritten();
        return new Statement.SetVariable(name.toString(), unquote(value), local);
    }

    private static boolean acceptOperator(TokenCursor c, String op) {
        Token t = c.peek();
        if (t != null && t.kind() == TokenKind.OPERATOR && t.text().equals(op)) {
            c.next();
            return true;
        }
        return false;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
            return value.substring(1, value.length() - 1).replace("''", "'");
        }
        return value;
    }

    /** Cursor after RESET. */
    static Statement reset(TokenCursor c) {
        if (c.acceptKeyword("all")) {
            return new Statement.ResetVariable("all");
        }
        StringBuilder name = new StringBuilder(c.identifier());
        while (c.acceptPunct('.')) {
            name.append('.').append(c.identifier());
        }
        c.skipRest();
        return new Statement.ResetVariable(name.toString());
    }

    /** BEGIN, START TRANSACTION, COMMIT, END, ROLLBACK, ABORT, SAVEPOINT, RELEASE, PREPARE TRANSACTION. */
    static Statement transaction(TokenCursor c, String first) {
        TransactionKind kind = switch (first) {
            case "begin", "start" -> TransactionKind.BEGIN;
            case "commit", "end" -> TransactionKind.COMMIT;
            case "rollback", "abort" -> c.isKeyword("to") || c.isKeywords("work", "to") || c.isKeywords("transaction", "to")
                    ? TransactionKind.ROLLBACK_TO_SAVEPOINT : TransactionKind.ROLLBACK;
            case "savepoint" -> TransactionKind.SAVEPOINT;
            case "release" -> TransactionKind.RELEASE_SAVEPOINT;
            default -> TransactionKind.PREPARE_TRANSACTION;
        };
        if (first.equals("commit") && c.isKeyword("prepared")) {
            kind = TransactionKind.PREPARE_TRANSACTION;
        }
        c.skipRest();
        return new Statement.TransactionControl(kind);
    }

    /** Cursor after CREATE [OR REPLACE] FUNCTION|PROCEDURE. */
    static Statement createFunction(TokenCursor c, boolean procedure) {
        QualifiedName name = c.qualifiedName();
        if (c.isPunct('(')) {
            c.skipParenthesized();
        }
        String language = "sql";
        String body = null;
        int bodyOffset = -1;
        while (!c.atEnd()) {
            if (c.acceptKeyword("language")) {
                language = c.next().value().toLowerCase(java.util.Locale.ROOT);
            } else if (c.acceptKeyword("as") && body == null) {
                Token t = c.next();
                if (t.kind() == TokenKind.STRING || t.kind() == TokenKind.DOLLAR_STRING) {
                    body = t.value();
                    bodyOffset = bodyOffset(c, t);
                }
            } else if (c.isKeywords("begin", "atomic") && body == null) {
                Token t = c.peek();
                bodyOffset = c.relativeOffset(t);
                body = c.restWritten();
            } else if (c.isPunct('(')) {
                c.skipParenthesized();
            } else {
                c.next();
            }
        }
        return new Statement.CreateFunction(name, procedure, language, body == null ? "" : body, bodyOffset);
    }

    /** Cursor after DO. */
    static Statement doBlock(TokenCursor c) {
        String language = "plpgsql";
        String body = null;
        int bodyOffset = -1;
        while (!c.atEnd()) {
            if (c.acceptKeyword("language")) {
                language = c.next().value().toLowerCase(java.util.Locale.ROOT);
                continue;
            }
            Token t = c.next();
            if ((t.kind() == TokenKind.STRING || t.kind() == TokenKind.DOLLAR_STRING) && body == null) {
                body = t.value();
                bodyOffset = bodyOffset(c, t);
            } else {
                throw c.error("expected the DO body as a string");
            }
        }
        if (body == null) {
            throw c.error("DO without a body");
        }
        return new Statement.DoBlock(language, body, bodyOffset);
    }

    /** Cursor after CREATE [CONSTRAINT] TRIGGER / CREATE OR REPLACE TRIGGER. */
    static Statement createTrigger(TokenCursor c) {
        String name = c.identifier();
        while (!c.atEnd() && !c.isKeyword("on")) {
            c.next();
        }
        c.expectKeywords("on");
        QualifiedName table = c.qualifiedName();
        c.skipRest();
        return new Statement.CreateTrigger(name, table);
    }

    /** Cursor after CREATE [OR REPLACE] [TEMP] [RECURSIVE] VIEW / MATERIALIZED VIEW. */
    static Statement createView(TokenCursor c, boolean materialized) {
        c.acceptKeywords("if", "not", "exists");
        QualifiedName name = c.qualifiedName();
        boolean withData = !c.rest().lowerText().endsWith("with no data");
        return new Statement.CreateView(name, materialized, withData);
    }

    /** Where the code inside a string or dollar-quoted body starts, relative to the statement text. */
    private static int bodyOffset(TokenCursor c, Token body) {
        int open = body.kind() == TokenKind.DOLLAR_STRING ? body.text().indexOf('$', 1) + 1 : body.text().indexOf('\'') + 1;
        return c.relativeOffset(body) + open;
    }

    private static List<QualifiedName> nameList(TokenCursor c) {
        List<QualifiedName> names = new ArrayList<>();
        do {
            names.add(c.qualifiedName());
        } while (c.acceptPunct(','));
        return names;
    }

    private static boolean cascadeAtEnd(TokenCursor c) {
        boolean cascade = c.acceptKeyword("cascade");
        if (!cascade) {
            c.acceptKeyword("restrict");
        }
        c.expectEnd();
        return cascade;
    }
}
