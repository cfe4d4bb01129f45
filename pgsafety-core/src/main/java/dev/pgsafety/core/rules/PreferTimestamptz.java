package dev.pgsafety.core.rules;

import java.util.List;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;
import dev.pgsafety.core.rules.StatementFixes.DeclaredColumn;
import dev.pgsafety.core.rules.StatementFixes.TypeChange;

@RuleInfo(id = "prefer-timestamptz", severity = Severity.WARNING,
        summary = "timestamp without time zone")
public final class PreferTimestamptz implements Rule {

    @Override
    public void check(StatementContext context, Violations out) {
        List<DeclaredColumn> flagged = StatementFixes.declaredColumns(context,
                c -> c.type().name().equals("timestamp"));
        if (flagged.isEmpty()) {
            return;
        }
        List<TypeChange> changes = flagged.stream()
                .map(c -> new TypeChange(c, StatementFixes.typeLike("timestamptz", c.type(), true))).toList();
        String columns = String.join(", ", flagged.stream().map(c -> c.qualified() + " " + c.type().text()).toList());
        String fix = StatementFixes.withTypes(context.sql().text(), changes).orElseGet(() -> "-- declare "
                + String.join(", ", changes.stream().map(c -> c.column().column() + " " + c.newType()).toList()));
        out.add(flagged.get(0).table(), flagged.get(0).place().sql + " declares " + columns
                + ": a timestamp without time zone stores a wall-clock reading with no zone, so values written by"
                + " sessions or servers in different time zones silently disagree, and times around a daylight-saving"
                + " change are ambiguous. timestamptz stores the instant itself (same 8 bytes) and shows it in the"
                + " session's time zone.", fix);
    }
}
