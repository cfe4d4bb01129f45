package dev.pgsafety.core.rules;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;

@RuleInfo(id = "drop-schema-or-database", severity = Severity.ERROR,
        summary = "DROP SCHEMA, DROP DATABASE")
public final class DropSchemaOrDatabase implements Rule {

    @Override
    public void check(StatementContext context, Violations out) {
        // TODO: not implemented yet
    }
}
