package dev.pgsafety.core.rules;

import java.util.ArrayList;
import java.util.List;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;
import dev.pgsafety.core.model.AlterTableAction;
import dev.pgsafety.core.model.QualifiedName;
import dev.pgsafety.core.model.Statement;

@RuleInfo(id = "drop-column", severity = Severity.ERROR,
        statements = Statement.AlterTable.class,
        summary = "DROP COLUMN")
public final class DropColumn implements Rule {

    @Override
    public void check(StatementContext context, Violations out) {
        if (!(context.statement() instanceof Statement.AlterTable at) || !context.isExistingTable(at.table())) {
            return;
        }
        QualifiedName table = at.table();
        List<AlterTableAction.DropColumn> drops = new ArrayList<>();
        for (AlterTableAction action : at.actions()) {
            if (action instanceof AlterTableAction.DropColumn dc) {
                drops.add(dc);
            }
        }
        if (drops.isEmpty()) {
            return;
        }
        List<String> names = drops.stream().map(d -> ColumnFixes.ident(d.column())).toList();
        List<String> qualified = drops.stream().map(d -> table.name() + "." + d.column()).toList();
        boolean cascade = drops.stream().anyMatch(AlterTableAction.DropColumn::cascade);
        String message = "DROP COLUMN " + String.join(", ", names) + " removes " + (names.size() == 1 ? "it" : "them")
                + " from " + table.sql() + " at once (a short ACCESS EXCLUSIVE lock, no rewrite), but application"
                + " versions still running read or write " + (names.size() == 1 ? "it" : "them") + ": their queries"
                + " naming " + (names.size() == 1 ? "the column" : "these columns") + " fail (\"column does not"
                + " exist\"), and ORMs that list every mapped column fail on every query of the table, until all of"
                + " them are replaced. The data is gone for good."
                + (cascade ? " CASCADE also drops the views, indexes and constraints that depend on "
                        + (names.size() == 1 ? "it" : "them") + "." : "");
        StringBuilder fix = new StringBuilder("-- 1. release code that no longer reads or writes ")
                .append(String.join(", ", qualified)).append(" (also remove it from ORM mappings)\n");
        for (AlterTableAction.DropColumn d : drops) {
            String c = ColumnFixes.ident(d.column());
            if (ColumnFixes.knownNotNull(context, table, d.column())) {
                fix.append("--    and, in a migration before it, let that code insert rows without it:\n")
                        .append("ALTER TABLE ").append(table.sql()).append(" ALTER COLUMN ").append(c)
                        .append(" DROP NOT NULL;\n");
            }
        }
        fix.append("-- 2. in a later release, once no running version uses ")
                .append(names.size() == 1 ? "it" : "them").append(", drop ")
                .append(names.size() == 1 ? "it" : "them").append(" and say so:\n")
                .append("-- pgsafety:allow drop-column reason: no code reads ").append(String.join(", ", qualified))
                .append(" since release <release>\n")
                .append(context.sql().text().strip()).append(";\n");
        out.add(table, message, fix.toString());
    }
}
