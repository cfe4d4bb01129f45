package dev.pgsafety.core.rules;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;

@RuleInfo(id = "add-exclusion-constraint", severity = Severity.ERROR, sizeSensitive = true,
        summary = "ADD EXCLUDE on an existing table")
public final class AddExclusionConstraint implements Rule {

    @Override
    public void check(StatementContext context, Violations out) {
        // TODO: not implemented yet
    }
}
