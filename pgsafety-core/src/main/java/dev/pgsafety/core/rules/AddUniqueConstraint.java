package dev.pgsafety.core.rules;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;

@RuleInfo(id = "add-unique-constraint", severity = Severity.ERROR, sizeSensitive = true,
        summary = "ADD UNIQUE / ADD PRIMARY KEY (also inline in ADD COLUMN) on an existing table without USING INDEX")
public final class AddUniqueConstraint implements Rule {

    @Override
    public void check(StatementContext context, Violations out) {
        // TODO: not implemented yet
    }
}
