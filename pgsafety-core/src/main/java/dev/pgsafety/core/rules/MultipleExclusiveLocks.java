package dev.pgsafety.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.pgsafety.core.analysis.Locks;
import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;
import dev.pgsafety.core.model.QualifiedName;
import dev.pgsafety.core.model.Statement;

@RuleInfo(id = "multiple-exclusive-locks", severity = Severity.WARNING,
        summary = "one transaction takes ACCESS EXCLUSIVE locks on more than one existing table")
public final class MultipleExclusiveLocks implements Rule {

    @Override
    public void check(StatementContext context, Violations out) {
        List<QualifiedName> mine = new ArrayList<>();
        for (QualifiedName table : Locks.accessExclusiveTables(context.statement(), context.schema())) {
            if (context.isExistingTable(table) && !containsSame(mine, table)) {
                mine.add(table);
            }
        }
        if (mine.isEmpty()) {
            return;
        }
        // Outside a transaction block each statement is its own transaction, except inside one DO block.
        boolean shared = context.transaction().inTransactionBlock() || context.sql().inDoBlock();
        List<QualifiedName> held = shared ? context.transaction().accessExclusiveTables() : List.of();
        List<QualifiedName> fresh = new ArrayList<>();
        for (QualifiedName table : mine) {
            if (!containsSame(held, table)) {
                fresh.add(table);
            }
        }
        if (fresh.isEmpty() || held.size() + fresh.size() < 2) {
            return;
        }
        String kind = kind(context.statement());
        StringBuilder message = new StringBuilder("This ").append(kind).append(" takes ACCESS EXCLUSIVE on ")
                .append(StatementFixes.names(fresh));
        if (!held.isEmpty()) {
            message.append(" while this transaction already holds ACCESS EXCLUSIVE on ")
                    .append(StatementFixes.heldBy(context, held));
        }
        message.append(". Holding exclusive locks on several busy tables at once is a deadlock risk: an application"
                + " transaction that already locked one of them and now waits for another is one half of a cycle,"
                + " and PostgreSQL aborts one side after deadlock_timeout. Meanwhile every read and write of all of"
                + " them queues until commit. Take one table's lock per transaction.");

        List<String> parts = new ArrayList<>();
        if (!held.isEmpty()) {
            // each earlier lock-taking statement in a transaction of its own, too
            parts.addAll(StatementFixes.lockingStatements(context, held));
        }
        List<String> split = fresh.size() > 1 ? splitPerTable(context, fresh) : List.of();
        if (split.isEmpty()) {
            parts.add(StatementFixes.terminated(context.sql().text()));
        } else {
            parts.addAll(split);
        }
        StringBuilder fix = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            fix.append(i == 0 ? "-- migration 1 (runs in a transaction):\n"
                    : "\n-- migration " + (i + 1) + " (separate transaction):\n").append(parts.get(i));
        }
        if (context.statement() instanceof Statement.DropTable || context.statement() instanceof Statement.Truncate) {
            fix.append("\n-- if one of these tables references another by a foreign key, ")
                    .append(context.statement() instanceof Statement.DropTable
                            ? "drop the referencing table first"
                            : "they can only be truncated together: then keep one statement and suppress this warning"
                            + " with a reason");
        }
        if (split.isEmpty() && fresh.size() > 1) {
            fix.append("\n-- this statement locks ").append(StatementFixes.names(fresh))
                    .append(" at once: split it so each table is locked in its own transaction");
        }
        out.add(fresh.get(0), message.toString(), fix.toString());
    }

    // A loop, not a stream: this runs for every statement that locks a table.
    private static boolean containsSame(List<QualifiedName> tables, QualifiedName table) {
        for (QualifiedName t : tables) {
            if (table.sameObject(t)) {
                return true;
            }
        }
        return false;
    }

    /** DROP TABLE a, b / TRUNCATE a, b / LOCK a, b rewritten as one statement per table; empty for other statements. */
    private static List<String> splitPerTable(StatementContext context, List<QualifiedName> tables) {
        Statement s = context.statement();
        List<String> out = new ArrayList<>();
        String text = context.sql().text().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        for (QualifiedName table : tables) {
            if (s instanceof Statement.DropTable dt) {
                out.add("DROP TABLE " + (dt.ifExists() ? "IF EXISTS " : "") + table.sql() + (dt.cascade() ? " CASCADE" : "") + ";");
            } else if (s instanceof Statement.Truncate tr) {
                out.add("TRUNCATE " + table.sql() + (text.contains("restart identity") ? " RESTART IDENTITY" : "")
                        + (tr.cascade() ? " CASCADE" : "") + ";");
            } else if (s instanceof Statement.LockTable) {
                out.add("LOCK TABLE " + table.sql() + " IN ACCESS EXCLUSIVE MODE;");
            } else {
                return List.of();
            }
        }
        return out;
    }

    private static String kind(Statement s) {
        if (s instanceof Statement.DropTable) {
            return "DROP TABLE";
        }
        if (s instanceof Statement.Truncate) {
            return "TRUNCATE";
        }
        if (s instanceof Statement.LockTable) {
            return "LOCK TABLE";
        }
        if (s instanceof Statement.AlterTable) {
            return "ALTER TABLE";
        }
        if (s instanceof Statement.Vacuum) {
            return "VACUUM FULL";
        }
        if (s instanceof Statement.Cluster) {
            return "CLUSTER";
        }
        if (s instanceof Statement.RefreshMaterializedView) {
            return "REFRESH MATERIALIZED VIEW";
        }
        if (s instanceof Statement.DropIndex) {
            return "DROP INDEX";
        }
        return "statement";
    }
}
