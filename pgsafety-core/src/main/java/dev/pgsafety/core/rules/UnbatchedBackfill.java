package dev.pgsafety.core.rules;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;

@RuleInfo(id = "unbatched-backfill", severity = Severity.WARNING, sizeSensitive = true,
        summary = "UPDATE or DELETE of an existing table without a WHERE that bounds it by key range or LIMIT")
public final class UnbatchedBackfill implements Rule {

    @Override
    public void check(StatementContext context, Violations out) {
        // TODO: not implemented yet
    }
}
