package dev.pgsafety.core.rules;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;

@RuleInfo(id = "validate-in-same-transaction", severity = Severity.ERROR,
        summary = "VALIDATE CONSTRAINT in the same transaction as the ADD ... NOT VALID of that constraint, or after an ACCESS EXCLUSIVE lock on that table in the same transaction")
public final class ValidateInSameTransaction implements Rule {

    @Override
    public void check(StatementContext context, Violations out) {
        // TODO: not implemented yet
    }
}
