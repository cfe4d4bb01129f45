package dev.pgsafety.core.rules;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;

@RuleInfo(id = "reindex-not-concurrent", severity = Severity.ERROR, sizeSensitive = true,
        summary = "REINDEX without CONCURRENTLY")
public final class ReindexNotConcurrent implements Rule {

    @Override
    public void check(StatementContext context, Violations out) {
        // TODO: not implemented yet
    }
}
