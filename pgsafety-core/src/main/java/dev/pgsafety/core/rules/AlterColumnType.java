package dev.pgsafety.core.rules;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;

@RuleInfo(id = "alter-column-type", severity = Severity.ERROR, sizeSensitive = true,
        summary = "ALTER COLUMN ... TYPE that is not binary-coercible")
public final class AlterColumnType implements Rule {

    @Override
    public void check(StatementContext context, Violations out) {
        // TODO: not implemented yet
    }
}
