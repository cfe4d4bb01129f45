package dev.pgsafety.core.rules;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;
import dev.pgsafety.core.model.QualifiedName;
import dev.pgsafety.core.model.Statement;

@RuleInfo(id = "reindex-not-concurrent", severity = Severity.ERROR, sizeSensitive = true,
        statements = Statement.Reindex.class,
        summary = "REINDEX without CONCURRENTLY")
public final class ReindexNotConcurrent implements Rule {

    /** REINDEX [(options)] TARGET: where CONCURRENTLY goes in the user's own text. */
    private static final Pattern HEAD = Pattern.compile(
            "(?is)^(\\s*reindex\\s*(?:\\([^()]*\\)\\s*)?(?:index|table|schema|database|system))(?=\\s|$)");

    @Override
    public void check(StatementContext context, Violations out) {
        if (!(context.statement() instanceof Statement.Reindex reindex) || reindex.concurrently()) {
            return;
        }
        String target = reindex.target();
        QualifiedName table = null;
        if (target.equals("table") && reindex.name() != null) {
            table = reindex.name();
        } else if (target.equals("index") && reindex.name() != null) {
            table = context.schema().indexTable(reindex.name()).orElse(null);
        }
        if (table != null && !context.isExistingTable(table)) {
            return; // created in this migration: nobody else uses it yet
        }
        String what = target.toUpperCase(Locale.ROOT) + (reindex.name() == null ? "" : " " + reindex.name().sql());
        out.add(table, message(target, what, table, reindex.name()), fix(context, reindex, target));
    }

    private static String message(String target, String what, QualifiedName table, QualifiedName name) {
        String locks;
        if (target.equals("index")) {
            String on = table != null ? table.sql() : "the index's table";
            locks = "REINDEX " + what + " takes a SHARE lock on " + on + " (every INSERT, UPDATE and DELETE waits)"
                    + " and an ACCESS EXCLUSIVE lock on the index (every query that would use it waits, and so does"
                    + " planning of queries on the table), for the whole rebuild";
        } else if (target.equals("table")) {
            locks = "REINDEX " + what + " rebuilds every index of " + (name == null ? "the table" : name.sql()) + " one after another, holding a SHARE"
                    + " lock on the table (every INSERT, UPDATE and DELETE waits) and an ACCESS EXCLUSIVE lock on the"
                    + " index being rebuilt (queries that would use it wait), for the whole rebuild";
        } else {
            String scope = target.equals("system") ? "every system catalog index" : "every index in the " + target;
            locks = "REINDEX " + what + " rebuilds " + scope + ", table by table, each time holding"
                    + " a SHARE lock on the table (writes wait) and an ACCESS EXCLUSIVE lock on the index being rebuilt"
                    + " (queries that would use it wait)";
        }
        return locks + ": minutes on a large table, during which the application cannot write to it. "
                + (target.equals("system")
                ? "System catalog indexes cannot be rebuilt concurrently: do this by hand in a maintenance window, not"
                + " in a migration."
                : "REINDEX ... CONCURRENTLY (PostgreSQL 12+) builds the new index next to the old one and lets reads"
                + " and writes go on; on PostgreSQL 11 build a new index concurrently and swap it in.");
    }

    private static String fix(StatementContext context, Statement.Reindex reindex, String target) {
        if (target.equals("system")) {
            return "-- REINDEX SYSTEM has no concurrent form: run it by hand in a maintenance window, outside migrations.";
        }
        if (context.pgMajor() >= 12) {
            Matcher m = HEAD.matcher(context.sql().text());
            String sql = m.find() ? FixText.statement(m.group(1) + " CONCURRENTLY" + context.sql().text().substring(m.end()))
                    : "REINDEX " + target.toUpperCase(Locale.ROOT) + " CONCURRENTLY"
                    + (reindex.name() == null ? "" : " " + reindex.name().sql()) + ";";
            return FixText.ownNonTransactionalMigration() + "\n" + sql;
        }
        return pg11Swap(context, reindex, target);
    }

    /** PostgreSQL 11 has no REINDEX CONCURRENTLY: build a copy concurrently, drop the old one, rename. */
    private static String pg11Swap(StatementContext context, Statement.Reindex reindex, String target) {
        StringBuilder fix = new StringBuilder("-- PostgreSQL 11 has no REINDEX CONCURRENTLY: build a new index next to the"
                + " old one, drop the old one, give the new one its name.\n");
        if (!target.equals("index") || reindex.name() == null) {
            fix.append("-- Do this for each index of the ").append(target)
                    .append(" (list them with: SELECT indexname, indexdef FROM pg_indexes WHERE ")
                    .append(target.equals("table") && reindex.name() != null
                            ? "tablename = '" + reindex.name().name().replace("'", "''") + "'"
                            : target.equals("schema") && reindex.name() != null
                            ? "schemaname = '" + reindex.name().name().replace("'", "''") + "'"
                            : "schemaname NOT IN ('pg_catalog', 'information_schema')")
                    .append("), e.g. for index my_idx:\n");
        }
        QualifiedName index = target.equals("index") && reindex.name() != null ? reindex.name() : QualifiedName.of("my_idx");
        QualifiedName copy = new QualifiedName(index.schema(), shortened(index.name() + "_new"));
        Optional<QualifiedName> table = context.schema().indexTable(index);
        String on = table.map(QualifiedName::sql).orElse("<its table>");
        String literal = index.sql().replace("'", "''");
        fix.append(FixText.ownNonTransactionalMigration()).append('\n')
                .append("-- the same definition as SELECT pg_get_indexdef('").append(literal).append("'::regclass) shows,")
                .append(" with the new name:\n")
                .append("CREATE INDEX CONCURRENTLY IF NOT EXISTS ").append(FixText.ident(copy.name())).append(" ON ")
                .append(on).append(" (<same columns, opclasses and WHERE as ").append(index.sql()).append(">);\n")
                .append("DROP INDEX CONCURRENTLY IF EXISTS ").append(index.sql()).append(";\n")
                .append("-- next migration (short, may run in a transaction):\n")
                .append("ALTER INDEX ").append(copy.sql()).append(" RENAME TO ").append(FixText.ident(index.name()))
                .append(";\n")
                .append("-- an index behind a PRIMARY KEY or UNIQUE constraint cannot be dropped on its own: build the copy")
                .append(" with CREATE UNIQUE INDEX CONCURRENTLY, then in one short transaction ALTER TABLE ... DROP")
                .append(" CONSTRAINT and ADD CONSTRAINT ... USING INDEX the copy.");
        return fix.toString();
    }

    private static String shortened(String name) {
        return name.length() <= 63 ? name : name.substring(0, 59) + "_new";
    }
}
