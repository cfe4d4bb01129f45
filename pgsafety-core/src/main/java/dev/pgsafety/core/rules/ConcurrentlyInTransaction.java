package dev.pgsafety.core.rules;

import dev.pgsafety.core.analysis.NonTransactional;
import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;
import dev.pgsafety.core.model.AlterTableAction;
import dev.pgsafety.core.model.QualifiedName;
import dev.pgsafety.core.model.Statement;

@RuleInfo(id = "concurrently-in-transaction", severity = Severity.ERROR,
        summary = "CREATE/DROP INDEX CONCURRENTLY, REINDEX CONCURRENTLY or DETACH PARTITION ... CONCURRENTLY where it would run inside a transaction block")
public final class ConcurrentlyInTransaction implements Rule {

    @Override
    public void check(StatementContext context, Violations out) {
        Statement statement = context.statement();
        boolean inDoBlock = context.sql().inDoBlock();
        if (!NonTransactional.isConcurrentOperation(statement)
                || !(context.transaction().inTransactionBlock() || inDoBlock)) {
            return;
        }
        String kind = kind(statement);
        String where;
        String how;
        if (inDoBlock) {
            where = "inside a DO block, which always runs as part of a transaction";
            how = "Take it out of the DO block and run it as a plain statement in a migration that runs outside a"
                    + " transaction. " + FixText.howToRunOutsideTransaction(context);
        } else if (context.transaction().migrationTransactional()) {
            where = "inside the transaction the migration tool wraps this migration in (this script also has statements"
                    + " that are not concurrent ones, or is configured to run in a transaction)";
            how = "Move it to a migration of its own, alone or with other concurrent statements only. "
                    + FixText.howToRunOutsideTransaction(context);
        } else {
            where = "inside the transaction block opened by an explicit BEGIN earlier in this script";
            how = "Move it before the BEGIN or after the COMMIT, so it runs on its own.";
        }
        String error = refusal(statement) + (inDoBlock ? " cannot be executed from a function"
                : " cannot run inside a transaction block");
        String message = kind + " runs " + where + ": PostgreSQL refuses it there (\"ERROR: " + error + "\"), so the migration fails at this statement and everything"
                + " before it in the transaction is rolled back. " + how;
        String fix = FixText.ownNonTransactionalMigration() + "\n" + FixText.statement(context.sql().text());
        out.add(table(context, statement), message, fix);
    }

    private static String kind(Statement statement) {
        if (statement instanceof Statement.CreateIndex ci) {
            return "CREATE " + (ci.unique() ? "UNIQUE " : "") + "INDEX CONCURRENTLY" + (ci.name() == null ? ""
                    : " " + FixText.ident(ci.name())) + " on " + ci.table().sql();
        }
        if (statement instanceof Statement.DropIndex di) {
            return "DROP INDEX CONCURRENTLY " + String.join(", ", di.indexes().stream().map(QualifiedName::sql).toList());
        }
        if (statement instanceof Statement.Reindex ri) {
            return "REINDEX " + ri.target().toUpperCase(java.util.Locale.ROOT) + " CONCURRENTLY"
                    + (ri.name() == null ? "" : " " + ri.name().sql());
        }
        if (statement instanceof Statement.AlterTable at) {
            for (AlterTableAction a : at.actions()) {
                if (a instanceof AlterTableAction.DetachPartition dp) {
                    return "ALTER TABLE " + at.table().sql() + " DETACH PARTITION " + dp.partition().sql() + " CONCURRENTLY";
                }
            }
        }
        return "This concurrent statement";
    }

    /** The command name PostgreSQL puts in its error. */
    private static String refusal(Statement statement) {
        if (statement instanceof Statement.CreateIndex) {
            return "CREATE INDEX CONCURRENTLY";
        }
        if (statement instanceof Statement.DropIndex) {
            return "DROP INDEX CONCURRENTLY";
        }
        if (statement instanceof Statement.Reindex) {
            return "REINDEX CONCURRENTLY";
        }
        return "ALTER TABLE ... DETACH CONCURRENTLY";
    }

    private static QualifiedName table(StatementContext context, Statement statement) {
        if (statement instanceof Statement.CreateIndex ci) {
            return ci.table();
        }
        if (statement instanceof Statement.AlterTable at) {
            return at.table();
        }
        if (statement instanceof Statement.DropIndex di && di.indexes().size() == 1) {
            return context.schema().indexTable(di.indexes().get(0)).orElse(null);
        }
        if (statement instanceof Statement.Reindex ri && ri.name() != null) {
            return ri.target().equals("table") ? ri.name()
                    : ri.target().equals("index") ? context.schema().indexTable(ri.name()).orElse(null) : null;
        }
        return null;
    }
}
