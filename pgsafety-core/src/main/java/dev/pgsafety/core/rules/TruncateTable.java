package dev.pgsafety.core.rules;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;

@RuleInfo(id = "truncate-table", severity = Severity.ERROR,
        summary = "TRUNCATE")
public final class TruncateTable implements Rule {

    @Override
    public void check(StatementContext context, Violations out) {
        // TODO: not implemented yet
    }
}
