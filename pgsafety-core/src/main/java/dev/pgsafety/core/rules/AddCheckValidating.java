package dev.pgsafety.core.rules;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;

@RuleInfo(id = "add-check-validating", severity = Severity.ERROR, sizeSensitive = true,
        summary = "ADD CHECK on an existing table without NOT VALID")
public final class AddCheckValidating implements Rule {

    @Override
    public void check(StatementContext context, Violations out) {
        // TODO: not implemented yet
    }
}
