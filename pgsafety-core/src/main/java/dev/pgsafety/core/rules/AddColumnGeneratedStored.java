package dev.pgsafety.core.rules;

import java.util.ArrayList;
import java.util.List;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;
import dev.pgsafety.core.model.AlterTableAction;
import dev.pgsafety.core.model.ColumnConstraint;
import dev.pgsafety.core.model.ColumnDef;
import dev.pgsafety.core.model.QualifiedName;
import dev.pgsafety.core.model.Statement;

@RuleInfo(id = "add-column-generated-stored", severity = Severity.ERROR,
        statements = Statement.AlterTable.class,
        summary = "ADD COLUMN ... GENERATED ALWAYS AS (...) STORED on an existing table")
public final class AddColumnGeneratedStored implements Rule {

    @Override
    public void check(StatementContext context, Violations out) {
        if (!(context.statement() instanceof Statement.AlterTable at) || !context.isExistingTable(at.table())) {
            return;
        }
        QualifiedName table = at.table();
        List<String> what = new ArrayList<>();
        StringBuilder virtual = new StringBuilder();
        StringBuilder add = new StringBuilder();
        StringBuilder backfill = new StringBuilder();
        for (AlterTableAction action : at.actions()) {
            if (!(action instanceof AlterTableAction.AddColumn ac)) {
                continue;
            }
            ColumnDef column = ac.column();
            if (column.generated().isEmpty() || !column.generated().get().stored()) {
                continue;
            }
            ColumnConstraint.Generated generated = column.generated().get();
            String c = ColumnFixes.ident(column.name());
            String expression = generated.expression().text();
            what.add("ADD COLUMN " + c + " " + column.type().text() + " GENERATED ALWAYS AS (" + expression + ") STORED");
            virtual.append("ALTER TABLE ").append(table.sql()).append(" ADD COLUMN ")
                    .append(ac.ifNotExists() ? "IF NOT EXISTS " : "").append(c).append(' ').append(column.type().text())
                    .append(" GENERATED ALWAYS AS (").append(expression).append(") VIRTUAL;\n");
            String trigger = ColumnFixes.triggerName(table, column.name() + "_compute");
            add.append(ColumnFixes.addPlainColumn(table, column, ac.ifNotExists(), column.type().text()))
                    .append(ColumnFixes.createRowTrigger(table, trigger, "  NEW." + c + " := "
                            + ColumnFixes.fromTriggerRow(table, expression) + ";\n"));
            backfill.append(ColumnFixes.batchedBackfill(context, table, column.name(), "(" + expression + ")"));
        }
        if (what.isEmpty()) {
            return;
        }
        String message = String.join("; ", what) + ": PostgreSQL computes and stores the value for every existing row,"
                + " so it rewrites the whole of " + table.sql() + " and rebuilds all its indexes while holding an"
                + " ACCESS EXCLUSIVE lock. Every read and write of " + table.sql() + " waits until the rewrite ends"
                + " (minutes on a large table)."
                + (context.pgMajor() >= 18
                        ? " On PostgreSQL 18 a VIRTUAL generated column is computed when read and is added instantly."
                        : " Keep a plain column up to date with a trigger and fill the old rows in batches.");
        String stored = "-- migration 1 (runs in a transaction): a plain column that a trigger keeps up to date for new"
                + " and changed rows\n" + add + backfill;
        String fix = stored;
        if (context.pgMajor() >= 18) {
            fix = "-- PostgreSQL 18: a VIRTUAL generated column is computed when read: no rewrite, instant\n"
                    + "-- (it cannot be indexed, and its expression may use only built-in functions and types)\n"
                    + virtual
                    + "-- or, to keep the value stored:\n"
                    + ColumnFixes.alternative(stored);
        }
        out.add(table, message, fix);
    }
}
