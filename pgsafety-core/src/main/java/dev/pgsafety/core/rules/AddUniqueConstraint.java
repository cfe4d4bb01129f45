package dev.pgsafety.core.rules;

import java.util.ArrayList;
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

@RuleInfo(id = "add-unique-constraint", severity = Severity.ERROR, sizeSensitive = true,
        statements = Statement.AlterTable.class,
        summary = "ADD UNIQUE / ADD PRIMARY KEY (also inline in ADD COLUMN) on an existing table without USING INDEX")
public final class AddUniqueConstraint implements Rule {

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
            if (action instanceof AlterTableAction.AddConstraint ac && ac.constraint() instanceof TableConstraint.Unique u
                    && u.usingIndex() == null) {
                addConstraint(context, table, u, several, out);
            } else if (action instanceof AlterTableAction.AddColumn add && add.column().uniqueOrPrimaryKey().isPresent()) {
                addColumn(table, add, add.column().uniqueOrPrimaryKey().get(), parts.part(i),
                        several, out);
            }
        }
    }

    private static String kind(boolean primaryKey) {
        return primaryKey ? "PRIMARY KEY" : "UNIQUE";
    }

    private static String message(String what, QualifiedName table, boolean primaryKey) {
        return what + " builds a unique index on " + table.sql() + " while holding an ACCESS EXCLUSIVE lock on it:"
                + " every read and write of the table waits for the whole index build (minutes on a large table)."
                + " Build the index with CREATE UNIQUE INDEX CONCURRENTLY (reads and writes go on) in a migration that"
                + " runs outside a transaction, then attach it with ADD CONSTRAINT ... " + kind(primaryKey)
                + " USING INDEX, which only takes the lock briefly.";
    }

    private static void addConstraint(StatementContext context, QualifiedName table, TableConstraint.Unique u,
                                      boolean several, Violations out) {
        String name = Analyzer.constraintName(table, u);
        List<String> nullable = new ArrayList<>();
        if (u.primaryKey()) {
            for (String column : u.columns()) {
                if (!knownNotNull(context, table, column)) {
                    nullable.add(column);
                }
            }
        }
        StringBuilder fix = new StringBuilder();
        if (!nullable.isEmpty()) {
            fix.append(notNullFirst(table, nullable));
        }
        fix.append(FixText.ownNonTransactionalMigration()).append('\n')
                .append(createIndex(table, name, u.columns())).append('\n')
                .append("-- next migration (runs in a transaction; brief lock, no scan):\n")
                .append(several ? FixText.ONLY_THIS_SUBCOMMAND + "\n" : "")
                .append(usingIndex(table, name, u.primaryKey()));
        out.add(table, message("ADD " + kind(u.primaryKey()) + " " + FixText.ident(name), table, u.primaryKey()),
                fix.toString());
    }

    private static void addColumn(QualifiedName table, AlterTableAction.AddColumn add, ColumnConstraint.Unique u,
                                  String part, boolean several, Violations out) {
        String column = add.column().name();
        String name = u.name() != null ? u.name()
                : u.primaryKey() ? ConstraintNames.primaryKey(table.name()) : ConstraintNames.unique(table.name(), List.of(column));
        String[] cut = part == null ? null : FixText.cutColumnClause(part, u.primaryKey() ? "primary" : "unique");
        String columnSql = cut != null ? cut[0] : "ADD COLUMN " + FixText.ident(column) + " " + add.column().type().text();
        StringBuilder fix = new StringBuilder(FixText.MIGRATION_1).append('\n')
                .append(several ? FixText.ONLY_THIS_SUBCOMMAND + "\n" : "")
                .append(FixText.alterTable(table, columnSql)).append('\n');
        if (u.primaryKey()) {
            fix.append("-- then backfill ").append(FixText.ident(column)).append(" in batches and make it NOT NULL")
                    .append(" without a long lock (the set-not-null pattern: CHECK (").append(FixText.ident(column))
                    .append(" IS NOT NULL) NOT VALID, VALIDATE, SET NOT NULL)\n");
        }
        fix.append(FixText.ownNonTransactionalMigration()).append('\n')
                .append(createIndex(table, name, List.of(column))).append('\n')
                .append("-- next migration (runs in a transaction; brief lock, no scan):\n")
                .append(usingIndex(table, name, u.primaryKey()));
        out.add(table, message("ADD COLUMN " + FixText.ident(column) + " ... " + kind(u.primaryKey()), table,
                u.primaryKey()), fix.toString());
    }

    private static boolean knownNotNull(StatementContext context, QualifiedName table, String column) {
        return context.table(table).map(t -> t.isNotNull(column)).orElse(false)
                || context.tableFacts(table).map(f -> f.notNullColumns().contains(column)).orElse(false);
    }

    private static String notNullFirst(QualifiedName table, List<String> columns) {
        return "-- a primary key needs NOT NULL columns, and ADD PRIMARY KEY USING INDEX would SET NOT NULL with a full"
                + " scan under ACCESS EXCLUSIVE.\n-- Make " + FixText.columns(columns) + " NOT NULL first without a long"
                + " lock (the set-not-null pattern: ADD CONSTRAINT ... CHECK (col IS NOT NULL) NOT VALID, VALIDATE it in"
                + " a separate transaction, SET NOT NULL, DROP the check), then:\n";
    }

    private static String createIndex(QualifiedName table, String name, List<String> columns) {
        return "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS " + FixText.ident(name) + " ON " + table.sql() + " ("
                + FixText.columns(columns) + ");";
    }

    private static String usingIndex(QualifiedName table, String name, boolean primaryKey) {
        return "ALTER TABLE " + table.sql() + " ADD CONSTRAINT " + FixText.ident(name) + " " + kind(primaryKey)
                + " USING INDEX " + FixText.ident(name) + ";";
    }
}
