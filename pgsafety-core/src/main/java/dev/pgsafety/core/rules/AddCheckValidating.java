package dev.pgsafety.core.rules;

import java.util.List;

import dev.pgsafety.core.analysis.Analyzer;
import dev.pgsafety.core.analysis.ConstraintNames;
import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;
import dev.pgsafety.core.model.AlterTableAction;
import dev.pgsafety.core.model.ColumnConstraint;
import dev.pgsafety.core.model.QualifiedName;
import dev.pgsafety.core.model.Statement;
import dev.pgsafety.core.model.TableConstraint;

@RuleInfo(id = "add-check-validating", severity = Severity.ERROR, sizeSensitive = true,
        statements = Statement.AlterTable.class,
        summary = "ADD CHECK on an existing table without NOT VALID")
public final class AddCheckValidating implements Rule {

    private static final String WHY_NOT_VALID = " Add it NOT VALID (only new and updated rows are checked, the lock is"
            + " brief), then VALIDATE CONSTRAINT in a separate transaction: validation takes SHARE UPDATE EXCLUSIVE,"
            + " which lets reads and writes go on while it scans.";

    @Override
    public void check(StatementContext context, Violations out) {
        if (!(context.statement() instanceof Statement.AlterTable at) || !context.isExistingTable(at.table())) {
            return;
        }
        QualifiedName table = at.table();
        FixText.Subcommands parts = new FixText.Subcommands(context.sql().text(), at);
        boolean several = at.actions().size() > 1;
        for (int i = 0; i < at.actions().size(); i++) {
            AlterTableAction action = at.actions().get(i);
            if (action instanceof AlterTableAction.AddConstraint ac && ac.constraint() instanceof TableConstraint.Check check
                    && !check.notValid()) {
                String name = Analyzer.constraintName(table, check);
                String part = parts.part(i);
                String add = part != null ? FixText.named(part, check.name(), name)
                        : "ADD CONSTRAINT " + FixText.ident(name) + " CHECK (" + check.expression().text() + ")";
                String message = "ADD CHECK " + FixText.ident(name) + " takes an ACCESS EXCLUSIVE lock on " + table.sql()
                        + " and holds it while every existing row is checked: every read and write of the table waits"
                        + " for the whole scan (minutes on a large table)." + WHY_NOT_VALID;
                out.add(table, message, fix(table, several, FixText.alterTable(table, FixText.withNotValid(add)), name));
            } else if (action instanceof AlterTableAction.AddColumn add) {
                for (ColumnConstraint c : add.column().constraints()) {
                    if (c instanceof ColumnConstraint.Check check) {
                        addColumn(table, add, check, parts.part(i), several, out);
                        break; // one finding per column; the fix moves its first CHECK out
                    }
                }
            }
        }
    }

    private static void addColumn(QualifiedName table, AlterTableAction.AddColumn add, ColumnConstraint.Check check,
                                  String part, boolean several, Violations out) {
        String column = add.column().name();
        String name = check.name() != null ? check.name() : ConstraintNames.check(table.name(), column);
        String[] cut = part == null ? null : FixText.cutColumnClause(part, "check");
        String columnSql = cut != null ? cut[0] : "ADD COLUMN " + FixText.ident(column) + " " + add.column().type().text();
        String checkSql = cut != null ? cut[1] : "CHECK (" + check.expression().text() + ")";
        String message = "ADD COLUMN " + FixText.ident(column) + " ... CHECK takes an ACCESS EXCLUSIVE lock on "
                + table.sql() + " and holds it while every existing row is checked against the new constraint: every read"
                + " and write of the table waits for the whole scan. An inline CHECK cannot be NOT VALID: add the column"
                + " first, then the constraint." + WHY_NOT_VALID;
        String adds = FixText.alterTable(table, columnSql) + "\n"
                + FixText.alterTable(table, FixText.withNotValid("ADD CONSTRAINT " + FixText.ident(name) + " " + checkSql));
        out.add(table, message, fix(table, several, adds, name));
    }

    private static String fix(QualifiedName table, boolean several, String adds, String name) {
        return FixText.MIGRATION_1 + "\n"
                + (several ? FixText.ONLY_THIS_SUBCOMMAND + "\n" : "")
                + adds + "\n"
                + FixText.MIGRATION_2 + "\n"
                + FixText.validate(table, name);
    }
}
