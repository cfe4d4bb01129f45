package dev.pgsafety.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;
import dev.pgsafety.core.analysis.TableState;
import dev.pgsafety.core.lexer.Lexer;
import dev.pgsafety.core.lexer.Token;
import dev.pgsafety.core.lexer.TokenKind;
import dev.pgsafety.core.model.QualifiedName;
import dev.pgsafety.core.model.Statement;
import dev.pgsafety.core.model.Statement.WhereShape;

@RuleInfo(id = "unbatched-backfill", severity = Severity.WARNING, sizeSensitive = true,
        statements = {Statement.Update.class, Statement.Delete.class},
        summary = "UPDATE or DELETE of an existing table without a WHERE that bounds it by key range or LIMIT")
public final class UnbatchedBackfill implements Rule {

    static final int BATCH = 5000;

    /** Words whose value changes between transactions: a "not yet done" predicate built on them never settles. */
    private static final Set<String> UNSTABLE = Set.of("default", "current_timestamp", "current_date", "current_time",
            "localtime", "localtimestamp", "select");

    @Override
    public void check(StatementContext context, Violations out) {
        QualifiedName table;
        WhereShape where;
        boolean update;
        if (context.statement() instanceof Statement.Update u) {
            table = u.table();
            where = u.where();
            update = true;
        } else if (context.statement() instanceof Statement.Delete d) {
            table = d.table();
            where = d.where();
            update = false;
        } else {
            return;
        }
        if (where == WhereShape.BOUNDED || !context.isExistingTable(table) || "pg_catalog".equals(table.schema())
                || dev.pgsafety.core.backfill.BackfillDirective.present(context.sql())) {
            return; // a pgsafety:backfill directive makes the runtime batch it
        }
        List<String> key = context.table(table).map(TableState::primaryKey).filter(k -> !k.isEmpty())
                .map(k -> k.stream().map(QualifiedName.Identifiers::quote).toList())
                .orElse(List.of("id"));
        String verb = update ? "UPDATE" : "DELETE";
        String fix;
        try {
            fix = batched(context.sql().text(), table, key, update);
        } catch (RuntimeException e) {
            fix = "-- rewrite it as keyset batches of " + BATCH + " rows in " + String.join(", ", key)
                    + " order, one transaction each, repeated until no rows are left";
        }
        out.add(table, "This " + verb + " of " + table.sql() + (where == WhereShape.NONE
                ? " has no WHERE, so it touches every row"
                : " has a WHERE that does not bound it by key range or LIMIT, so it touches every matching row")
                + " in one transaction: each " + (update ? "updated" : "deleted") + " row stays locked until the"
                + " transaction commits (the whole migration's, when it runs in one): concurrent UPDATE, DELETE"
                + " and SELECT ... FOR UPDATE of those rows wait; all the row versions are written at once (WAL"
                + " burst, replica lag, table and index bloat that vacuum cannot clean while it runs), and a failure"
                + " rolls all of it back. Do it in keyset batches in primary-key order, one short transaction each."
                + (update && where == WhereShape.UNBOUNDED ? " With Flyway, pgsafety can do that for you: put"
                        + " `-- pgsafety:backfill` right above this UPDATE, in a migration that runs outside a transaction;"
                        + " with Liquibase, use pgsafety's `backfill` change (`<pg:backfill tableName=... set=... where=.../>`)"
                        + " in a changeSet with runInTransaction=\"false\"." : ""),
                fix);
    }

