package dev.pgsafety.core.rules;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;
import dev.pgsafety.core.backfill.BackfillDirective;

@RuleInfo(id = "backfill-in-transaction", severity = Severity.ERROR,
        summary = "a pgsafety:backfill directive in a migration that runs inside a transaction")
public final class BackfillInTransaction implements Rule {

    @Override
    public void check(StatementContext context, Violations out) {
        if (!BackfillDirective.present(context.sql()) || !context.transaction().inTransactionBlock()) {
            return;
        }
        String file = context.migration().name();
        file = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        out.add(null, "This backfill is meant to run in batches, each committed on its own, but the migration runs in one"
                + " transaction: every row lock would be held until the end and nothing would be committed before it."
                + " Run the backfill in a migration that runs outside a transaction: for Flyway a " + file
                + ".conf next to the script with executeInTransaction=false (and no other statements in it that"
                + " need a transaction).", "-- " + file + ".conf:\nexecuteInTransaction=false");
    }
}
