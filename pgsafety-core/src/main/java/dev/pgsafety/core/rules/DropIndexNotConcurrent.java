package dev.pgsafety.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;
import dev.pgsafety.core.model.QualifiedName;
import dev.pgsafety.core.model.Statement;

@RuleInfo(id = "drop-index-not-concurrent", severity = Severity.ERROR, sizeSensitive = true,
        statements = Statement.DropIndex.class,
        summary = "DROP INDEX without CONCURRENTLY for an index on an existing table")
public final class DropIndexNotConcurrent implements Rule {

    @Override
    public void check(StatementContext context, Violations out) {
        if (!(context.statement() instanceof Statement.DropIndex drop) || drop.concurrently()) {
            return;
        }
        List<QualifiedName> flagged = new ArrayList<>();
        List<QualifiedName> tables = new ArrayList<>();
        for (QualifiedName index : drop.indexes()) {
            Optional<QualifiedName> table = context.schema().indexTable(index);
            if (table.isPresent() && !context.isExistingTable(table.get())) {
                continue; // its table was created in this migration: nobody else uses it yet
            }
            flagged.add(index);
            table.ifPresent(t -> {
                if (tables.stream().noneMatch(t::sameObject)) {
                    tables.add(t);
                }
            });
        }
        if (flagged.isEmpty()) {
            return;
        }
        QualifiedName sizeTable = tables.size() == 1 && allKnownTables(context, flagged) ? tables.get(0) : null;
        String indexes = String.join(", ", flagged.stream().map(QualifiedName::sql).toList());
        String on = sizeTable != null ? sizeTable.sql()
                : (flagged.size() == 1 ? "the table the index belongs to" : "the tables the indexes belong to")
                + (tables.isEmpty() ? "" : " (" + String.join(", ", tables.stream().map(QualifiedName::sql).toList())
                + (allKnownTables(context, flagged) ? "" : ", ...") + ")");
        String message = "DROP INDEX " + indexes + " takes an ACCESS EXCLUSIVE lock on " + on
                + ": every read and write of it waits. The drop itself is quick, but it first waits for every running"
                + " query on that table to finish, and all new queries queue behind it meanwhile, so a single long"
                + " query stalls the table for the application. DROP INDEX CONCURRENTLY waits without blocking"
                + " anyone; it must run outside a transaction. " + FixText.howToRunOutsideTransaction(context);

        StringBuilder fix = new StringBuilder(FixText.ownNonTransactionalMigration());
        if (flagged.size() > 1) {
            fix.append("\n-- DROP INDEX CONCURRENTLY takes one index per statement");
        }
        if (drop.cascade()) {
            fix.append("\n-- CONCURRENTLY does not allow CASCADE: drop what depends on the index first (e.g. a foreign"
                    + " key that uses it, with ALTER TABLE ... DROP CONSTRAINT)");
        }
        for (QualifiedName index : flagged) {
            fix.append("\nDROP INDEX CONCURRENTLY IF EXISTS ").append(index.sql()).append(';');
        }
        out.add(sizeTable, message, fix.toString());
    }

    private static boolean allKnownTables(StatementContext context, List<QualifiedName> indexes) {
        return indexes.stream().allMatch(i -> context.schema().indexTable(i).isPresent());
    }
}
