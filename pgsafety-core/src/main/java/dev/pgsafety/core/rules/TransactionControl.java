package dev.pgsafety.core.rules;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;

@RuleInfo(id = "transaction-control", severity = Severity.ERROR,
        summary = "BEGIN/START TRANSACTION/COMMIT/ROLLBACK/END inside a migration whose tool manages transactions")
public final class TransactionControl implements Rule {

    @Override
    public void check(StatementContext context, Violations out) {
        // TODO: not implemented yet
    }
}
