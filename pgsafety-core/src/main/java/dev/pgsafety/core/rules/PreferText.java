package dev.pgsafety.core.rules;

import java.util.ArrayList;
import java.util.List;

import dev.pgsafety.core.analysis.ConstraintNames;
import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;
import dev.pgsafety.core.model.QualifiedName;
import dev.pgsafety.core.rules.StatementFixes.DeclaredColumn;
import dev.pgsafety.core.rules.StatementFixes.Place;
import dev.pgsafety.core.rules.StatementFixes.TypeChange;

@RuleInfo(id = "prefer-text", severity = Severity.OFF,
        summary = "varchar(n) / char(n) columns")
public final class PreferText implements Rule {

    @Override
    public void check(StatementContext context, Violations out) {
        List<DeclaredColumn> flagged = StatementFixes.declaredColumns(context, PreferText::limited);
        if (flagged.isEmpty()) {
            return;
        }
        List<TypeChange> changes = new ArrayList<>();
        List<String> laterChecks = new ArrayList<>();
        List<String> validations = new ArrayList<>();
        for (DeclaredColumn c : flagged) {
            String column = QualifiedName.Identifiers.quote(c.column());
            String check = "CHECK (" + lengthCheck(c, column) + ")";
            if (c.place() == Place.CREATE_TABLE || (c.place() == Place.ADD_COLUMN && !context.isExistingTable(c.table()))) {
                // A new table is empty: the CHECK goes inline and costs nothing.
                changes.add(new TypeChange(c, StatementFixes.typeLike("text", c.type(), false) + " " + check));
            } else {
                changes.add(new TypeChange(c, StatementFixes.typeLike("text", c.type(), false)));
                String name = QualifiedName.Identifiers.quote(ConstraintNames.check(c.table().name(), c.column()));
                boolean existing = context.isExistingTable(c.table());
                laterChecks.add("ALTER TABLE " + c.table().sql() + " ADD CONSTRAINT " + name + " " + check
                        + (existing ? " NOT VALID;" : ";"));
                if (existing) {
                    validations.add("ALTER TABLE " + c.table().sql() + " VALIDATE CONSTRAINT " + name + ";");
                }
            }
        }
        String statement = StatementFixes.withTypes(context.sql().text(), changes).orElseGet(() -> "-- declare "
                + String.join(", ", changes.stream().map(c -> c.column().column() + " " + c.newType()).toList()));
        StringBuilder fix = new StringBuilder(statement);
        if (!laterChecks.isEmpty()) {
            fix.append('\n').append(String.join("\n", laterChecks));
        }
        if (!validations.isEmpty()) {
            fix.append("\n-- later, in a separate transaction (reads and writes go on while it scans):\n")
                    .append(String.join("\n", validations));
        }
        String columns = String.join(", ", flagged.stream().map(c -> c.qualified() + " " + c.type().text()).toList());
        boolean fixedChar = flagged.stream().anyMatch(c -> c.type().name().equals("char"));
        out.add(flagged.get(0).table(), flagged.get(0).place().sql + " declares " + columns + ": in PostgreSQL a"
                + " length limit in the type is no faster than text, and changing it later is ALTER COLUMN ... TYPE,"
                + " which takes ACCESS EXCLUSIVE (no reads or writes) and, to shorten it, rewrites or scans the whole"
                + " table. A CHECK on length(...) can be replaced with NOT VALID + VALIDATE without blocking anyone."
                + (fixedChar ? " char(n) also pads values with blanks and ignores trailing blanks when comparing." : ""),
                fix.toString());
    }

    private static boolean limited(DeclaredColumn c) {
        String name = c.type().name();
        if (c.type().text().startsWith("\"") || c.type().isArray()) {
            return false; // "char" is the one-byte internal type; arrays have no simple length CHECK
        }
        if (name.equals("varchar")) {
            return !c.type().modifiers().isEmpty();
        }
        if (name.equals("char")) {
            // bpchar without a length is unlimited; char / character alone mean char(1)
            return !(c.type().modifiers().isEmpty() && c.type().text().toLowerCase(java.util.Locale.ROOT).startsWith("bpchar"));
        }
        return false;
    }

    private static String lengthCheck(DeclaredColumn c, String column) {
        int n = c.type().modifiers().isEmpty() ? 1 : c.type().firstModifier();
        return "length(" + column + ") <= " + n;
    }
}
