package dev.pgsafety.core.rules;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;

@RuleInfo(id = "drop-index-not-concurrent", severity = Severity.ERROR, sizeSensitive = true,
        summary = "DROP INDEX without CONCURRENTLY for an index on an existing table")
public final class DropIndexNotConcurrent implements Rule {

    @Override
    public void check(StatementContext context, Violations out) {
        // TODO: not implemented yet
    }
}
