package dev.pgsafety.flyway;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.Configuration;

import dev.pgsafety.core.model.QualifiedName;
import dev.pgsafety.flyway.SqlMigrationFiles.VersionedScript;

/**
 * Which located versioned SQL scripts a {@code migrate} will apply, decided from Flyway's schema history table with
 * Flyway's rules for a plain history: a script is pending unless applied, at or below an applied baseline, above
 * the target, or (without {@code outOfOrder}) older than the latest applied version. Ordered by version, as Flyway
 * applies them.
 *
 * <p>A history with rows these rules do not model (failed, deleted or undone migrations, Teams baseline
 * migrations) gives empty, and the pre-flight asks Flyway's {@code info()} instead.
 */
final class SchemaHistoryPending {

    /** Row types a plain history holds: SQL and Java migrations, a baseline marker, a schema-creation marker. */
    private static final Set<String> MODELLED_TYPES = Set.of("SQL", "JDBC", "BASELINE", "SCHEMA");

    private SchemaHistoryPending() {
    }

    static Optional<List<VersionedScript>> pending(List<VersionedScript> located, Configuration configuration,
                                                   Connection connection) throws SQLException {
        MigrationVersion lastApplied = MigrationVersion.EMPTY;
        MigrationVersion appliedBaseline = null;
        Set<MigrationVersion> appliedSql = new TreeSet<>();
        try (var st = connection.createStatement();
             var rs = st.executeQuery("SELECT version, type, success FROM " + historyTable(configuration))) {
            while (rs.next()) {
                String type = rs.getString(2);
                if (!rs.getBoolean(3) || !MODELLED_TYPES.contains(type)) {
                    return Optional.empty();
                }
                if (rs.getString(1) == null) {
                    continue; // a repeatable migration: it changes no versioned script's state
                }
                MigrationVersion version = MigrationVersion.fromVersion(rs.getString(1));
                if (version.compareTo(lastApplied) > 0) {
                    lastApplied = version;
                }
                if (type.equals("BASELINE") && (appliedBaseline == null || version.compareTo(appliedBaseline) > 0)) {
                    appliedBaseline = version;
                }
                if (type.equals("SQL")) {
                    appliedSql.add(version);
                }
            }
        }
        // Flyway compares with the applied baseline only once something is applied; with no history at all, there
        // is no baseline to be below.
        MigrationVersion baseline = lastApplied == MigrationVersion.EMPTY ? null : appliedBaseline;
        MigrationVersion target = configuration.getTarget();
        List<VersionedScript> pending = new ArrayList<>();
        for (VersionedScript script : located) {
            MigrationVersion v = script.version();
            boolean skipped = appliedSql.contains(v)
                    || (baseline != null && v.compareTo(baseline) <= 0)
                    || (target != null && v.compareTo(target) > 0)
                    || (v.compareTo(lastApplied) < 0 && !configuration.isOutOfOrder());
            if (!skipped) {
                pending.add(script);
            }
        }
        pending.sort(Comparator.comparing(VersionedScript::version));
        return Optional.of(pending);
    }

    /** Flyway's history table, in the default schema or else the first of {@code schemas}, else the current one. */
    private static String historyTable(Configuration configuration) {
        String schema = configuration.getDefaultSchema() != null ? configuration.getDefaultSchema()
                : configuration.getSchemas().length > 0 ? configuration.getSchemas()[0] : null;
        return new QualifiedName(schema, configuration.getTable()).sql();
    }
}
