package dev.pgsafety.core.rules;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;

@RuleInfo(id = "set-not-null", severity = Severity.ERROR, sizeSensitive = true,
        summary = "ALTER COLUMN ... SET NOT NULL on an existing table without a validated CHECK (col IS NOT NULL)")
public final class SetNotNull implements Rule {

    @Override
    public void check(StatementContext context, Violations out) {
        // TODO: not implemented yet
    }
}
