package dev.pgsafety.core.analysis;

import java.util.Objects;

/**
 * One migration as the tool runs it: a Flyway script, a Liquibase changeset's SQL. Migrations of one run are
 * analyzed in order; what earlier ones established is known to later ones.
 *
 * @param name     how reports name it (a path, {@code changelog.xml::1::alice})
 * @param sql      its SQL text
 * @param mode     how its statements run
 * @param lineBase line in the file where {@code sql} starts (1 for a whole file); lets generated or embedded
 *                 SQL report real lines
 */
public record MigrationSource(String name, String sql, TransactionMode mode, int lineBase) {

    public MigrationSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(mode, "mode");
    }

    public MigrationSource(String name, String sql, TransactionMode mode) {
        this(name, sql, mode, 1);
    }

    public static MigrationSource script(String name, String sql) {
        return new MigrationSource(name, sql, TransactionMode.AUTO, 1);
    }
}
