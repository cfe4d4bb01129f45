package dev.pgsafety.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;
import dev.pgsafety.core.model.AlterTableAction;
import dev.pgsafety.core.model.ColumnDef;
import dev.pgsafety.core.model.QualifiedName;
import dev.pgsafety.core.model.SqlText;
import dev.pgsafety.core.model.Statement;

@RuleInfo(id = "add-column-rewrite-default", severity = Severity.ERROR,
        statements = Statement.AlterTable.class,
        summary = "ADD COLUMN whose default rewrites the table (volatile default; any non-null default before PostgreSQL 11)")
public final class AddColumnRewriteDefault implements Rule {

    /**
     * VOLATILE functions seen in column defaults. now(), current_timestamp and statement_timestamp() are
     * STABLE: evaluated once for the ALTER, stored in the catalog, no rewrite.
     */
    private static final Set<String> VOLATILE = Set.of(
            "random", "random_normal", "setseed", "gen_random_uuid", "uuidv4", "uuidv7",
            "uuid_generate_v1", "uuid_generate_v1mc", "uuid_generate_v4", "gen_random_bytes",
            "clock_timestamp", "timeofday", "nextval", "currval", "lastval", "txid_current", "pg_current_xact_id");

    @Override
    public void check(StatementContext context, Violations out) {
        if (!(context.statement() instanceof Statement.AlterTable at) || !context.isExistingTable(at.table())) {
            return;
        }
        QualifiedName table = at.table();
        List<String> what = new ArrayList<>();
        StringBuilder add = new StringBuilder();
        StringBuilder backfill = new StringBuilder();
        StringBuilder notes = new StringBuilder();
        List<String> notNull = new ArrayList<>();
        for (AlterTableAction action : at.actions()) {
            if (!(action instanceof AlterTableAction.AddColumn ac)) {
                continue;
            }
            ColumnDef column = ac.column();
            if (column.type().isSerial() || column.identity().isPresent() || column.generated().isPresent()
                    || column.defaultValue().isEmpty()) {
                continue;
            }
            SqlText expression = column.defaultValue().get().expression();
            String function = volatileCall(expression.lowerText());
            if (function == null) {
                continue;
            }
            String c = ColumnFixes.ident(column.name());
            what.add("ADD COLUMN " + c + " with DEFAULT " + expression.text() + " (" + function + "() is volatile)");
            add.append(ColumnFixes.addPlainColumn(table, column, ac.ifNotExists(), column.type().text()))
                    .append("ALTER TABLE ").append(table.sql()).append(" ALTER COLUMN ").append(c)
                    .append(" SET DEFAULT ").append(expression.text()).append(";\n");
            backfill.append(ColumnFixes.batchedBackfill(context, table, column.name(), expression.text()));
            notes.append(ColumnFixes.otherConstraintsNote(column));
            if (column.notNull() && column.primaryKey().isEmpty()) {
                notNull.add(column.name());
            }
        }
        if (what.isEmpty()) {
            return;
        }
        String message = String.join("; ", what) + ": PostgreSQL computes a volatile default separately for every"
                + " existing row, so it rewrites the whole of " + table.sql() + " and rebuilds all its indexes while"
                + " holding an ACCESS EXCLUSIVE lock. Every read and write of " + table.sql() + " waits until the"
                + " rewrite ends (minutes on a large table). Only a non-volatile default is stored once in the catalog"
                + " without a rewrite. Add the column without the default, set the default for new rows, and fill the"
                + " old rows in batches.";
        StringBuilder fix = new StringBuilder()
                .append("-- migration 1 (runs in a transaction): add the column without a default (no rewrite), then")
                .append(" give new rows the default\n")
                .append(add)
                .append(backfill)
                .append(notes);
        if (!notNull.isEmpty()) {
            fix.append("-- once the backfill is done, make it NOT NULL without a long lock:\n")
                    .append(ColumnFixes.setNotNullSteps(context, table, notNull, 2));
        }
        out.add(table, message, fix.toString());
    }

    /**
     * The first volatile function called in an expression's folded text ({@link SqlText#lowerText()}), or null.
     * A name counts as a call when it is a whole word followed by {@code (}; string literals, dollar-quoted
     * strings and comments (already dropped from the folded text) never count.
     */
    static String volatileCall(String lower) {
        int i = 0;
        int n = lower.length();
        while (i < n) {
            char ch = lower.charAt(i);
            if (ch == '\'') {
                boolean escapes = i > 0 && (lower.charAt(i - 1) == 'e' || lower.charAt(i - 1) == 'E')
                        && (i < 2 || !isWordChar(lower.charAt(i - 2)));
                i = skipString(lower, i, escapes);
            } else if (ch == '$' && (i == 0 || !isWordChar(lower.charAt(i - 1)))) {
                i = skipDollarString(lower, i);
            } else if (ch == '"') {
                int end = lower.indexOf('"', i + 1);
                while (end >= 0 && end + 1 < n && lower.charAt(end + 1) == '"') {
                    end = lower.indexOf('"', end + 2);
                }
                if (end < 0) {
                    return null;
                }
                String name = lower.substring(i + 1, end).replace("\"\"", "\"");
                i = end + 1;
                if (VOLATILE.contains(name) && followedByParen(lower, i)) {
                    return name;
                }
            } else if (isWordStart(ch)) {
                int start = i;
                while (i < n && isWordChar(lower.charAt(i))) {
                    i++;
                }
                String word = lower.substring(start, i);
                if (VOLATILE.contains(word) && followedByParen(lower, i)) {
                    return word;
                }
            } else {
                i++;
            }
        }
        return null;
    }

    private static boolean followedByParen(String s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i < s.length() && s.charAt(i) == '(';
    }

    private static int skipString(String s, int quote, boolean backslashEscapes) {
        int i = quote + 1;
        while (i < s.length()) {
            char ch = s.charAt(i);
            if (backslashEscapes && ch == '\\') {
                i += 2;
            } else if (ch == '\'') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '\'') {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return s.length();
    }

    /** Skips {@code $tag$...$tag$}; a '$' that does not open a dollar quote is stepped over. */
    private static int skipDollarString(String s, int dollar) {
        int i = dollar + 1;
        while (i < s.length() && isWordChar(s.charAt(i)) && s.charAt(i) != '$') {
            i++;
        }
        if (i >= s.length() || s.charAt(i) != '$' || (i > dollar + 1 && Character.isDigit(s.charAt(dollar + 1)))) {
            return dollar + 1;
        }
        String tag = s.substring(dollar, i + 1);
        int end = s.indexOf(tag, i + 1);
        return end < 0 ? s.length() : end + tag.length();
    }

    private static boolean isWordStart(char ch) {
        return Character.isLetter(ch) || ch == '_';
    }

    private static boolean isWordChar(char ch) {
        return Character.isLetterOrDigit(ch) || ch == '_' || ch == '$';
    }
}
