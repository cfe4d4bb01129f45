package dev.pgsafety.core.rules;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;
import dev.pgsafety.core.model.AlterTableAction;
import dev.pgsafety.core.model.QualifiedName;
import dev.pgsafety.core.model.Statement;

@RuleInfo(id = "detach-partition-not-concurrent", severity = Severity.ERROR, sizeSensitive = true,
        statements = Statement.AlterTable.class,
        summary = "DETACH PARTITION without CONCURRENTLY on PostgreSQL >= 14")
public final class DetachPartitionNotConcurrent implements Rule {

    @Override
    public void check(StatementContext context, Violations out) {
        // Below 14 there is no concurrent form, so there is nothing better to suggest.
        if (context.pgMajor() < 14 || !(context.statement() instanceof Statement.AlterTable at)
                || !context.isExistingTable(at.table())) {
            return;
        }
        QualifiedName parent = at.table();
        for (AlterTableAction action : at.actions()) {
            if (!(action instanceof AlterTableAction.DetachPartition detach) || detach.concurrently()
                    || detach.finalizeDetach()) {
                continue;
            }
            QualifiedName partition = detach.partition();
            String message = "ALTER TABLE " + parent.sql() + " DETACH PARTITION " + partition.sql() + " takes an ACCESS"
                    + " EXCLUSIVE lock on the partitioned table " + parent.sql() + " (and on the partition): every read"
                    + " and write of any partition waits. The detach itself is quick, but it first waits for every running"
                    + " query on the table to finish, and all new queries queue behind it meanwhile. DETACH PARTITION ..."
                    + " CONCURRENTLY (PostgreSQL 14+) takes only SHARE UPDATE EXCLUSIVE on the partitioned table, so"
                    + " reads and writes go on; it must run outside a transaction. "
                    + FixText.howToRunOutsideTransaction(context);
            String fix = FixText.ownNonTransactionalMigration() + "\n"
                    + "-- not possible while the partitioned table has a DEFAULT partition; if it is interrupted, finish"
                    + " it with: ALTER TABLE " + parent.sql() + " DETACH PARTITION " + partition.sql() + " FINALIZE;\n"
                    + "ALTER TABLE " + parent.sql() + " DETACH PARTITION " + partition.sql() + " CONCURRENTLY;";
            out.add(parent, message, fix);
        }
    }
}
