package dev.pgsafety.core.rules;

import java.util.List;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;
import dev.pgsafety.core.rules.StatementFixes.DeclaredColumn;
import dev.pgsafety.core.rules.StatementFixes.TypeChange;

@RuleInfo(id = "prefer-jsonb", severity = Severity.WARNING,
        summary = "json columns")
public final class PreferJsonb implements Rule {

    @Override
    public void check(StatementContext context, Violations out) {
        List<DeclaredColumn> flagged = StatementFixes.declaredColumns(context,
                c -> c.type().name().equals("json"));
        if (flagged.isEmpty()) {
            return;
        }
        List<TypeChange> changes = flagged.stream()
                .map(c -> new TypeChange(c, StatementFixes.typeLike("jsonb", c.type(), false))).toList();
        String columns = String.join(", ", flagged.stream().map(c -> c.qualified() + " " + c.type().text()).toList());
        String fix = StatementFixes.withTypes(context.sql().text(), changes).orElseGet(() -> "-- declare "
                + String.join(", ", changes.stream().map(c -> c.column().column() + " " + c.newType()).toList()));
        out.add(flagged.get(0).table(), flagged.get(0).place().sql + " declares " + columns
                + ": json keeps the text as written and re-parses it on every access, has no equality"
                + " operator (no DISTINCT, GROUP BY or UNIQUE on it) and cannot be GIN-indexed. jsonb is parsed once,"
                + " supports containment (@>) and GIN indexes; keep json only if the exact text (key order, duplicate"
                + " keys, whitespace) must be preserved.", fix);
    }
}
