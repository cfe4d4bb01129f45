package dev.pgsafety.core.rules;

import java.util.List;

import dev.pgsafety.core.analysis.Analyzer;
import dev.pgsafety.core.analysis.ConstraintNames;
import dev.pgsafety.core.analysis.Locks;
import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;
import dev.pgsafety.core.model.AlterTableAction;
import dev.pgsafety.core.model.ColumnConstraint;
import dev.pgsafety.core.model.QualifiedName;
import dev.pgsafety.core.model.Statement;
import dev.pgsafety.core.model.TableConstraint;

@RuleInfo(id = "add-foreign-key-validating", severity = Severity.ERROR, sizeSensitive = true,
        statements = Statement.AlterTable.class,
        summary = "ADD FOREIGN KEY / ADD COLUMN ... REFERENCES on an existing table without NOT VALID")
public final class AddForeignKeyValidating implements Rule {

    @Override
    public void check(StatementContext context, Violations out) {
        if (!(context.statement() instanceof Statement.AlterTable at) || !context.isExistingTable(at.table())) {
            return;
        }
        QualifiedName table = at.table();
        FixText.Subcommands parts = new FixText.Subcommands(context.sql().text(), at);
        for (int i = 0; i < at.actions().size(); i++) {
            AlterTableAction action = at.actions().get(i);
            if (action instanceof AlterTableAction.AddConstraint ac && ac.constraint() instanceof TableConstraint.ForeignKey fk
                    && !fk.notValid()) {
                addConstraint(table, fk, parts.part(i), otherSubcommandsLockExclusively(at, i), at.actions().size() > 1,
                        out);
            } else if (action instanceof AlterTableAction.AddColumn add && add.column().references().isPresent()) {
                addColumn(table, add, add.column().references().get(), parts.part(i), at.actions().size() > 1, out);
            }
        }
    }

    private static void addConstraint(QualifiedName table, TableConstraint.ForeignKey fk, String part, boolean exclusive,
                                      boolean several, Violations out) {
        String name = Analyzer.constraintName(table, fk);
        QualifiedName referenced = fk.referencedTable();
        String message = "ADD FOREIGN KEY " + FixText.ident(name) + " checks every existing row of " + table.sql()
                + " against " + referenced.sql() + " while holding SHARE ROW EXCLUSIVE locks on both tables: every"
                + " INSERT, UPDATE and DELETE on " + table.sql() + " and " + referenced.sql() + " waits for the whole"
                + " scan (minutes on a large table)."
                + (exclusive ? " The other subcommands of this ALTER TABLE even lock " + table.sql()
                + " ACCESS EXCLUSIVE, so reads of it wait too." : "")
                + " Add the constraint NOT VALID (only new rows are checked; the lock is brief), then VALIDATE CONSTRAINT"
                + " in a separate transaction: validation takes SHARE UPDATE EXCLUSIVE, which lets reads and writes go on.";
        String add = part != null ? FixText.named(part, fk.name(), name)
                : "ADD CONSTRAINT " + FixText.ident(name) + " FOREIGN KEY (" + FixText.columns(fk.columns()) + ") REFERENCES "
                + referenced.sql() + (fk.referencedColumns().isEmpty() ? "" : " (" + FixText.columns(fk.referencedColumns()) + ")");
        String fix = FixText.MIGRATION_1 + "\n"
                + (several ? FixText.ONLY_THIS_SUBCOMMAND + "\n" : "")
                + FixText.alterTable(table, FixText.withNotValid(add)) + "\n"
                + FixText.MIGRATION_2 + "\n"
                + FixText.validate(table, name);
        out.add(table, message, fix);
    }

    private static void addColumn(QualifiedName table, AlterTableAction.AddColumn add, ColumnConstraint.References ref,
                                  String part, boolean several, Violations out) {
        String column = add.column().name();
        String name = ref.name() != null ? ref.name() : ConstraintNames.foreignKey(table.name(), List.of(column));
        String[] cut = part == null ? null : FixText.cutColumnClause(part, "references");
        String columnSql = cut != null ? cut[0] : "ADD COLUMN " + FixText.ident(column) + " " + add.column().type().text();
        String references = cut != null ? cut[1] : "REFERENCES " + ref.table().sql()
                + (ref.columns().isEmpty() ? "" : " (" + FixText.columns(ref.columns()) + ")");
        String message = "ADD COLUMN " + FixText.ident(column) + " ... REFERENCES " + ref.table().sql()
                + " adds the column and its foreign key in one step: " + table.sql() + " is locked ACCESS EXCLUSIVE"
                + " (every read and write waits) and " + ref.table().sql() + " SHARE ROW EXCLUSIVE (writes wait) while"
                + " every existing row of " + table.sql() + " is checked, for the whole scan. An inline REFERENCES"
                + " cannot be NOT VALID: add the column first, then the foreign key NOT VALID, then VALIDATE it in a"
                + " separate transaction (SHARE UPDATE EXCLUSIVE: reads and writes go on).";
        String fix = FixText.MIGRATION_1 + "\n"
                + (several ? FixText.ONLY_THIS_SUBCOMMAND + "\n" : "")
                + FixText.alterTable(table, columnSql) + "\n"
                + FixText.alterTable(table, FixText.withNotValid("ADD CONSTRAINT " + FixText.ident(name) + " FOREIGN KEY ("
                + FixText.ident(column) + ") " + references)) + "\n"
                + FixText.MIGRATION_2 + "\n"
                + FixText.validate(table, name);
        out.add(table, message, fix);
    }

    /** Whether subcommands other than the one at {@code index} take ACCESS EXCLUSIVE on the table. */
    private static boolean otherSubcommandsLockExclusively(Statement.AlterTable at, int index) {
        for (int i = 0; i < at.actions().size(); i++) {
            if (i != index && Locks.takesAccessExclusive(at.actions().get(i))) {
                return true;
            }
        }
        return false;
    }
}
