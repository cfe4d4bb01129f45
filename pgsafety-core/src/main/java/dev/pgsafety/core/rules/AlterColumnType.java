package dev.pgsafety.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;
import dev.pgsafety.core.model.AlterTableAction;
import dev.pgsafety.core.model.QualifiedName;
import dev.pgsafety.core.model.Statement;
import dev.pgsafety.core.model.TypeName;

@RuleInfo(id = "alter-column-type", severity = Severity.ERROR, sizeSensitive = true,
        statements = Statement.AlterTable.class,
        summary = "ALTER COLUMN ... TYPE that is not binary-coercible")
public final class AlterColumnType implements Rule {

    @Override
    public void check(StatementContext context, Violations out) {
        if (!(context.statement() instanceof Statement.AlterTable at) || !context.isExistingTable(at.table())) {
            return;
        }
        QualifiedName table = at.table();
        List<String> reasons = new ArrayList<>();
        List<String> fixes = new ArrayList<>();
        boolean unknown = false;
        for (AlterTableAction action : at.actions()) {
            if (!(action instanceof AlterTableAction.AlterColumnType act)) {
                continue;
            }
            String c = ColumnFixes.ident(act.column());
            Optional<TypeName> old = ColumnFixes.currentType(context, table, act.column());
            if (act.using() != null && !act.using().isEmpty()) {
                reasons.add(c + " to " + act.type().text() + " USING " + act.using().text()
                        + " (USING computes every row anew)");
            } else if (old.isEmpty()) {
                unknown = true;
                reasons.add(c + " to " + act.type().text() + " (its current type is unknown: no earlier migration declares"
                        + " it, and no database connection tells it)");
            } else if (binaryCoercible(old.get(), act.type())) {
                continue;
            } else {
                reasons.add(c + " from " + old.get().text() + " to " + act.type().text()
                        + " (not binary-coercible)");
            }
            fixes.add("-- column " + c + ":\n" + expandContract(context, table, act, old));
        }
        if (reasons.isEmpty()) {
            return;
        }
        String message = "ALTER COLUMN ... TYPE of " + String.join("; ", reasons) + ": PostgreSQL rewrites the whole of "
                + table.sql() + " and rebuilds all its indexes while holding an ACCESS EXCLUSIVE lock. Every read and"
                + " write of " + table.sql() + " waits until the rewrite ends (minutes on a large table)."
                + (unknown ? " If the change only widens the column (varchar(n) to a larger length, varchar or text;"
                        + " numeric(p,s) to a larger precision with the same scale, or numeric) it is binary-coercible"
                        + " and needs no rewrite: then suppress this finding with that reason." : "");
        String fix = fixes.size() == 1 ? fixes.get(0).substring(fixes.get(0).indexOf('\n') + 1)
                : String.join("\n", fixes);
        out.add(table, message, fix);
    }

    /**
     * A change PostgreSQL makes without rewriting the table or rebuilding its indexes: the same type and
     * modifiers, or one of the binary-coercible widenings.
     */
    static boolean binaryCoercible(TypeName from, TypeName to) {
        if (hasUnreadModifiers(from) || hasUnreadModifiers(to) || from.arrayDimensions() != to.arrayDimensions()) {
            return false;
        }
        if (from.name().equals(to.name()) && from.modifiers().equals(to.modifiers())) {
            return true;
        }
        if (from.isArray()) {
            return false;
        }
        String f = from.name();
        String t = to.name();
        if (f.equals("varchar") && t.equals("text")) {
            return true;
        }
        if ((f.equals("varchar") && t.equals("varchar")) || (f.equals("varbit") && t.equals("varbit"))) {
            return to.modifiers().isEmpty() || (!from.modifiers().isEmpty() && to.firstModifier() >= from.firstModifier());
        }
        if (f.equals("text") && t.equals("varchar")) {
            return to.modifiers().isEmpty();
        }
        if (f.equals("numeric") && t.equals("numeric")) {
            if (to.modifiers().isEmpty()) {
                return true;
            }
            if (from.modifiers().isEmpty()) {
                return false;
            }
            return scale(from) == scale(to) && to.firstModifier() >= from.firstModifier();
        }
        return f.equals("cidr") && t.equals("inet");
    }

    private static int scale(TypeName numeric) {
        return numeric.modifiers().size() > 1 ? numeric.modifiers().get(1) : 0;
    }

    /** Parenthesised modifiers the parser could not read as numbers: compare nothing about them. */
    private static boolean hasUnreadModifiers(TypeName type) {
        return type.modifiers().isEmpty() && type.text().indexOf('(') >= 0;
    }

    private static String expandContract(StatementContext context, QualifiedName table,
                                         AlterTableAction.AlterColumnType act, Optional<TypeName> old) {
        String column = act.column();
        String newColumn = ColumnFixes.shorten(column + "_new");
        String c = ColumnFixes.ident(column);
        String n = ColumnFixes.ident(newColumn);
        String type = act.type().text();
        String convertRow;
        String convertTable;
        if (act.using() == null || act.using().isEmpty()) {
            convertRow = "NEW." + c + "::" + type;
            convertTable = c + "::" + type;
        } else {
            convertRow = ColumnFixes.fromTriggerRow(table, act.using().text());
            convertTable = "(" + act.using().text() + ")";
        }
        String trigger = ColumnFixes.triggerName(table, newColumn + "_sync");
        StringBuilder fix = new StringBuilder()
                .append("-- expand/contract instead of rewriting ").append(table.sql()).append(" in place")
                .append(old.isPresent() ? "" : " (if this only widens a varchar or numeric, suppress the finding instead)")
                .append(":\n")
                .append("-- migration 1 (runs in a transaction): a new column of the new type, kept in step by a trigger")
                .append(" while old code writes ").append(c).append("\n")
                .append("ALTER TABLE ").append(table.sql()).append(" ADD COLUMN ").append(n).append(' ').append(type)
                .append(";\n")
                .append(ColumnFixes.createRowTrigger(table, trigger,
                        "  IF (TG_OP = 'INSERT' AND NEW." + n + " IS NULL)\n"
                        + "     OR (TG_OP = 'UPDATE' AND NEW." + c + " IS DISTINCT FROM OLD." + c + ") THEN\n"
                        + "    NEW." + n + " := " + convertRow + ";\n"
                        + "  END IF;\n"))
                .append(ColumnFixes.batchedBackfill(context, table, newColumn, convertTable));
        int next = 2;
        boolean notNull = ColumnFixes.knownNotNull(context, table, column);
        if (notNull) {
            fix.append(ColumnFixes.setNotNullSteps(context, table, List.of(newColumn), next));
            next += ColumnFixes.setNotNullMigrations(context);
        }
        fix.append("-- recreate the default, indexes and constraints of ").append(c).append(" on ").append(n)
                .append(" (CREATE INDEX CONCURRENTLY; NOT VALID + VALIDATE CONSTRAINT)\n")
                .append("-- release: code reads and writes ").append(n)
                .append(notNull ? " (and still writes " + c + ": it is NOT NULL until it is dropped)" : " only")
                .append("\n")
                .append("-- migration ").append(next).append(" (runs in a transaction), once no running code uses ")
                .append(c).append(":\n")
                .append(ColumnFixes.dropRowTrigger(table, trigger))
                .append(ColumnFixes.dropOldColumn(table, column))
                .append("-- (the new column is called ").append(n)
                .append(" here: pick its final name before migration 1; renaming it later is another expand/contract)\n");
        return fix.toString();
    }
}
