package dev.pgsafety.core.rules;

import java.util.ArrayList;
import java.util.List;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;
import dev.pgsafety.core.analysis.TableState;
import dev.pgsafety.core.model.AlterTableAction;
import dev.pgsafety.core.model.ColumnDef;
import dev.pgsafety.core.model.QualifiedName;
import dev.pgsafety.core.model.Statement;

@RuleInfo(id = "add-column-required", severity = Severity.ERROR,
        statements = Statement.AlterTable.class,
        summary = "ADD COLUMN ... NOT NULL without a default on an existing table, or on a new table that already has rows")
public final class AddColumnRequired implements Rule {

    @Override
    public void check(StatementContext context, Violations out) {
        if (!(context.statement() instanceof Statement.AlterTable at)) {
            return;
        }
        QualifiedName table = at.table();
        boolean existing = context.isExistingTable(table);
        boolean newWithRows = !existing && context.table(table).map(TableState::hasRows).orElse(false);
        if (!existing && !newWithRows) {
            return;
        }
        List<ColumnDef> required = new ArrayList<>();
        List<AlterTableAction.AddColumn> actions = new ArrayList<>();
        for (AlterTableAction action : at.actions()) {
            if (action instanceof AlterTableAction.AddColumn ac && isRequired(ac.column())) {
                required.add(ac.column());
                actions.add(ac);
            }
        }
        if (required.isEmpty()) {
            return;
        }
        List<String> names = required.stream().map(c -> ColumnFixes.ident(c.name())).toList();
        String what = "ADD COLUMN " + String.join(", ", names) + " NOT NULL without a default";
        if (newWithRows) {
            String message = what + ": " + table.sql() + " was created earlier in this migration and rows were already"
                    + " put into it, so the new column would be NULL in those rows and the ALTER fails (\"column ..."
                    + " contains null values\"), failing the whole migration.";
            StringBuilder fix = new StringBuilder("-- declare the column in the CREATE TABLE of ").append(table.sql())
                    .append(" or add it before the rows are inserted; or give it a non-volatile default:\n");
            for (AlterTableAction.AddColumn ac : actions) {
                fix.append(withDefault(table, ac));
            }
            out.add(table, message, fix.toString());
            return;
        }
        String message = what + " on " + table.sql() + ": if the table has rows, PostgreSQL cannot fill the column"
                + " and the ALTER fails (\"column ... contains null values\") after taking an ACCESS EXCLUSIVE lock;"
                + " if it is empty, the ALTER succeeds but every INSERT of the application versions still running,"
                + " which do not know the column, fails until they are all replaced.";
        StringBuilder steps = new StringBuilder()
                .append("-- migration 1 (runs in a transaction): nullable, so old rows and old code are fine\n");
        StringBuilder backfill = new StringBuilder();
        StringBuilder notes = new StringBuilder();
        List<String> notNull = new ArrayList<>();
        for (AlterTableAction.AddColumn ac : actions) {
            ColumnDef column = ac.column();
            steps.append(ColumnFixes.addPlainColumn(table, column, ac.ifNotExists(), column.type().text()));
            String value = column.uniqueOrPrimaryKey().isPresent() ? "<a unique value per row>"
                    : ColumnFixes.exampleValue(column.type());
            backfill.append(ColumnFixes.batchedBackfill(context, table, column.name(), value));
            notes.append(ColumnFixes.otherConstraintsNote(column));
            notNull.add(column.name());
        }
        steps.append("-- deploy code that writes the column on every INSERT, then\n")
                .append(backfill)
                .append(ColumnFixes.setNotNullSteps(context, table, notNull, 2))
                .append(notes);
        boolean keyed = required.stream().anyMatch(c -> c.uniqueOrPrimaryKey().isPresent());
        String fix;
        if (keyed) {
            fix = steps.toString();
        } else {
            StringBuilder withDefault = new StringBuilder("-- a non-volatile default: PostgreSQL (11+) stores it once in")
                    .append(" the catalog: no rewrite, and old INSERTs keep working\n");
            for (AlterTableAction.AddColumn ac : actions) {
                withDefault.append(withDefault(table, ac));
            }
            fix = withDefault + "-- or, when no default makes sense: add it nullable, fill it, then make it NOT NULL"
                    + " without a long lock:\n" + ColumnFixes.alternative(steps.toString());
        }
        out.add(table, message, fix);
    }

    /** NOT NULL or PRIMARY KEY, and nothing that gives existing rows a value. */
    private static boolean isRequired(ColumnDef column) {
        if (!column.notNull() || column.type().isSerial() || column.identity().isPresent()
                || column.generated().isPresent()) {
            return false;
        }
        return column.defaultValue().map(d -> d.expression().lowerText().equals("null")).orElse(true);
    }

    private static String withDefault(QualifiedName table, AlterTableAction.AddColumn ac) {
        ColumnDef column = ac.column();
        return "ALTER TABLE " + table.sql() + " ADD COLUMN " + (ac.ifNotExists() ? "IF NOT EXISTS " : "")
                + ColumnFixes.ident(column.name()) + " " + column.type().text() + " NOT NULL DEFAULT "
                + ColumnFixes.exampleValue(column.type()) + ";  -- the value old rows get; not a volatile function\n";
    }
}
