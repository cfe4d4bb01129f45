package dev.pgsafety.core.rules;

import dev.pgsafety.core.analysis.ConstraintNames;
import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;
import dev.pgsafety.core.model.AlterTableAction;
import dev.pgsafety.core.model.QualifiedName;
import dev.pgsafety.core.model.Statement;
import dev.pgsafety.core.model.TableConstraint;

@RuleInfo(id = "set-not-null", severity = Severity.ERROR, sizeSensitive = true,
        statements = Statement.AlterTable.class,
        summary = "ALTER COLUMN ... SET NOT NULL on an existing table without a validated CHECK (col IS NOT NULL)")
public final class SetNotNull implements Rule {

    @Override
    public void check(StatementContext context, Violations out) {
        if (!(context.statement() instanceof Statement.AlterTable at) || !context.isExistingTable(at.table())) {
            return;
        }
        QualifiedName table = at.table();
        boolean several = at.actions().size() > 1;
        for (AlterTableAction action : at.actions()) {
            String column;
            String name;
            String what;
            if (action instanceof AlterTableAction.SetNotNull sn) {
                column = sn.column();
                name = ConstraintNames.notNull(table.name(), column);
                what = "ALTER COLUMN " + FixText.ident(column) + " SET NOT NULL";
            } else if (action instanceof AlterTableAction.AddConstraint ac
                    && ac.constraint() instanceof TableConstraint.NotNull nn && !nn.notValid()) {
                column = nn.column();
                name = nn.name() != null ? nn.name() : ConstraintNames.notNull(table.name(), column);
                what = "ADD CONSTRAINT " + FixText.ident(name) + " NOT NULL " + FixText.ident(column);
            } else {
                continue;
            }
            if (alreadyNotNull(context, table, column)
                    || (context.pgMajor() >= 12 && context.hasValidatedNotNullCheck(table, column))) {
                continue; // no scan: nothing to check, or PostgreSQL proves it from the validated CHECK
            }
            out.add(table, message(context.pgMajor(), table, column, what), fix(context.pgMajor(), table, column, name, several));
        }
    }

    private static boolean alreadyNotNull(StatementContext context, QualifiedName table, String column) {
        return context.table(table).map(t -> t.isNotNull(column)).orElse(false)
                || context.tableFacts(table).map(f -> f.notNullColumns().contains(column)).orElse(false);
    }

    private static String message(int pg, QualifiedName table, String column, String what) {
        String base = what + " takes an ACCESS EXCLUSIVE lock on " + table.sql() + " and scans every row for NULLs"
                + " while holding it: every read and write of the table waits for the whole scan (minutes on a large"
                + " table).";
        if (pg < 12) {
            return base + " PostgreSQL " + pg + " always scans for SET NOT NULL; a validated CHECK (" + FixText.ident(column)
                    + " IS NOT NULL) only lets PostgreSQL 12 and later skip the scan. There is no scan-free way on " + pg
                    + ": enforce the rule with a CHECK constraint added NOT VALID and validated separately, or accept the"
                    + " scan on a small table.";
        }
        return base + " No validated CHECK (" + FixText.ident(column) + " IS NOT NULL) is known for this column (from"
                + " earlier statements, earlier migrations or the database); with one, PostgreSQL skips the scan."
                + (pg >= 18 ? " On PostgreSQL 18, add the NOT NULL constraint NOT VALID and validate it separately:"
                + " validation takes SHARE UPDATE EXCLUSIVE, which lets reads and writes go on."
                : " Add that CHECK NOT VALID, validate it in a separate transaction (SHARE UPDATE EXCLUSIVE: reads and"
                + " writes go on), then SET NOT NULL without a scan.");
    }

    private static String fix(int pg, QualifiedName table, String column, String name, boolean several) {
        String t = table.sql();
        String c = FixText.ident(column);
        String n = FixText.ident(name);
        String only = several ? FixText.ONLY_THIS_SUBCOMMAND + "\n" : "";
        if (pg >= 18) {
            return FixText.MIGRATION_1 + "\n" + only
                    + "ALTER TABLE " + t + " ADD CONSTRAINT " + n + " NOT NULL " + c + " NOT VALID;\n"
                    + FixText.MIGRATION_2 + "\n"
                    + FixText.validate(table, name);
        }
        String addCheck = "ALTER TABLE " + t + " ADD CONSTRAINT " + n + " CHECK (" + c + " IS NOT NULL) NOT VALID;\n";
        if (pg < 12) {
            return "-- PostgreSQL " + pg + " has no scan-free SET NOT NULL. Enforce it with a CHECK constraint instead:\n"
                    + FixText.MIGRATION_1 + "\n" + only + addCheck
                    + FixText.MIGRATION_2 + "\n"
                    + FixText.validate(table, name) + "\n"
                    + "-- After upgrading to PostgreSQL 12+, SET NOT NULL skips the scan thanks to that CHECK. To accept"
                    + " the scan now on a small table:\n"
                    + "-- pgsafety:allow set-not-null reason: <table size and why the lock is acceptable>";
        }
        return FixText.MIGRATION_1 + "\n" + only + addCheck
                + FixText.MIGRATION_2 + "\n"
                + FixText.validate(table, name) + "\n"
                + "-- migration 3 (after migration 2 has committed; no scan, PostgreSQL uses the validated CHECK):\n"
                + "ALTER TABLE " + t + " ALTER COLUMN " + c + " SET NOT NULL;\n"
                + "ALTER TABLE " + t + " DROP CONSTRAINT " + n + ";";
    }
}
