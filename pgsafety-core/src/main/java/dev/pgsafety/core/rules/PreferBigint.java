package dev.pgsafety.core.rules;

import java.util.List;
import java.util.Set;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;
import dev.pgsafety.core.rules.StatementFixes.DeclaredColumn;
import dev.pgsafety.core.rules.StatementFixes.TypeChange;

@RuleInfo(id = "prefer-bigint", severity = Severity.WARNING,
        summary = "new int/smallint/serial primary-key or foreign-key columns")
public final class PreferBigint implements Rule {

    private static final Set<String> NARROW = Set.of("integer", "smallint", "serial", "smallserial");

    @Override
    public void check(StatementContext context, Violations out) {
        List<DeclaredColumn> flagged = StatementFixes.declaredColumns(context,
                c -> (c.primaryKey() || c.foreignKey()) && NARROW.contains(c.type().name()) && !c.type().isArray());
        if (flagged.isEmpty()) {
            return;
        }
        List<TypeChange> changes = flagged.stream().map(c -> new TypeChange(c, c.type().isSerial()
                ? "bigint GENERATED ALWAYS AS IDENTITY" : "bigint")).toList();
        StringBuilder columns = new StringBuilder();
        for (DeclaredColumn c : flagged) {
            if (columns.length() > 0) {
                columns.append(", ");
            }
            columns.append(c.primaryKey() ? "primary-key" : "foreign-key").append(" column ").append(c.qualified())
                    .append(' ').append(c.type().text());
        }
        boolean small = flagged.stream().anyMatch(c -> c.type().name().startsWith("small"));
        boolean serial = flagged.stream().anyMatch(c -> c.type().isSerial());
        String fix = StatementFixes.withTypes(context.sql().text(), changes).orElseGet(() -> "-- declare "
                + String.join(", ", changes.stream().map(c -> c.column().column() + " " + c.newType()).toList()));
        out.add(flagged.get(0).table(), flagged.get(0).place().sql + " declares " + columns + ": keys of this type"
                + " run out at 2,147,483,647" + (small ? " (smallint: 32,767)" : "") + ", and widening the column"
                + " then is ALTER COLUMN ... TYPE bigint, a full rewrite of the table under ACCESS EXCLUSIVE (no reads"
                + " or writes) and of every table whose foreign keys point at it. bigint costs 4 more bytes per row."
                + (serial ? " For a serial column use bigint GENERATED ALWAYS AS IDENTITY (BY DEFAULT if the"
                        + " application inserts its own ids)." : ""), fix);
    }
}
