package dev.pgsafety.core.rules;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;

@RuleInfo(id = "attach-partition-scan", severity = Severity.WARNING,
        summary = "ATTACH PARTITION without a validated CHECK known to imply the partition bound")
public final class AttachPartitionScan implements Rule {

    @Override
    public void check(StatementContext context, Violations out) {
        // TODO: not implemented yet
    }
}
