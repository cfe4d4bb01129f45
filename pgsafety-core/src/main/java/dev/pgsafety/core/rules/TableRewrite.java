package dev.pgsafety.core.rules;

import java.util.List;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;
import dev.pgsafety.core.model.AlterTableAction;
import dev.pgsafety.core.model.QualifiedName;
import dev.pgsafety.core.model.Statement;

@RuleInfo(id = "table-rewrite", severity = Severity.ERROR,
        statements = {Statement.Vacuum.class, Statement.Cluster.class, Statement.AlterTable.class},
        summary = "VACUUM FULL, CLUSTER, ALTER TABLE ... SET TABLESPACE / SET LOGGED / SET UNLOGGED / SET ACCESS METHOD")
public final class TableRewrite implements Rule {

    private static final String LOCKED = " under an ACCESS EXCLUSIVE lock: every read and write of ";

    @Override
    public void check(StatementContext context, Violations out) {
        Statement statement = context.statement();
        if (statement instanceof Statement.Vacuum v && v.full()) {
            vacuumFull(context, v, out);
        } else if (statement instanceof Statement.Cluster cl) {
            cluster(context, cl, out);
        } else if (statement instanceof Statement.AlterTable at && context.isExistingTable(at.table())) {
            List<String> rewrites = at.actions().stream().filter(a -> a instanceof AlterTableAction.Rewrite)
                    .map(a -> ((AlterTableAction.Rewrite) a).what()).toList();
            if (!rewrites.isEmpty()) {
                alterTable(at.table(), rewrites, out);
            }
        }
    }

    private static void vacuumFull(StatementContext context, Statement.Vacuum v, Violations out) {
        if (v.tables().isEmpty()) {
            out.add(null, "VACUUM FULL without a table rewrites every table of the database, one after another, each"
                    + LOCKED + "the table being rewritten waits until it is done (for the whole database: hours on a"
                    + " large one). It also needs free disk space for a full copy of the largest table.",
                    "-- Rebuild bloated tables online, outside migrations, one at a time, e.g. with pg_repack (it holds"
                    + " ACCESS EXCLUSIVE only for a moment at the start and the end):\n"
                    + "--   pg_repack --no-order --table=<table> --dbname=<database>\n"
                    + "-- For ordinary bloat a plain VACUUM is enough: it blocks neither reads nor writes:\n"
                    + "VACUUM (ANALYZE);\n");
            return;
        }
        List<QualifiedName> existing = v.tables().stream().filter(context::isExistingTable).toList();
        if (existing.isEmpty()) {
            return;
        }
        String names = names(existing);
        StringBuilder fix = new StringBuilder("-- Rebuild online, outside migrations, e.g. with pg_repack (it holds")
                .append(" ACCESS EXCLUSIVE only for a moment at the start and the end):\n");
        for (QualifiedName table : existing) {
            fix.append("--   pg_repack --no-order --table=").append(shellWord(table)).append(" --dbname=<database>\n");
        }
        fix.append("-- For ordinary bloat a plain VACUUM is enough: it blocks neither reads nor writes:\n")
                .append("VACUUM (ANALYZE) ").append(names).append(";\n");
        out.add(existing.get(0), "VACUUM FULL " + names + " writes a new copy of " + pronoun(existing) + " and rebuilds"
                + " all " + possessive(existing) + " indexes" + LOCKED + names + " waits for the whole rewrite"
                + " (minutes on a large table).", fix.toString());
    }

    private static void cluster(StatementContext context, Statement.Cluster cl, Violations out) {
        if (cl.table() == null) {
            out.add(null, "CLUSTER without a table rewrites every table of the database that was clustered before,"
                    + " one after another, each" + LOCKED + "the table being rewritten waits until it is done.",
                    "-- Reorder tables online, outside migrations, one at a time, e.g. with pg_repack (it orders by the"
                    + " table's clustering index and holds ACCESS EXCLUSIVE only for a moment at the start and the end):\n"
                    + "--   pg_repack --table=<table> --dbname=<database>\n");
            return;
        }
        if (!context.isExistingTable(cl.table())) {
            return;
        }
        QualifiedName table = cl.table();
        out.add(table, "CLUSTER " + table.sql() + " writes a new copy of the table in index order and rebuilds all its"
                + " indexes" + LOCKED + table.sql() + " waits for the whole rewrite (minutes on a large table).",
                "-- Reorder it online, outside migrations, e.g. with pg_repack (it holds ACCESS EXCLUSIVE only for a"
                + " moment at the start and the end):\n"
                + "--   pg_repack --table=" + shellWord(table) + " --order-by=<the index's columns> --dbname=<database>\n");
    }

    private static void alterTable(QualifiedName table, List<String> rewrites, Violations out) {
        String what = String.join(", ", rewrites);
        boolean tablespaceOnly = rewrites.stream().allMatch(w -> w.equals("SET TABLESPACE"));
        String message = "ALTER TABLE " + table.sql() + " " + what + " copies the whole table"
                + (rewrites.contains("SET LOGGED") ? " (SET LOGGED also writes all of it to the WAL)" : "")
                + " and rebuilds its indexes" + LOCKED + table.sql() + " waits until the copy ends (minutes on a large"
                + " table).";
        String fix;
        if (tablespaceOnly) {
            fix = "-- Move it online, outside migrations, e.g. with pg_repack (it holds ACCESS EXCLUSIVE only for a"
                    + " moment at the start and the end):\n"
                    + "--   pg_repack --no-order --table=" + shellWord(table)
                    + " --tablespace=<tablespace> --moveidx --dbname=<database>\n";
        } else {
            fix = "-- There is no online way to " + what + ": do it by hand in a maintenance window, or build a new"
                    + " table with the\n"
                    + "-- setting you want, copy the rows over in batches while a trigger keeps it in step, and switch"
                    + " to it. If the lock is acceptable here, say why:\n"
                    + "-- pgsafety:allow table-rewrite reason: <why blocking " + table.sql() + " for the rewrite is"
                    + " acceptable>\n";
        }
        out.add(table, message, fix);
    }

    private static String names(List<QualifiedName> tables) {
        return String.join(", ", tables.stream().map(QualifiedName::sql).toList());
    }

    private static String pronoun(List<QualifiedName> tables) {
        return tables.size() == 1 ? "the table" : "each table";
    }

    private static String possessive(List<QualifiedName> tables) {
        return tables.size() == 1 ? "its" : "their";
    }

    /** The table for a command line, single-quoted when its SQL spelling has quotes. */
    private static String shellWord(QualifiedName table) {
        String sql = table.sql();
        return sql.indexOf('"') < 0 ? sql : "'" + sql.replace("'", "'\\''") + "'";
    }
}
