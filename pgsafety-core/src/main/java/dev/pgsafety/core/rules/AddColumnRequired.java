package dev.pgsafety.core.rules;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;

@RuleInfo(id = "add-column-required", severity = Severity.ERROR,
        summary = "ADD COLUMN ... NOT NULL without a default on an existing table, or on a new table that already has rows")
public final class AddColumnRequired implements Rule {

    @Override
    public void check(StatementContext context, Violations out) {
        // TODO: not implemented yet
    }
}
