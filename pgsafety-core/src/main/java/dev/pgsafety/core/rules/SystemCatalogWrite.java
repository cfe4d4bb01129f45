package dev.pgsafety.core.rules;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;

@RuleInfo(id = "system-catalog-write", severity = Severity.ERROR,
        summary = "INSERT/UPDATE/DELETE on a pg_catalog table")
public final class SystemCatalogWrite implements Rule {

    @Override
    public void check(StatementContext context, Violations out) {
        // TODO: not implemented yet
    }
}
