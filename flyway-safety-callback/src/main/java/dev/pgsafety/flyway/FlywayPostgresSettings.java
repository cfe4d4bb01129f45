package dev.pgsafety.flyway;

import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;

/** Flyway's own PostgreSQL settings pgsafety needs to know about, read from Flyway's PostgreSQL plugin. */
final class FlywayPostgresSettings {

    private FlywayPostgresSettings() {
    }

    /** postgresql.transactional.lock; true (Flyway's default) when the plugin cannot be asked. */
    static boolean transactionalLock(Configuration configuration) {
        try {
            PostgreSQLConfigurationExtension ext = configuration.getPluginRegister().getPlugin(PostgreSQLConfigurationExtension.class);
            return ext == null || ext.isTransactionalLock();
        } catch (LinkageError | RuntimeException e) {
            return true;
        }
    }

    /** The flyway.safety.* values Flyway put into pgsafety's configuration extension (empty when none). */
    static java.util.Map<String, String> safetyValues(Configuration configuration) {
        try {
            SafetyConfigurationExtension ext = configuration.getPluginRegister().getPlugin(SafetyConfigurationExtension.class);
            return ext == null ? java.util.Map.of() : ext.values();
        } catch (LinkageError | RuntimeException e) {
            return java.util.Map.of();
        }
    }
}
