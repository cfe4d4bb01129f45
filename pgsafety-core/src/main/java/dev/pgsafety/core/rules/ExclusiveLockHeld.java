package dev.pgsafety.core.rules;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;

@RuleInfo(id = "exclusive-lock-held", severity = Severity.ERROR,
        summary = "a statement that may run long after an ACCESS EXCLUSIVE lock was taken in the same transaction")
public final class ExclusiveLockHeld implements Rule {

    @Override
    public void check(StatementContext context, Violations out) {
        // TODO: not implemented yet
    }
}
