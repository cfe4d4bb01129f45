package dev.pgsafety.core.rules;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;

@RuleInfo(id = "prefer-bigint", severity = Severity.WARNING,
        summary = "new int/smallint/serial primary-key or foreign-key columns")
public final class PreferBigint implements Rule {

    @Override
    public void check(StatementContext context, Violations out) {
        // TODO: not implemented yet
    }
}
