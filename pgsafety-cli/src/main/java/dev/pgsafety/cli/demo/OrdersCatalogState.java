package dev.pgsafety.cli.demo;

import java.sql.Connection;
import java.sql.SQLException;

import dev.pgsafety.testkit.junit.PgDatabase;

/** What a migration changed on {@code orders}, read from the catalog rather than trusted from the tool's output. */
record OrdersCatalogState(boolean hasIndex, boolean indexValid, boolean hasColumn) {

    static OrdersCatalogState read(PgDatabase db) throws SQLException {
        try (Connection c = db.connect();
             var st = c.createStatement();
             var rs = st.executeQuery("SELECT"
                     + " (SELECT indisvalid FROM pg_index WHERE indexrelid = to_regclass('" + DemoMigrations.INDEX + "')),"
                     + " EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = 'orders'::regclass"
                     + "         AND attname = '" + DemoMigrations.COLUMN + "' AND NOT attisdropped)")) {
            rs.next();
            boolean valid = rs.getBoolean(1);
            boolean hasIndex = !rs.wasNull();
            return new OrdersCatalogState(hasIndex, valid, rs.getBoolean(2));
        }
    }

    boolean untouched() {
        return !hasIndex && !hasColumn;
    }

    boolean complete() {
        return hasIndex && indexValid && hasColumn;
    }
}
