package dev.pgsafety.core.rules;

import java.util.List;
import java.util.Locale;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;
import dev.pgsafety.core.model.QualifiedName;
import dev.pgsafety.core.model.Statement;

@RuleInfo(id = "lock-table", severity = Severity.ERROR,
        statements = Statement.LockTable.class,
        summary = "explicit LOCK TABLE")
public final class LockTable implements Rule {

    @Override
    public void check(StatementContext context, Violations out) {
        if (!(context.statement() instanceof Statement.LockTable lt)) {
            return;
        }
        List<QualifiedName> existing = lt.tables().stream().filter(context::isExistingTable).toList();
        if (existing.isEmpty()) {
            return;
        }
        String mode = lt.mode().toUpperCase(Locale.ROOT);
        String names = String.join(", ", existing.stream().map(QualifiedName::sql).toList());
        boolean one = existing.size() == 1;
        String message = "LOCK TABLE " + names + " IN " + mode + " MODE takes " + mode + " on " + (one ? "it" : "them")
                + " and holds it until the migration's transaction ends: " + blocked(lt.mode()) + " on "
                + (one ? "it" : "them") + " waits for everything the migration does after this statement, not just"
                + " for the moment each statement needs its own lock. While LOCK TABLE itself waits for the lock,"
                + " everything queued behind it waits too."
                + (context.transaction().inTransactionBlock() ? ""
                        : " Outside a transaction block PostgreSQL even refuses it (\"LOCK TABLE can only be used in"
                          + " transaction blocks\").");
        String fix = "-- Remove the LOCK TABLE statement: each following statement takes the lock it needs itself, for"
                + " as short as it can\n"
                + "-- (pgsafety's runtime runs them with a short lock_timeout and retries). If other sessions must not"
                + " see an in-between state,\n"
                + "-- keep the statements that need it in one short transaction, with no long-running statement among"
                + " them.\n";
        out.add(existing.get(0), message, fix);
    }

    /** What the lock mode makes other sessions wait for (PostgreSQL "Explicit Locking", lock conflicts). */
    private static String blocked(String mode) {
        switch (mode) {
            case "access share":
                return "every ALTER TABLE, DROP, TRUNCATE, VACUUM FULL (anything taking ACCESS EXCLUSIVE)";
            case "row share":
                return "every ALTER TABLE, DROP, TRUNCATE and LOCK ... IN EXCLUSIVE MODE";
            case "row exclusive":
                return "every CREATE INDEX without CONCURRENTLY, and most ALTER TABLE, DROP and TRUNCATE";
            case "share update exclusive":
                return "every VACUUM, ANALYZE, CREATE INDEX CONCURRENTLY and schema change";
            case "share", "share row exclusive":
                return "every INSERT, UPDATE and DELETE";
            case "exclusive":
                return "every INSERT, UPDATE, DELETE and SELECT ... FOR UPDATE (plain reads go on)";
            default:
                return "every read and write";
        }
    }
}
