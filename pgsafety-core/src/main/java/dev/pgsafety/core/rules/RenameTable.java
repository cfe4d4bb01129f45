package dev.pgsafety.core.rules;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;
import dev.pgsafety.core.model.AlterTableAction;
import dev.pgsafety.core.model.QualifiedName;
import dev.pgsafety.core.model.Statement;

@RuleInfo(id = "rename-table", severity = Severity.ERROR,
        statements = Statement.AlterTable.class,
        summary = "ALTER TABLE ... RENAME TO")
public final class RenameTable implements Rule {

    @Override
    public void check(StatementContext context, Violations out) {
        if (!(context.statement() instanceof Statement.AlterTable at) || !context.isExistingTable(at.table())) {
            return;
        }
        QualifiedName table = at.table();
        for (AlterTableAction action : at.actions()) {
            if (!(action instanceof AlterTableAction.RenameTable rt)) {
                continue;
            }
            QualifiedName renamed = new QualifiedName(table.schema(), rt.to());
            String message = "ALTER TABLE " + table.sql() + " RENAME TO " + ColumnFixes.ident(rt.to()) + " is instant"
                    + " (a short ACCESS EXCLUSIVE lock), but every application version still running uses "
                    + table.sql() + ": each of its queries fails (\"relation does not exist\") from the moment this"
                    + " commits until all of them are replaced. Keep the old name working during the rollout.";
            String fix = "-- migration 1 (runs in a transaction): rename, and keep the old name as a view in the same"
                    + " transaction;\n"
                    + "-- a view over one table is updatable, so old code's INSERT, UPDATE and DELETE keep working\n"
                    + "-- pgsafety:allow rename-table reason: the old name stays as an updatable view until every"
                    + " running release uses " + rt.to() + "\n"
                    + "ALTER TABLE " + table.sql() + " RENAME TO " + ColumnFixes.ident(rt.to()) + ";\n"
                    + "CREATE VIEW " + table.sql() + " AS SELECT * FROM " + renamed.sql() + ";\n"
                    + "-- release: code uses " + renamed.sql() + " only (the view's column list is fixed when it is"
                    + " created: add columns only after the next step)\n"
                    + "-- migration 2, once no running code uses " + table.sql() + ":\n"
                    + "DROP VIEW " + table.sql() + ";\n"
                    + "-- or expand/contract: a new table kept in step by triggers, old rows copied in batches,"
                    + " reads switched, the old table dropped later\n";
            out.add(table, message, fix);
        }
    }
}
