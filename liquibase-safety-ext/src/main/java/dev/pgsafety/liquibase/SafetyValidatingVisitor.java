package dev.pgsafety.liquibase;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import liquibase.Scope;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.RanChangeSet;
import liquibase.changelog.filter.ChangeSetFilterResult;
import liquibase.changelog.visitor.ValidatingVisitor;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.exception.ValidationErrors;
import liquibase.logging.Logger;

import dev.pgsafety.core.analysis.AnalysisOptions;
import dev.pgsafety.core.analysis.AnalysisResult;
import dev.pgsafety.core.analysis.Analyzer;
import dev.pgsafety.core.analysis.Finding;
import dev.pgsafety.core.analysis.MigrationSource;
import dev.pgsafety.core.catalog.CatalogSnapshot;
import dev.pgsafety.core.catalog.JdbcCatalogSnapshot;
import dev.pgsafety.core.config.ConfigException;
import dev.pgsafety.core.config.RuntimeSettings;
import dev.pgsafety.core.config.SafetySettings;
import dev.pgsafety.core.model.QualifiedName;
import dev.pgsafety.core.report.FindingFormatter;

/**
 * Liquibase's validation plus pgsafety's: every changeset that has not run yet is analyzed with the SQL Liquibase
 * generates for PostgreSQL, in its transaction mode, in changelog order; error findings fail {@code update} and
 * {@code validate} before any SQL runs (or, with {@code onValidationFail="MARK_RAN"}, mark that changeset ran).
 */
public class SafetyValidatingVisitor extends ValidatingVisitor {

    private static final String PGSAFETY_NAMESPACE = dev.pgsafety.liquibase.change.PgSafetyXml.NAMESPACE;

    private final List<RanChangeSet> ranChangeSets;
    private final Map<MigrationSource, ChangeSet> pending = new LinkedHashMap<>();
    private Database database;
    private boolean analyzed;

    public SafetyValidatingVisitor(List<RanChangeSet> ranChangeSets) {
        super(ranChangeSets);
        this.ranChangeSets = ranChangeSets;
    }

    @Override
    public void validate(Database database, DatabaseChangeLog changeLog) {
        this.database = database;
        super.validate(database, changeLog);
    }

    @Override
    public void visit(ChangeSet changeSet, DatabaseChangeLog databaseChangeLog, Database database,
                      Set<ChangeSetFilterResult> filterResults) throws LiquibaseException {
        super.visit(changeSet, databaseChangeLog, database, filterResults);
        this.database = database;
        if (!LiquibaseSources.isPostgres(database) || changeSet.isIgnore()
                || ranChangeSets.stream().anyMatch(r -> r.isSameAs(changeSet))) {
            return;
        }
        try {
            // The changeSet's own settings are checked before anything runs, like the global ones.
            ChangeSetSettings.runtime(RuntimeSettings.DEFAULTS, changeSet);
            pending.put(LiquibaseSources.of(changeSet, database), changeSet);
        } catch (ConfigException e) {
            getValidationErrors().addError(e.getMessage(), changeSet);
        } catch (RuntimeException e) {
            getValidationErrors().addError("pgsafety could not generate the SQL of changeset " + LiquibaseSources.name(changeSet)
                    + " to check it: " + e.getMessage(), changeSet);
        }
    }

    @Override
    public boolean validationPassed() {
        analyzeOnce();
        return super.validationPassed();
    }

    @Override
    public ValidationErrors getValidationErrors() {
        return super.getValidationErrors();
    }

    private void analyzeOnce() {
        if (analyzed || pending.isEmpty()) {
            return;
        }
        analyzed = true;
        Logger log = Scope.getCurrentScope().getLog(getClass());
        SafetySettings settings;
        try {
            settings = SafetyConfiguration.settings();
        } catch (IllegalArgumentException e) {
            getValidationErrors().addError(e.getMessage());
            return;
        }
        if (settings.runtime().mode() == RuntimeSettings.Mode.OFF) {
            return;
        }
        List<MigrationSource> sources = new ArrayList<>(pending.keySet());
        AnalysisOptions options = settings.analysis().withPendingRun(true).withPgMajor(pgMajor());
        Analyzer analyzer = new Analyzer(options);
        AnalysisResult result = analyzer.analyzeReadingCatalog(sources, this::catalog);
        FindingFormatter formatter = new FindingFormatter(FindingFormatter.PLAIN);
        for (Finding f : result.warnings()) {
            log.warning("pgsafety: " + f.source() + ": warning [" + f.rule() + "] " + f.message());
        }
        Map<String, ChangeSet> byName = new LinkedHashMap<>();
        pending.forEach((source, changeSet) -> byName.put(source.name(), changeSet));
        for (Finding f : result.errors()) {
            ChangeSet changeSet = byName.get(f.source());
            String text = "pgsafety: unsafe statement in changeset " + f.source() + "\n" + formatter.format(f)
                    + "    (or suppress it for the whole changeSet with its attributes pgsafety:allow=\"" + f.rule()
                    + "\" pgsafety:reason=\"<why this is safe here>\", written pg:allow/pg:reason in XML with the prefix"
                    + " you bound to " + PGSAFETY_NAMESPACE + ")";
            if (settings.runtime().mode() == RuntimeSettings.Mode.WARN) {
                log.warning(text);
            } else if (changeSet != null && changeSet.getOnValidationFail() == ChangeSet.ValidationFailOption.MARK_RAN) {
                log.warning(text + "\n    onValidationFail=MARK_RAN: the changeset is marked as ran without running.");
                changeSet.setValidationFailed(true);
            } else {
                getValidationErrors().addError(text, changeSet);
            }
        }
    }

    private int pgMajor() {
        try {
            return Math.max(AnalysisOptions.OLDEST_MAJOR, Math.min(AnalysisOptions.NEWEST_MAJOR, database.getDatabaseMajorVersion()));
        } catch (Exception e) {
            return AnalysisOptions.NEWEST_MAJOR;
        }
    }

    private CatalogSnapshot catalog(Set<QualifiedName> tables) {
        if (!(database.getConnection() instanceof JdbcConnection jdbc)) {
            return CatalogSnapshot.NONE;
        }
        try {
            Connection c = jdbc.getUnderlyingConnection();
            return JdbcCatalogSnapshot.read(c, tables);
        } catch (SQLException e) {
            return CatalogSnapshot.NONE;
        }
    }
}