    /** The statement as one keyset batch, plus how to repeat it. */
    private static String batched(String text, QualifiedName table, List<String> key, boolean update) {
        List<Token> tokens = Lexer.tokenize(text).stream().filter(Token::isSignificant).toList();
        int verb = topLevel(tokens, 0, tokens.size(), update ? "update" : "delete");
        int i = verb + 1;
        if (!update && i < tokens.size() && tokens.get(i).isKeyword("from")) {
            i++;
        }
        if (i < tokens.size() && tokens.get(i).isKeyword("only")) {
            i++;
        }
        int nameStart = i;
        i++;
        while (i + 1 < tokens.size() && tokens.get(i).isPunctuation('.')) {
            i += 2;
        }
        int nameEnd = i;
        if (i < tokens.size() && tokens.get(i).isPunctuation('*')) {
            i++;
        }
        int afterTable = i;
        int where = topLevel(tokens, afterTable, tokens.size(), "where");
        int returning = topLevel(tokens, afterTable, tokens.size(), "returning");
        int end = returning >= 0 ? returning : tokens.size();
        int whereEnd = where >= 0 ? where : end;
        boolean simple;
        String qualifier = null;
        if (update) {
            simple = afterTable < tokens.size() && tokens.get(afterTable).isKeyword("set")
                    && topLevel(tokens, afterTable, whereEnd, "from") < 0;
            if (!simple && afterTable < tokens.size() && !tokens.get(afterTable).isKeyword("set")) {
                qualifier = alias(tokens, afterTable);
            }
        } else {
            simple = afterTable == whereEnd && topLevel(tokens, afterTable, whereEnd, "using") < 0;
            if (!simple && afterTable < tokens.size() && !tokens.get(afterTable).isKeyword("using")
                    && !tokens.get(afterTable).isKeyword("where")) {
                qualifier = alias(tokens, afterTable);
            }
        }
        int clauseEnd = returning >= 0 ? tokens.get(returning).start() : text.length();
        String written = where >= 0 ? text.substring(tokens.get(where).end(), clauseEnd).strip() : "";
        String head = text.substring(0, where >= 0 ? tokens.get(where).start() : clauseEnd).strip();
        String tail = returning >= 0 ? " " + text.substring(tokens.get(returning).start()).strip() : "";

        List<String> notes = new ArrayList<>();
        String progress = null;
        if (update) {
            int set = afterTable;
            while (set < tokens.size() && !tokens.get(set).isKeyword("set")) {
                set++;
            }
            int setEnd = firstOf(tokens, set + 1, whereEnd, "from");
            List<String> targets = new ArrayList<>();
            progress = notYetDone(text, tokens, set + 1, setEnd, targets);
            if (where >= 0 && mentionsAny(tokens, where + 1, end, targets)) {
                progress = null; // the WHERE already says which rows still need the change
            } else if (progress == null) {
                // Nothing tells done rows from pending ones: batches must walk key ranges instead.
                simple = false;
            }
        }
        String keyList = String.join(", ", key);
        String keyTuple = key.size() == 1 ? key.get(0) : "(" + keyList + ")";
        String batch;
        if (simple) {
            List<String> conditions = new ArrayList<>();
            if (!written.isEmpty()) {
                conditions.add(progress == null ? written : "(" + written + ")");
            }
            if (progress != null) {
                conditions.add(written.isEmpty() ? progress : "(" + progress + ")");
            }
            String inner = "SELECT " + keyList + " FROM " + table.sql()
                    + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                    + " ORDER BY " + keyList + " LIMIT " + BATCH;
            batch = head + " WHERE " + keyTuple + " IN (" + inner + ")" + tail + ";";
        } else {
            // Aliases, joins (FROM / USING): bound the statement itself by consecutive key ranges.
            String q = (qualifier != null ? qualifier : text.substring(tokens.get(nameStart).start(),
                    tokens.get(nameEnd - 1).end())) + "." + key.get(0);
            List<String> conditions = new ArrayList<>();
            if (!written.isEmpty()) {
                conditions.add("(" + written + ")");
            }
            if (progress != null) {
                conditions.add("(" + progress + ")");
            }
            conditions.add(q + " > :last_key AND " + q + " <= :last_key + " + BATCH);
            batch = head + " WHERE " + String.join(" AND ", conditions) + tail + ";";
            notes.add("-- :last_key starts below the smallest " + key.get(0) + " and grows by " + BATCH
                    + " each batch until it passes max(" + key.get(0) + ")");
        }
        StringBuilder fix = new StringBuilder(batch);
        fix.append(simple
                ? "\n-- repeat, each in its own transaction, until it " + (update ? "updates" : "deletes") + " 0 rows"
                : "\n-- repeat, each in its own transaction, for consecutive key ranges");
        fix.append(" (from a script or a job, not inside one migration transaction)");
        for (String note : notes) {
            fix.append('\n').append(note);
        }
        return fix.toString();
    }

