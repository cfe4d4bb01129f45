package dev.pgsafety.flyway;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.flywaydb.core.api.CoreErrorCode;
import org.flywaydb.core.api.ErrorDetails;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.exception.FlywayBlockStatementExecutionException;
import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogFactory;

import dev.pgsafety.core.analysis.AnalysisResult;
import dev.pgsafety.core.analysis.Finding;
import dev.pgsafety.core.analysis.NonTransactional;
import dev.pgsafety.core.analysis.SqlStatement;
import dev.pgsafety.core.backfill.Backfill;
import dev.pgsafety.core.backfill.BackfillDirective;
import dev.pgsafety.core.backfill.BackfillResult;
import dev.pgsafety.core.backfill.BackfillRunner;
import dev.pgsafety.core.config.ConfigException;
import dev.pgsafety.core.config.RuntimeSettings;
import dev.pgsafety.core.config.SafetySettings;
import dev.pgsafety.core.report.MigrationReport;
import dev.pgsafety.core.runtime.SessionTimeouts;
import dev.pgsafety.core.runtime.StatementOutcome;
import dev.pgsafety.core.runtime.StatementRunner;

/**
 * Makes Flyway migrations on PostgreSQL zero-downtime safe: pre-flight analysis of every pending script before
 * anything runs, lock and statement timeouts for each migration, lock-timeout retry with blocker diagnostics,
 * the concurrent-timeout policy and invalid-index cleanup, and a run report.
 *
 * <p>Add it with {@code Flyway.configure().callbacks(new SafetyCallback())}, by class name
 * ({@code flyway.callbacks=dev.pgsafety.flyway.SafetyCallback}), or as a Spring {@code Callback} bean.
 * Settings come from {@code flyway.safety.*} (see {@link SafetyConfigurationExtension}) unless given here.
 */
public class SafetyCallback implements Callback {

    private static final Log LOG = LogFactory.getLog(SafetyCallback.class);
    private static final String PREFIX = SafetyConfigurationExtension.PREFIX;
    // The run report goes out at AFTER_MIGRATE_OPERATION_FINISH, not AFTER_MIGRATE: for AFTER_MIGRATE Flyway opens
    // a connection of its own and prepares it (a dozen round trips), which a log line does not need. It only fires
    // on success, so AFTER_MIGRATE_ERROR stays.
    private static final Set<Event> EVENTS = EnumSet.of(Event.BEFORE_MIGRATE, Event.BEFORE_EACH_MIGRATE,
            Event.BEFORE_EACH_MIGRATE_STATEMENT, Event.AFTER_EACH_MIGRATE, Event.AFTER_EACH_MIGRATE_ERROR,
            Event.AFTER_MIGRATE_OPERATION_FINISH, Event.AFTER_MIGRATE_ERROR);

    private final Map<String, String> programmatic;
    // The versioned SQL scripts found when Flyway asked about BEFORE_MIGRATE, for the configuration asked about.
    private Optional<List<SqlMigrationFiles.VersionedScript>> located = Optional.empty();
    private Configuration locatedFor;
    private boolean runStarted;
    private SafetySettings settings;
    private AnalysisResult analysis;
    private MigrationRun current;
    private final List<MigrationReport> reports = new ArrayList<>();
    private boolean warnedNoStatementEvents;

    /** Settings from Flyway's configuration ({@code flyway.safety.*}), else the defaults. */
    public SafetyCallback() {
        this(Map.of());
    }

    /**
     * Settings given in code, as {@code flyway.safety.*} keys, e.g. {@code Map.of("flyway.safety.lockTimeout", "1s")};
     * they take precedence over Flyway's configuration.
     */
    public SafetyCallback(Map<String, String> settings) {
        this.programmatic = Map.copyOf(settings);
    }

    /**
     * Flyway first asks without a connection (to know whether any callback wants the event), then with one: say
     * yes until a connection shows the database is not PostgreSQL.
     *
     * <p>{@code BEFORE_MIGRATE} costs a connection Flyway opens and prepares for the event. pgsafety only wants it
     * when the pending scripts need Flyway's own {@code info()} to list; otherwise the pre-flight lists them itself
     * at the first migration, on the connection Flyway migrates with.
     */
    @Override
    public boolean supports(Event event, Context context) {
        if (!EVENTS.contains(event)) {
            return false;
        }
        if (event == Event.BEFORE_MIGRATE && context != null && context.getConfiguration() != null
                && settingsAreValid(context)) {
            locatedFor = context.getConfiguration();
            located = SqlMigrationFiles.scan(locatedFor);
            if (located.isPresent()) {
                return false;
            }
        }
        return context == null || context.getConnection() == null || isPostgres(context.getConnection());
    }

