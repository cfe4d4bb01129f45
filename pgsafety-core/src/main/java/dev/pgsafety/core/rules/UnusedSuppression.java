package dev.pgsafety.core.rules;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;

/** Reported by the analyzer itself once a migration is done; registered for its id, severity and docs. */
@RuleInfo(id = "unused-suppression", severity = Severity.WARNING,
        summary = "a pgsafety:allow comment that suppresses nothing (or names an unknown rule)")
public final class UnusedSuppression implements Rule {

    @Override
    public void check(StatementContext context, Violations out) {
        // The analyzer reports it after the migration, when it knows which suppressions were used.
    }
}
