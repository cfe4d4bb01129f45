package dev.pgsafety.core.rules;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;

@RuleInfo(id = "short-lock-timeout-on-concurrent", severity = Severity.WARNING,
        summary = "a SET lock_timeout in the script that would apply to a following CONCURRENTLY statement")
public final class ShortLockTimeoutOnConcurrent implements Rule {

    @Override
    public void check(StatementContext context, Violations out) {
        // TODO: not implemented yet
    }
}
