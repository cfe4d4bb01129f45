package dev.pgsafety.core.rules;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;
import dev.pgsafety.core.analysis.TableState;
import dev.pgsafety.core.model.AlterTableAction;
import dev.pgsafety.core.model.QualifiedName;
import dev.pgsafety.core.model.Statement;

@RuleInfo(id = "validate-in-same-transaction", severity = Severity.ERROR,
        statements = Statement.AlterTable.class,
        summary = "VALIDATE CONSTRAINT in the same transaction as the ADD ... NOT VALID of that constraint, or after an ACCESS EXCLUSIVE lock on that table in the same transaction")
public final class ValidateInSameTransaction implements Rule {

    @Override
    public void check(StatementContext context, Violations out) {
        if (!(context.statement() instanceof Statement.AlterTable at) || !context.transaction().inTransactionBlock()
                || !context.isExistingTable(at.table())) {
            return;
        }
        QualifiedName table = at.table();
        for (AlterTableAction action : at.actions()) {
            if (!(action instanceof AlterTableAction.ValidateConstraint vc)) {
                continue;
            }
            boolean addedHere = context.transaction().addedNotValid(table, vc.name());
            boolean exclusive = context.transaction().holdsAccessExclusive(table);
            if (!addedHere && !exclusive) {
                continue;
            }
            String constraint = FixText.ident(vc.name());
            String lock;
            if (exclusive) {
                String by = context.transaction().accessExclusiveTakenBy(table);
                lock = "an ACCESS EXCLUSIVE lock on " + table.sql() + " taken earlier in this transaction"
                        + (by.isEmpty() ? "" : " (by `" + by + "`)")
                        + ", which is held until commit: every read and write of the table waits";
            } else {
                boolean foreignKey = context.table(table).flatMap(t -> t.constraint(vc.name()))
                        .map(TableState.ConstraintState::kind).map("foreign key"::equals).orElse(false);
                lock = foreignKey
                        ? "the SHARE ROW EXCLUSIVE locks the ADD CONSTRAINT took on " + table.sql() + " and the referenced"
                        + " table, which are held until commit: every write to both tables waits"
                        : "the ACCESS EXCLUSIVE lock the ADD CONSTRAINT took on " + table.sql() + ", which is held until"
                        + " commit: every read and write of the table waits";
            }
            String message = "VALIDATE CONSTRAINT " + constraint + " runs in the same transaction as "
                    + (addedHere ? "the ADD CONSTRAINT ... NOT VALID of " + constraint : "an earlier statement on " + table.sql())
                    + ", so its full scan of " + table.sql() + " happens under " + lock + " for the whole scan."
                    + " That undoes the point of NOT VALID. Validate in a separate transaction: on its own it takes"
                    + " only SHARE UPDATE EXCLUSIVE, which lets reads and writes go on.";
            String fix = (context.transaction().migrationTransactional()
                    ? "-- move this statement to a separate, later migration (or make this migration non-transactional,"
                    + " so the ADD commits first):\n"
                    : "-- move this statement after the COMMIT of the explicit transaction block:\n")
                    + FixText.validate(table, vc.name());
            out.add(table, message, fix);
        }
    }
}
