package dev.pgsafety.core.rules;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;

@RuleInfo(id = "detach-partition-not-concurrent", severity = Severity.ERROR, sizeSensitive = true,
        summary = "DETACH PARTITION without CONCURRENTLY on PostgreSQL >= 14")
public final class DetachPartitionNotConcurrent implements Rule {

    @Override
    public void check(StatementContext context, Violations out) {
        // TODO: not implemented yet
    }
}
