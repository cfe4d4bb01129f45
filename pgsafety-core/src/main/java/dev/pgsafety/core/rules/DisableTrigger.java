package dev.pgsafety.core.rules;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;

@RuleInfo(id = "disable-trigger", severity = Severity.WARNING,
        summary = "ALTER TABLE ... DISABLE TRIGGER")
public final class DisableTrigger implements Rule {

    @Override
    public void check(StatementContext context, Violations out) {
        // TODO: not implemented yet
    }
}
