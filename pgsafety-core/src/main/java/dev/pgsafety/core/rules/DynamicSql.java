package dev.pgsafety.core.rules;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;

@RuleInfo(id = "dynamic-sql", severity = Severity.WARNING,
        summary = "EXECUTE of a built string inside DO: its statements cannot be checked")
public final class DynamicSql implements Rule {

    @Override
    public void check(StatementContext context, Violations out) {
        // TODO: not implemented yet
    }
}
