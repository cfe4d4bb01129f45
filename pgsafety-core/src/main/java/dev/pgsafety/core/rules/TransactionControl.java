package dev.pgsafety.core.rules;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;
import dev.pgsafety.core.model.Statement;

@RuleInfo(id = "transaction-control", severity = Severity.ERROR,
        statements = Statement.TransactionControl.class,
        summary = "BEGIN/START TRANSACTION/COMMIT/ROLLBACK/END inside a migration whose tool manages transactions")
public final class TransactionControl implements Rule {

    @Override
    public void check(StatementContext context, Violations out) {
        if (!(context.statement() instanceof Statement.TransactionControl tc)
                || !context.transaction().migrationTransactional()) {
            return;
        }
        String effect;
        switch (tc.kind()) {
            case BEGIN -> effect = "The tool already runs this migration in a transaction: PostgreSQL only warns \"there"
                    + " is already a transaction in progress\" and ignores it, so it does not do what it looks like, and"
                    + " the COMMIT that usually follows ends the tool's transaction early.";
            case COMMIT -> effect = "It commits the transaction the tool opened for this migration halfway: if a later"
                    + " statement fails, the tool's rollback only undoes what came after this COMMIT, and the migration"
                    + " is left half applied.";
            case ROLLBACK -> effect = "It rolls back the transaction the tool opened for this migration: the work before"
                    + " it is silently undone while the tool goes on and may record the migration as applied.";
            default -> {
                return; // savepoints work inside the tool's transaction
            }
        }
        String message = context.sql().text().strip() + " inside a migration whose tool manages the transaction. "
                + effect + " Let the tool manage transactions; if statements must run outside a transaction, make the"
                + " migration non-transactional instead. " + FixText.howToRunOutsideTransaction(context);
        String fix = "-- remove this statement; the tool commits or rolls back the migration as a whole.\n"
                + "-- To run statements outside a transaction, put them in a non-transactional migration instead"
                + " (Flyway: executeInTransaction=false in the script's .sql.conf; Liquibase: runInTransaction=\"false\").";
        out.add(null, message, fix);
    }
}
