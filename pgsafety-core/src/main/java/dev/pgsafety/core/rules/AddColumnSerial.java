package dev.pgsafety.core.rules;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;

@RuleInfo(id = "add-column-serial", severity = Severity.ERROR,
        summary = "ADD COLUMN of a serial type or GENERATED ... AS IDENTITY on an existing table")
public final class AddColumnSerial implements Rule {

    @Override
    public void check(StatementContext context, Violations out) {
        // TODO: not implemented yet
    }
}
