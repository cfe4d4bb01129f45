package dev.pgsafety.core.rules;

import java.util.List;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;
import dev.pgsafety.core.model.AlterTableAction;
import dev.pgsafety.core.model.QualifiedName;
import dev.pgsafety.core.model.Statement;

@RuleInfo(id = "rename-column", severity = Severity.ERROR,
        statements = Statement.AlterTable.class,
        summary = "RENAME COLUMN")
public final class RenameColumn implements Rule {

    @Override
    public void check(StatementContext context, Violations out) {
        if (!(context.statement() instanceof Statement.AlterTable at) || !context.isExistingTable(at.table())) {
            return;
        }
        QualifiedName table = at.table();
        for (AlterTableAction action : at.actions()) {
            if (action instanceof AlterTableAction.RenameColumn rc) {
                report(context, table, rc, out);
            }
        }
    }

    private static void report(StatementContext context, QualifiedName table, AlterTableAction.RenameColumn rc,
                               Violations out) {
        String from = ColumnFixes.ident(rc.from());
        String to = ColumnFixes.ident(rc.to());
        String message = "RENAME COLUMN " + from + " TO " + to + " on " + table.sql() + " is instant (a short ACCESS"
                + " EXCLUSIVE lock), but every application version still running uses " + from + ": each of its"
                + " queries naming " + from + " fails (\"column does not exist\") from the moment this commits until"
                + " all of them are replaced. Rename in steps (expand/contract) so old and new code both work.";
        String type = ColumnFixes.currentType(context, table, rc.from()).map(t -> t.text())
                .orElse("<the type of " + rc.from() + ">");
        String trigger = ColumnFixes.triggerName(table, rc.from() + "_" + rc.to() + "_sync");
        StringBuilder fix = new StringBuilder()
                .append("-- migration 1 (runs in a transaction): the new column, kept equal to the old one both ways\n")
                .append("ALTER TABLE ").append(table.sql()).append(" ADD COLUMN ").append(to).append(' ').append(type)
                .append(";\n")
                .append(ColumnFixes.createRowTrigger(table, trigger,
                        "  IF TG_OP = 'INSERT' THEN\n"
                        + "    NEW." + to + " := COALESCE(NEW." + to + ", NEW." + from + ");\n"
                        + "    NEW." + from + " := COALESCE(NEW." + from + ", NEW." + to + ");\n"
                        + "  ELSIF NEW." + to + " IS DISTINCT FROM OLD." + to + " THEN\n"
                        + "    NEW." + from + " := NEW." + to + ";\n"
                        + "  ELSE\n"
                        + "    NEW." + to + " := NEW." + from + ";\n"
                        + "  END IF;\n"))
                .append(ColumnFixes.batchedBackfill(context, table, rc.to(), from));
        int next = 2;
        if (ColumnFixes.knownNotNull(context, table, rc.from())) {
            fix.append(ColumnFixes.setNotNullSteps(context, table, List.of(rc.to()), next));
            next += ColumnFixes.setNotNullMigrations(context);
        }
        fix.append("-- give ").append(to).append(" the default, indexes and constraints of ").append(from)
                .append(" (CREATE INDEX CONCURRENTLY; NOT VALID + VALIDATE CONSTRAINT)\n")
                .append("-- release: code reads and writes ").append(to).append(" only\n")
                .append("-- migration ").append(next).append(" (runs in a transaction), once no running code uses ")
                .append(from).append(":\n")
                .append(ColumnFixes.dropRowTrigger(table, trigger))
                .append(ColumnFixes.dropOldColumn(table, rc.from()));
        out.add(table, message, fix.toString());
    }
}
