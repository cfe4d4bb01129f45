package dev.pgsafety.core.rules;

import dev.pgsafety.core.analysis.Analyzer;
import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;
import dev.pgsafety.core.model.AlterTableAction;
import dev.pgsafety.core.model.QualifiedName;
import dev.pgsafety.core.model.Statement;
import dev.pgsafety.core.model.TableConstraint;

@RuleInfo(id = "add-exclusion-constraint", severity = Severity.ERROR, sizeSensitive = true,
        statements = Statement.AlterTable.class,
        summary = "ADD EXCLUDE on an existing table")
public final class AddExclusionConstraint implements Rule {

    @Override
    public void check(StatementContext context, Violations out) {
        if (!(context.statement() instanceof Statement.AlterTable at) || !context.isExistingTable(at.table())) {
            return;
        }
        QualifiedName table = at.table();
        for (AlterTableAction action : at.actions()) {
            if (!(action instanceof AlterTableAction.AddConstraint ac)
                    || !(ac.constraint() instanceof TableConstraint.Exclusion ex)) {
                continue;
            }
            String name = FixText.ident(Analyzer.constraintName(table, ex));
            String message = "ADD CONSTRAINT " + name + " EXCLUDE builds the constraint's index on " + table.sql()
                    + " and checks every existing row against every other while holding an ACCESS EXCLUSIVE lock:"
                    + " every read and write of the table waits for the whole build (minutes on a large table)."
                    + " PostgreSQL has no online way to add an exclusion constraint (no NOT VALID, no USING INDEX).";
            String fix = "-- There is no lock-free way to add an exclusion constraint to a table in use. Either:\n"
                    + "-- 1. create a new table with the constraint, copy the rows in batches while a trigger keeps it in"
                    + " sync, then swap the names in one short transaction; or\n"
                    + "-- 2. accept the lock knowingly (small table, maintenance window) and say so:\n"
                    + "-- pgsafety:allow add-exclusion-constraint reason: <why the lock is acceptable here>\n"
                    + FixText.statement(context.sql().text());
            out.add(table, message, fix);
        }
    }
}
