package dev.pgsafety.core.rules;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;

@RuleInfo(id = "add-column-generated-stored", severity = Severity.ERROR,
        summary = "ADD COLUMN ... GENERATED ALWAYS AS (...) STORED on an existing table")
public final class AddColumnGeneratedStored implements Rule {

    @Override
    public void check(StatementContext context, Violations out) {
        // TODO: not implemented yet
    }
}
