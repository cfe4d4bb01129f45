package dev.pgsafety.core.rules;

import java.util.Locale;
import java.util.regex.Pattern;

import dev.pgsafety.core.analysis.NonTransactional;
import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;
import dev.pgsafety.core.model.QualifiedName;
import dev.pgsafety.core.model.Statement;

@RuleInfo(id = "short-lock-timeout-on-concurrent", severity = Severity.WARNING,
        summary = "a SET lock_timeout in the script that would apply to a following CONCURRENTLY statement")
public final class ShortLockTimeoutOnConcurrent implements Rule {

    /** Zero in any unit: no timeout at all. */
    private static final Pattern ZERO = Pattern.compile("0+(\\.0*)?\\s*(us|ms|s|min|h|d)?");

    @Override
    public void check(StatementContext context, Violations out) {
        Statement statement = context.statement();
        String timeout = context.scriptLockTimeout();
        if (!NonTransactional.isConcurrentOperation(statement) || timeout == null) {
            return;
        }
        String value = timeout.strip().toLowerCase(Locale.ROOT);
        if (value.startsWith("'") && value.endsWith("'") && value.length() >= 2) {
            value = value.substring(1, value.length() - 1).strip();
        }
        if (value.isEmpty() || value.equals("default") || ZERO.matcher(value).matches()) {
            return;
        }
        boolean leavesInvalidIndex = statement instanceof Statement.CreateIndex || statement instanceof Statement.Reindex;
        String message = "lock_timeout = '" + timeout + "', set earlier in this script, also applies to this concurrent"
                + " operation. Concurrent operations wait for every transaction older than them to finish, at several"
                + " points; a short lock_timeout makes them fail midway"
                + (leavesInvalidIndex ? ", leaving an INVALID index behind that is still maintained on every write and"
                + " must be dropped before a retry" : ", leaving the operation half done")
                + ". Let pgsafety's runtime bound concurrent operations with its own timeout instead: remove the SET"
                + " lock_timeout, or reset it before this statement.";
        String fix = "-- remove the SET lock_timeout earlier in this script: pgsafety's runtime gives concurrent operations"
                + " their own timeout.\n-- (or, in a migration configured to run outside a transaction, put RESET"
                + " lock_timeout; right before this statement)\n"
                + FixText.statement(context.sql().text());
        QualifiedName table = statement instanceof Statement.CreateIndex ci ? ci.table() : null;
        out.add(table, message, fix);
    }
}