    private static boolean isPostgres(Connection c) {
        try {
            return c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgresql");
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Everything but the pre-flight runs inside the migration's transaction when there is one. The pre-flight only
     * reads, and wants autocommit: it lends its connection to Flyway's own {@code info()}, which would otherwise
     * end a transaction it finds open.
     */
    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return event != Event.BEFORE_MIGRATE;
    }

    @Override
    public String getCallbackName() {
        return "pgsafety";
    }

    @Override
    public void handle(Event event, Context context) {
        if (context.getConnection() == null || !isPostgres(context.getConnection())) {
            return;
        }
        if (event == Event.BEFORE_MIGRATE) {
            startRun(context);
            if (settings.runtime().mode() != RuntimeSettings.Mode.OFF) {
                analysis = Preflight.run(context.getConfiguration(), context.getConnection(),
                        PendingScripts.viaFlywayInfo(context.getConfiguration(), context.getConnection()), settings, LOG);
            }
            return;
        }
        if (event == Event.AFTER_MIGRATE_OPERATION_FINISH || event == Event.AFTER_MIGRATE_ERROR) {
            if (runStarted && settings != null && settings.runtime().mode() != RuntimeSettings.Mode.OFF) {
                afterMigrate();
            }
            runStarted = false;
            located = Optional.empty();
            locatedFor = null;
            return;
        }
        if (event == Event.BEFORE_EACH_MIGRATE && !runStarted) {
            startRun(context);
            if (settings.runtime().mode() != RuntimeSettings.Mode.OFF) {
                analysis = preflightAtFirstMigration(context);
            }
        }
        if (settings == null || settings.runtime().mode() == RuntimeSettings.Mode.OFF) {
            return;
        }
        switch (event) {
            case BEFORE_EACH_MIGRATE -> beforeEachMigrate(context);
            case BEFORE_EACH_MIGRATE_STATEMENT -> beforeStatement(context);
            case AFTER_EACH_MIGRATE -> afterEachMigrate(context, false);
            case AFTER_EACH_MIGRATE_ERROR -> afterEachMigrate(context, true);
            default -> {
            }
        }
    }

    private void startRun(Context context) {
        settings = null;
        reports.clear();
        analysis = null;
        runStarted = true;
        settings = readSettings(context);
        if (settings.runtime().mode() == RuntimeSettings.Mode.OFF) {
            LOG.info("pgsafety: mode=off, not checking or guarding this run");
            return;
        }
        String version = FlywayVersion.current();
        if (!FlywayVersion.hasStatementEvents(version) && !warnedNoStatementEvents) {
            warnedNoStatementEvents = true;
            LOG.warn(NO_STATEMENT_EVENTS + " (running Flyway " + version + ")");
        }
    }

    /**
     * The pre-flight when Flyway is about to apply the first pending migration (nothing has run yet): the pending
     * scripts come from the locations and the schema history table, read on Flyway's own connection. Should that
     * list not begin with the migration Flyway is starting, Flyway's {@code info()} gives the list instead.
     * Inside the migration's transaction the reads run under a savepoint rolled back afterwards, so that a failed
     * read cannot leave the migration's transaction aborted.
     */
    private AnalysisResult preflightAtFirstMigration(Context context) {
        Configuration configuration = context.getConfiguration();
        Connection c = context.getConnection();
        Optional<List<SqlMigrationFiles.VersionedScript>> scripts = locatedFor == configuration ? located
                : SqlMigrationFiles.scan(configuration);
        located = Optional.empty();
        locatedFor = null;
        try (PreflightSavepoint savepoint = PreflightSavepoint.open(c)) {
            Optional<List<PendingScripts.Listed>> pending = Optional.empty();
            if (scripts.isPresent()) {
                try {
                    pending = SchemaHistoryPending.pending(scripts.get(), configuration, c).map(list -> list.stream()
                            .map(s -> new PendingScripts.Listed(s.script(), s.physicalLocation())).toList());
                } catch (SQLException e) {
                    savepoint.recover(); // Flyway's info() below reads the history its own way
                }
            }
            MigrationInfo starting = context.getMigrationInfo();
            List<PendingScripts.Script> read = pending.isPresent() && !pending.get().isEmpty() && starting != null
                    && pending.get().get(0).script().equals(starting.getScript())
                    ? PendingScripts.read(configuration, c, pending.get())
                    : PendingScripts.viaFlywayInfo(configuration, c);
            return Preflight.run(configuration, c, read, settings, LOG);
        } catch (SQLException e) {
            throw new FlywayException("pgsafety: the pre-flight's savepoint failed: " + e.getMessage(), e);
        }
    }

    private static final String NO_STATEMENT_EVENTS = "pgsafety: this Flyway sends no statement events (they exist from"
            + " Flyway 10.12): pre-flight checks and timeouts work, but lock-timeout retry, the concurrent-timeout policy"
            + " and invalid-index cleanup are unavailable. Upgrade Flyway to use them.";

    /** A configuration error is reported at BEFORE_MIGRATE, before anything runs, even with nothing pending. */
    private boolean settingsAreValid(Context context) {
        try {
            readSettings(context);
            return true;
        } catch (FlywayException e) {
            return false;
        }
    }

    private SafetySettings readSettings(Context context) {
        Map<String, String> values = new java.util.LinkedHashMap<>(FlywayPostgresSettings.safetyValues(context.getConfiguration()));
        values.putAll(programmatic);
        try {
            return SafetySettings.read(values, PREFIX, "Flyway configuration");
        } catch (ConfigException e) {
            throw new FlywayException("pgsafety configuration error: " + e.getMessage(), CoreErrorCode.CONFIGURATION);
        }
    }

    private void beforeEachMigrate(Context context) {
        MigrationInfo info = context.getMigrationInfo();
        Connection c = context.getConnection();
        AnalysisResult.AnalyzedMigration analyzed = find(info);
        try {
            boolean inTransaction = !c.getAutoCommit();
            // Baseline for statements Flyway runs itself (no statement events, or text pgsafety could not match).
            boolean concurrent = analyzed != null && analyzed.statements().stream()
                    .anyMatch(s -> NonTransactional.isConcurrentOperation(s.model()));
            RuntimeSettings r = settings.runtime();
            Duration lockTimeout = concurrent ? r.concurrentLockTimeout() : r.lockTimeoutMax();
            Duration statementTimeout = concurrent ? r.concurrentStatementTimeout() : r.statementTimeout();
            SessionTimeouts saved = null;
            if (inTransaction) {
                SessionTimeouts.set(c, lockTimeout, statementTimeout, true);
            } else {
                saved = SessionTimeouts.captureAndSet(c, lockTimeout, statementTimeout);
            }
            List<Finding> suppressed = analysis == null || analyzed == null ? List.of() : analysis.suppressed().stream()
                    .filter(f -> f.source().equals(analyzed.source().name())).toList();
            current = new MigrationRun(analyzed, inTransaction, saved,
                    new MigrationReport(info == null ? "?" : info.getScript(), suppressed));
        } catch (SQLException e) {
            throw new FlywayException("pgsafety: cannot set timeouts for " + (info == null ? "migration" : info.getScript())
                    + ": " + e.getMessage(), e);
        }
    }

    private AnalysisResult.AnalyzedMigration find(MigrationInfo info) {
        if (analysis == null || info == null || info.getScript() == null) {
            return null;
        }
        return analysis.migrations().stream().filter(m -> m.source().name().equals(info.getScript())).findFirst().orElse(null);
    }

    private void beforeStatement(Context context) {
        if (current == null || context.getStatement() == null) {
            return;
        }
        SqlStatement statement = current.next(context.getStatement().getSql());
        if (statement == null || isCopyFromStdin(statement)) {
            return; // Flyway runs it under the migration's timeouts
        }
        StatementOutcome outcome;
        try {
            java.util.Optional<Backfill> backfill = BackfillDirective.of(statement);
            if (backfill.isPresent() && !current.inTransaction()) {
                // -- pgsafety:backfill: the UPDATE runs as keyset batches, each committed on its own.
                BackfillResult done = new BackfillRunner(settings.runtime(), new FlywayRuntimeLog(LOG))
                        .run(context.getConnection(), backfill.get(), () -> false);
                outcome = new StatementOutcome(1, done.lockWaits(), done.elapsed());
            } else {
                outcome = new StatementRunner(settings.runtime(), new FlywayRuntimeLog(LOG))
                        .execute(context.getConnection(), statement, current.inTransaction());
            }
        } catch (IllegalArgumentException e) {
            throw new FlywayException("pgsafety: " + current.report().migration() + ":" + statement.line() + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new FlywayException("pgsafety: " + current.report().migration() + ":" + statement.line() + ": "
                    + e.getMessage() + (e.getSQLState() == null ? "" : " (SQL State: " + e.getSQLState() + ")"), e);
        }
        current.report().record(outcome);
        // pgsafety ran the statement; Flyway must not run it again.
        throw new FlywayBlockStatementExecutionException(new ErrorDetails(CoreErrorCode.ERROR,
                "executed by pgsafety"), "pgsafety executed this statement with its timeouts and retries");
    }

    private static boolean isCopyFromStdin(SqlStatement statement) {
        return statement.model() instanceof dev.pgsafety.core.model.Statement.Other o && o.words().equals("copy");
    }

    private void afterEachMigrate(Context context, boolean failed) {
        if (current == null) {
            return;
        }
        try {
            if (!current.inTransaction() && current.saved() != null) {
                current.saved().restore(context.getConnection());
            }
        } catch (SQLException e) {
            LOG.warn("pgsafety: could not restore lock_timeout/statement_timeout after " + current.report().migration()
                    + ": " + e.getMessage());
        }
        if (!current.sawStatementEvent() && current.analyzed() != null && !current.analyzed().statements().isEmpty()
                && !warnedNoStatementEvents) {
            warnedNoStatementEvents = true;
            LOG.warn(NO_STATEMENT_EVENTS);
        }
        current.report().finish(Duration.ofNanos(System.nanoTime() - current.startNanos()), failed);
        reports.add(current.report());
        current = null;
    }

    private void afterMigrate() {
        if (!reports.isEmpty()) {
            LOG.info(MigrationReport.format(reports));
        }
    }

    /** Reports of the migrations of the last run, for programmatic use. */
    public List<MigrationReport> lastRunReports() {
        return List.copyOf(reports);
    }
}
