package dev.pgsafety.flyway;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.flywaydb.core.api.CoreErrorCode;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.logging.Log;

import dev.pgsafety.core.analysis.AnalysisOptions;
import dev.pgsafety.core.analysis.AnalysisResult;
import dev.pgsafety.core.analysis.Analyzer;
import dev.pgsafety.core.analysis.Finding;
import dev.pgsafety.core.analysis.MigrationSource;
import dev.pgsafety.core.analysis.NonTransactional;
import dev.pgsafety.core.analysis.SqlStatement;
import dev.pgsafety.core.analysis.TransactionMode;
import dev.pgsafety.core.catalog.CatalogSnapshot;
import dev.pgsafety.core.catalog.JdbcCatalogSnapshot;
import dev.pgsafety.core.config.RuntimeSettings;
import dev.pgsafety.core.config.SafetySettings;
import dev.pgsafety.core.report.FindingFormatter;

/**
 * Before the first pending migration runs: every pending SQL script is analyzed as Flyway will run it (its
 * transaction mode, placeholders, the server's major version, a catalog snapshot for size awareness); any
 * error stops the run with nothing applied. Already-applied migrations are never read.
 */
final class Preflight {

    private Preflight() {
    }

    static AnalysisResult run(Configuration configuration, Connection connection, List<PendingScripts.Script> scripts,
                              SafetySettings settings, Log log) {
        int major;
        try {
            major = pgMajor(connection);
        } catch (SQLException e) {
            throw new FlywayException("pgsafety: cannot read the server version: " + e.getMessage(), e);
        }
        List<MigrationSource> sources = new ArrayList<>();
        for (PendingScripts.Script s : scripts) {
            TransactionMode mode = s.executeInTransaction() == null ? TransactionMode.AUTO
                    : s.executeInTransaction() ? TransactionMode.TRANSACTIONAL : TransactionMode.NON_TRANSACTIONAL;
            sources.add(new MigrationSource(s.name(), s.sql(), mode));
        }
        AnalysisOptions options = settings.analysis().withPgMajor(Math.max(AnalysisOptions.OLDEST_MAJOR,
                        Math.min(AnalysisOptions.NEWEST_MAJOR, major)))
                .withPendingRun(true)
                .withAutoTransactionRule(FlywayTransactionModel::flywayRunsOutsideTransaction);
        Analyzer analyzer = new Analyzer(options);
        AnalysisResult result = analyzer.analyzeReadingCatalog(sources, tables -> {
            try {
                return JdbcCatalogSnapshot.read(connection, tables);
            } catch (SQLException e) {
                log.warn("pgsafety: could not read table sizes from the catalog (" + e.getMessage()
                        + "); every existing table is treated as large");
                return CatalogSnapshot.NONE;
            }
        });
        List<String> problems = flywaySettingProblems(configuration, result);
        List<Finding> errors = result.errors();
        for (Finding warning : result.warnings()) {
            log.warn("pgsafety: " + warning.source() + ":" + warning.line() + ": warning [" + warning.rule() + "] "
                    + warning.message());
        }
        if (settings.runtime().mode() == RuntimeSettings.Mode.WARN) {
            errors.forEach(e -> log.warn("pgsafety (mode=warn, not stopping): " + new FindingFormatter(FindingFormatter.PLAIN).format(e)));
            problems.forEach(p -> log.warn("pgsafety (mode=warn, not stopping): " + p));
            return result;
        }
        if (!errors.isEmpty() || !problems.isEmpty()) {
            throw new FlywayException(message(scripts.size(), errors, problems), CoreErrorCode.VALIDATE_ERROR);
        }
        log.info("pgsafety: " + scripts.size() + " pending SQL migration(s) checked for PostgreSQL " + major + ": "
                + (result.warnings().isEmpty() ? "no findings" : result.warnings().size() + " warning(s)")
                + (result.suppressed().isEmpty() ? "" : ", " + result.suppressed().size() + " suppressed"));
        return result;
    }

    private static String message(int scripts, List<Finding> errors, List<String> problems) {
        StringBuilder b = new StringBuilder("pgsafety stopped the migration before anything ran: ")
                .append(errors.size()).append(" unsafe statement(s) in ").append(scripts).append(" pending migration(s)")
                .append(problems.isEmpty() ? "" : " and " + problems.size() + " Flyway setting problem(s)").append(".\n\n");
        b.append(new FindingFormatter(FindingFormatter.PLAIN).format(errors));
        for (String p : problems) {
            b.append(p).append("\n\n");
        }
        b.append("Nothing was applied. Change the migrations as shown (pending ones only: applied migrations are never "
                + "re-checked), or accept a risk with the suppression comment shown, with a reason.");
        return b.toString();
    }

    /**
     * Flyway's default postgresql.transactional.lock=true keeps a transaction open on Flyway's own connection for
     * the whole run; CREATE INDEX CONCURRENTLY waits for every older transaction, so it would wait forever.
     */
    private static List<String> flywaySettingProblems(Configuration configuration, AnalysisResult result) {
        List<String> problems = new ArrayList<>();
        Set<String> concurrentScripts = new LinkedHashSet<>();
        for (AnalysisResult.AnalyzedMigration m : result.migrations()) {
            for (SqlStatement s : m.statements()) {
                if (NonTransactional.isConcurrentOperation(s.model())) {
                    concurrentScripts.add(m.source().name() + ":" + s.line());
                }
            }
        }
        if (!concurrentScripts.isEmpty() && FlywayPostgresSettings.transactionalLock(configuration)) {
            problems.add("Flyway setting postgresql.transactional.lock is true (the default), and "
                    + String.join(", ", concurrentScripts) + " runs a concurrent operation: Flyway holds a transaction"
                    + " open for its lock, and a concurrent index build waits for every older transaction, so it would"
                    + " wait forever. Turn the transactional lock off:\n"
                    + "  flyway.conf:        flyway.postgresql.transactional.lock=false\n"
                    + "  flyway.toml:        [flyway.postgresql] transactional.lock = false\n"
                    + "  environment:        FLYWAY_POSTGRESQL_TRANSACTIONAL_LOCK=false\n"
                    + "  Maven plugin:       <pluginConfiguration><postgresql.transactional.lock>false</postgresql.transactional.lock></pluginConfiguration>\n"
                    + "  Spring Boot:        spring.flyway.postgresql.transactional-lock=false\n"
                    + "  Java API:           .configuration(Map.of(\"flyway.postgresql.transactional.lock\", \"false\"))");
        }
        return problems;
    }

    /** The driver knows the version from the connection's start-up, without a round trip; else ask. */
    static int pgMajor(Connection c) throws SQLException {
        int fromDriver = c.getMetaData().getDatabaseMajorVersion();
        if (fromDriver >= AnalysisOptions.OLDEST_MAJOR) {
            return fromDriver;
        }
        try (var st = c.createStatement(); var rs = st.executeQuery("SHOW server_version_num")) {
            rs.next();
            return Integer.parseInt(rs.getString(1)) / 10000;
        }
    }

}
