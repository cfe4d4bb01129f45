package dev.pgsafety.core.rules;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;

@RuleInfo(id = "refresh-matview-not-concurrent", severity = Severity.ERROR, sizeSensitive = true,
        summary = "REFRESH MATERIALIZED VIEW without CONCURRENTLY")
public final class RefreshMatviewNotConcurrent implements Rule {

    @Override
    public void check(StatementContext context, Violations out) {
        // TODO: not implemented yet
    }
}
