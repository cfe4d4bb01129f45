package dev.pgsafety.core.rules;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;

@RuleInfo(id = "multiple-exclusive-locks", severity = Severity.WARNING,
        summary = "one transaction takes ACCESS EXCLUSIVE locks on more than one existing table")
public final class MultipleExclusiveLocks implements Rule {

    @Override
    public void check(StatementContext context, Violations out) {
        // TODO: not implemented yet
    }
}
