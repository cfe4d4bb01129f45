package dev.pgsafety.core.rules;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;

@RuleInfo(id = "add-column-rewrite-default", severity = Severity.ERROR,
        summary = "ADD COLUMN whose default rewrites the table (volatile default; any non-null default before PostgreSQL 11)")
public final class AddColumnRewriteDefault implements Rule {

    @Override
    public void check(StatementContext context, Violations out) {
        // TODO: not implemented yet
    }
}
