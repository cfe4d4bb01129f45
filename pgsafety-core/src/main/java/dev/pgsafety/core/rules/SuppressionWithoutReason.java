package dev.pgsafety.core.rules;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;

/** Reported by the analyzer itself; registered for its id, severity and docs. */
@RuleInfo(id = "suppression-without-reason", severity = Severity.ERROR,
        summary = "a pgsafety:allow comment without `reason:`; it suppresses nothing until it says why")
public final class SuppressionWithoutReason implements Rule {

    @Override
    public void check(StatementContext context, Violations out) {
        // The analyzer reports it while reading suppression comments.
    }
}
