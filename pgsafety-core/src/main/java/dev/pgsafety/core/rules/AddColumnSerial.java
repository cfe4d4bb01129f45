package dev.pgsafety.core.rules;

import java.util.ArrayList;
import java.util.List;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;
import dev.pgsafety.core.model.AlterTableAction;
import dev.pgsafety.core.model.ColumnDef;
import dev.pgsafety.core.model.QualifiedName;
import dev.pgsafety.core.model.Statement;

@RuleInfo(id = "add-column-serial", severity = Severity.ERROR,
        statements = Statement.AlterTable.class,
        summary = "ADD COLUMN of a serial type or GENERATED ... AS IDENTITY on an existing table")
public final class AddColumnSerial implements Rule {

    @Override
    public void check(StatementContext context, Violations out) {
        if (!(context.statement() instanceof Statement.AlterTable at) || !context.isExistingTable(at.table())) {
            return;
        }
        QualifiedName table = at.table();
        List<String> what = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        StringBuilder create = new StringBuilder();
        StringBuilder backfill = new StringBuilder();
        StringBuilder notes = new StringBuilder();
        for (AlterTableAction action : at.actions()) {
            if (!(action instanceof AlterTableAction.AddColumn ac)) {
                continue;
            }
            ColumnDef column = ac.column();
            boolean serial = column.type().isSerial();
            if (!serial && column.identity().isEmpty()) {
                continue;
            }
            String c = ColumnFixes.ident(column.name());
            what.add("ADD COLUMN " + c + " " + (serial ? column.type().text()
                    : column.type().text() + " GENERATED " + (column.identity().get().always() ? "ALWAYS" : "BY DEFAULT")
                      + " AS IDENTITY"));
            columns.add(column.name());
            QualifiedName sequence = ColumnFixes.sibling(table, table.name() + "_" + column.name() + "_seq");
            String next = "nextval(" + ColumnFixes.regclassLiteral(sequence) + ")";
            create.append("CREATE SEQUENCE IF NOT EXISTS ").append(sequence.sql()).append(" AS bigint;\n")
                    .append(ColumnFixes.addPlainColumn(table, column, ac.ifNotExists(), "bigint"))
                    .append("ALTER TABLE ").append(table.sql()).append(" ALTER COLUMN ").append(c)
                    .append(" SET DEFAULT ").append(next).append(";\n")
                    .append("ALTER SEQUENCE ").append(sequence.sql()).append(" OWNED BY ")
                    .append(ColumnFixes.column(table, column.name())).append(";\n");
            backfill.append(ColumnFixes.batchedBackfill(context, table, column.name(), next));
            notes.append(ColumnFixes.otherConstraintsNote(column));
        }
        if (what.isEmpty()) {
            return;
        }
        String message = String.join("; ", what) + ": PostgreSQL fills the new column with a sequence value for every"
                + " existing row, so it rewrites the whole of " + table.sql() + " and rebuilds all its indexes while"
                + " holding an ACCESS EXCLUSIVE lock. Every read and write of " + table.sql() + " waits until the"
                + " rewrite ends (minutes on a large table). Add a nullable column with a sequence default instead,"
                + " and number the old rows in batches.";
        String fix = "-- migration 1 (runs in a transaction): a nullable bigint column and a sequence; new rows get"
                + " numbers at once, no rewrite\n"
                + create
                + backfill
                + "-- once the backfill is done, make it NOT NULL (as serial and identity columns are) without a long lock:\n"
                + ColumnFixes.setNotNullSteps(context, table, columns, 2)
                + notes
                + "-- or: create a new table with the column, copy the rows over in batches, and switch to it\n";
        out.add(table, message, fix);
    }
}
