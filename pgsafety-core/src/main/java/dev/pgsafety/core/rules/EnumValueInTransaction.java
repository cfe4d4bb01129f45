package dev.pgsafety.core.rules;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;

@RuleInfo(id = "enum-value-in-transaction", severity = Severity.ERROR,
        summary = "ALTER TYPE ... ADD VALUE inside a transaction on PostgreSQL < 12")
public final class EnumValueInTransaction implements Rule {

    @Override
    public void check(StatementContext context, Violations out) {
        // TODO: not implemented yet
    }
}
