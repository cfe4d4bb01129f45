package dev.pgsafety.liquibase;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import liquibase.Scope;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.DatabaseException;
import liquibase.executor.jvm.JdbcExecutor;
import liquibase.sql.visitor.SqlVisitor;
import liquibase.statement.SqlStatement;

import dev.pgsafety.core.analysis.AnalysisOptions;
import dev.pgsafety.core.analysis.Analyzer;
import dev.pgsafety.core.analysis.Locks;
import dev.pgsafety.core.backfill.BackfillResult;
import dev.pgsafety.core.backfill.BackfillRunner;
import dev.pgsafety.core.analysis.MigrationSource;
import dev.pgsafety.core.config.RuntimeSettings;
import dev.pgsafety.core.model.QualifiedName;
import dev.pgsafety.core.runtime.RuntimeListener;
import dev.pgsafety.core.runtime.SessionTimeouts;
import dev.pgsafety.core.runtime.StatementRunner;
import dev.pgsafety.liquibase.backfill.BackfillStatement;

/**
 * Liquibase's PostgreSQL {@code jdbc} executor with pgsafety's runtime: each changeset statement runs with
 * lock_timeout/statement_timeout (SET LOCAL inside a transaction, SET and restore with autocommit), retries on
 * lock timeouts with backoff (through a savepoint inside a transaction) while logging the blocking sessions, and
 * concurrent operations get their own timeouts and invalid-index cleanup. Liquibase's own bookkeeping
 * (DATABASECHANGELOG, the lock table) runs untouched. Not for CockroachDB.
 */
public class SafePostgresExecutor extends JdbcExecutor {

    @Override
    public int getPriority() {
        // Like core's own Snowflake executor: above the default jdbc executor for the databases it supports.
        return PRIORITY_SPECIALIZED;
    }

    @Override
    public boolean supports(Database database) {
        return LiquibaseSources.isPostgres(database);
    }

    /** The changeSet whose statements run now: Liquibase hands each changeSet to the executor before running it. */
    private ChangeSet changeSet;

    @Override
    public void modifyChangeSet(ChangeSet changeSet) {
        super.modifyChangeSet(changeSet);
        this.changeSet = changeSet;
    }

    @Override
    public void execute(SqlStatement statement, List<SqlVisitor> sqlVisitors) throws DatabaseException {
        RuntimeSettings runtime;
        try {
            runtime = ChangeSetSettings.runtime(SafetyConfiguration.settings().runtime(), changeSet);
        } catch (IllegalArgumentException e) {
            throw new DatabaseException(e.getMessage(), e);
        }
        if (statement instanceof BackfillStatement backfill) {
            runBackfill(backfill, runtime);
            return;
        }
        if (runtime.mode() == RuntimeSettings.Mode.OFF || !(database.getConnection() instanceof JdbcConnection jdbc)) {
            super.execute(statement, sqlVisitors);
            return;
        }
        List<dev.pgsafety.core.analysis.SqlStatement> parsed = new java.util.ArrayList<>();
        for (String sql : applyVisitors(statement, sqlVisitors)) {
            List<dev.pgsafety.core.analysis.SqlStatement> one = new Analyzer(AnalysisOptions.defaults())
                    .analyze(List.of(MigrationSource.script("liquibase", sql))).migrations().get(0).statements();
            if (one.size() != 1 || isBookkeeping(one.get(0))) {
                // Liquibase's own tables, or SQL sent as one piece on purpose (splitStatements=false): as Liquibase does.
                super.execute(statement, sqlVisitors);
                return;
            }
            parsed.add(one.get(0));
        }
        for (dev.pgsafety.core.analysis.SqlStatement s : parsed) {
            runSafely(jdbc.getUnderlyingConnection(), s, runtime);
        }
    }

    private void runSafely(Connection c, dev.pgsafety.core.analysis.SqlStatement statement, RuntimeSettings runtime)
            throws DatabaseException {
        try {
            boolean inTransaction = !c.getAutoCommit();
            SessionTimeouts saved = inTransaction ? null : SessionTimeouts.capture(c);
            try {
                new StatementRunner(runtime, new LiquibaseRuntimeLog()).execute(c, statement, inTransaction);
            } finally {
                if (saved != null) {
                    saved.restore(c);
                }
            }
        } catch (SQLException e) {
            throw new DatabaseException(e.getMessage() + " [Failed SQL: " + statement.text() + "]", e);
        }
    }

    /** A backfill change: keyset batches, each committed on its own, so the changeset must not be in a transaction. */
    private void runBackfill(BackfillStatement statement, RuntimeSettings runtime) throws DatabaseException {
        if (!(database.getConnection() instanceof JdbcConnection jdbc)) {
            throw new DatabaseException("backfill (pgsafety) needs a JDBC connection");
        }
        try {
            Connection c = jdbc.getUnderlyingConnection();
            if (!c.getAutoCommit()) {
                throw new DatabaseException("backfill (pgsafety) commits each batch on its own: add runInTransaction=\"false\""
                        + " to its changeSet");
            }
            BackfillResult result = new BackfillRunner(runtime, new LiquibaseRuntimeLog()).run(c, statement.backfill(), () -> false);
            if (!result.completed()) {
                throw new DatabaseException("backfill of " + statement.backfill().table().sql() + " stopped before the end; run update again to continue");
            }
        } catch (SQLException e) {
            throw new DatabaseException(e.getMessage(), e);
        }
    }

    /** Statements on Liquibase's own tables are Liquibase's business. */
    private boolean isBookkeeping(dev.pgsafety.core.analysis.SqlStatement statement) {
        String log = database.getDatabaseChangeLogTableName().toLowerCase(Locale.ROOT);
        String lock = database.getDatabaseChangeLogLockTableName().toLowerCase(Locale.ROOT);
        for (QualifiedName t : Locks.lockedRelations(statement.model())) {
            String name = t.name().toLowerCase(Locale.ROOT);
            if (name.equals(log) || name.equals(lock)) {
                return true;
            }
        }
        return statement.model() instanceof dev.pgsafety.core.model.Statement.CreateTable ct
                && (ct.table().name().equalsIgnoreCase(log) || ct.table().name().equalsIgnoreCase(lock));
    }

    /** The runtime's messages through Liquibase's logging. */
    private static final class LiquibaseRuntimeLog implements RuntimeListener {
        @Override
        public void info(String message) {
            Scope.getCurrentScope().getLog(SafePostgresExecutor.class).info("pgsafety: " + message);
        }

        @Override
        public void warn(String message) {
            Scope.getCurrentScope().getLog(SafePostgresExecutor.class).warning("pgsafety: " + message);
        }
    }
}
