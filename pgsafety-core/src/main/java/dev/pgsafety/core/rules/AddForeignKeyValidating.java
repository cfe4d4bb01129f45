package dev.pgsafety.core.rules;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;

@RuleInfo(id = "add-foreign-key-validating", severity = Severity.ERROR, sizeSensitive = true,
        summary = "ADD FOREIGN KEY / ADD COLUMN ... REFERENCES on an existing table without NOT VALID")
public final class AddForeignKeyValidating implements Rule {

    @Override
    public void check(StatementContext context, Violations out) {
        // TODO: not implemented yet
    }
}