    /**
     * For {@code SET a = expr, b = expr}: {@code a IS DISTINCT FROM expr OR ...}, true for rows not updated yet;
     * null when an assignment is not that simple or its value could change between batches.
     */
    private static String notYetDone(String text, List<Token> tokens, int from, int to, List<String> targets) {
        List<int[]> assignments = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.isPunctuation('(') || t.isPunctuation('[')) {
                depth++;
            } else if (t.isPunctuation(')') || t.isPunctuation(']')) {
                depth--;
            } else if (depth == 0 && t.isPunctuation(',')) {
                assignments.add(new int[] {start, i});
                start = i + 1;
            }
        }
        assignments.add(new int[] {start, to});
        List<String[]> parts = new ArrayList<>();
        for (int[] a : assignments) {
            if (a[1] - a[0] < 3) {
                return null;
            }
            Token column = tokens.get(a[0]);
            Token eq = tokens.get(a[0] + 1);
            if ((column.kind() != TokenKind.IDENTIFIER && column.kind() != TokenKind.QUOTED_IDENTIFIER)
                    || eq.kind() != TokenKind.OPERATOR || !eq.text().equals("=")) {
                return null;
            }
            targets.add(column.value());
            parts.add(new String[] {column.text(), text.substring(tokens.get(a[0] + 2).start(), tokens.get(a[1] - 1).end()),
                    String.valueOf(a[0] + 2), String.valueOf(a[1])});
        }
        List<String> out = new ArrayList<>();
        for (String[] p : parts) {
            int exprFrom = Integer.parseInt(p[2]);
            int exprTo = Integer.parseInt(p[3]);
            for (int i = exprFrom; i < exprTo; i++) {
                Token t = tokens.get(i);
                if (t.isPunctuation('(') || t.kind() == TokenKind.PARAMETER
                        || (t.kind() == TokenKind.IDENTIFIER && UNSTABLE.contains(t.value()))
                        || ((t.kind() == TokenKind.IDENTIFIER || t.kind() == TokenKind.QUOTED_IDENTIFIER)
                            && targets.contains(t.value()))) {
                    return null; // a function call, a subquery, or a value that depends on what was updated
                }
            }
            boolean compound = exprTo - exprFrom > 1;
            out.add(p[0] + " IS DISTINCT FROM " + (compound ? "(" + p[1] + ")" : p[1]));
        }
        return String.join(" OR ", out);
    }

    private static boolean mentionsAny(List<Token> tokens, int from, int to, List<String> columns) {
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if ((t.kind() == TokenKind.IDENTIFIER || t.kind() == TokenKind.QUOTED_IDENTIFIER) && columns.contains(t.value())) {
                return true;
            }
        }
        return false;
    }

    private static String alias(List<Token> tokens, int at) {
        int i = tokens.get(at).isKeyword("as") ? at + 1 : at;
        return i < tokens.size() ? tokens.get(i).text() : null;
    }

    /** Index of the first {@code word} outside parentheses in [from, to), or -1. */
    private static int topLevel(List<Token> tokens, int from, int to, String word) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.isPunctuation('(') || t.isPunctuation('[')) {
                depth++;
            } else if (t.isPunctuation(')') || t.isPunctuation(']')) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && t.isKeyword(word)) {
                return i;
            }
        }
        return -1;
    }

    private static int firstOf(List<Token> tokens, int from, int to, String word) {
        int at = topLevel(tokens, from, to, word);
        return at < 0 ? to : at;
    }
}
