package dev.pgsafety.core.rules;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;
import dev.pgsafety.core.model.Statement;

@RuleInfo(id = "enum-value-in-transaction", severity = Severity.ERROR,
        statements = Statement.AlterTypeAddValue.class,
        summary = "ALTER TYPE ... ADD VALUE inside a transaction on PostgreSQL < 12")
public final class EnumValueInTransaction implements Rule {

    @Override
    public void check(StatementContext context, Violations out) {
        if (!(context.statement() instanceof Statement.AlterTypeAddValue add) || context.pgMajor() >= 12) {
            return;
        }
        boolean inDoBlock = context.sql().inDoBlock();
        if (!context.transaction().inTransactionBlock() && !inDoBlock) {
            return;
        }
        String where = inDoBlock ? "inside a DO block"
                : context.transaction().migrationTransactional() ? "inside the transaction the migration tool wraps this"
                + " migration in" : "inside the transaction block opened by an explicit BEGIN earlier in this script";
        String message = "ALTER TYPE " + add.type().sql() + " ADD VALUE runs " + where + ": PostgreSQL "
                + context.pgMajor() + " refuses that (\"ERROR: ALTER TYPE ... ADD cannot "
                + (inDoBlock ? "be executed from a function" : "run inside a transaction block")
                + "\"; allowed from PostgreSQL 12 on), so the migration fails at this statement and everything before it"
                + " in the transaction is rolled back. Run it on its own, outside a transaction. "
                + FixText.howToRunOutsideTransaction(context)
                + " The new value can be used once that statement has committed.";
        String sql = context.sql().text();
        String fix = FixText.ownNonTransactionalMigration() + "\n"
                + (add.ifNotExists() || inDoBlock ? FixText.statement(sql)
                : "-- IF NOT EXISTS makes a retry after a partial failure harmless\n"
                + FixText.statement(sql.replaceFirst("(?i)add\\s+value\\s+", "ADD VALUE IF NOT EXISTS ")));
        out.add(null, message, fix);
    }
}
