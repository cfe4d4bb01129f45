package dev.pgsafety.it.liquibase;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import dev.pgsafety.testkit.junit.PgDatabase;

/** Constraints, indexes and NOT NULL flags read from pg_catalog, by the names as stored (any characters). */
final class CatalogState {

    private final PgDatabase db;

    CatalogState(PgDatabase db) {
        this.db = db;
    }

    private static final String TABLE = "(quote_ident(?) || '.' || quote_ident(?))::regclass";

    /** Every constraint of the table as "name type validated" (NOT NULL ones, contype n, exist on PostgreSQL 18). */
    List<String> constraints(String schema, String table) throws SQLException {
        return strings("SELECT conname || ' ' || contype::text || ' ' || convalidated::text FROM pg_constraint"
                + " WHERE conrelid = " + TABLE + " ORDER BY conname", schema, table);
    }

    /** The constraints as {@link #constraints} but without PostgreSQL 18's NOT NULL ones. */
    List<String> constraintsButNotNull(String schema, String table) throws SQLException {
        return strings("SELECT conname || ' ' || contype::text || ' ' || convalidated::text FROM pg_constraint"
                + " WHERE conrelid = " + TABLE + " AND contype <> 'n' ORDER BY conname", schema, table);
    }

    /** Indexes of the table as "name valid=.. unique=.. primary=..: definition". */
    List<String> indexes(String schema, String table) throws SQLException {
        return strings("SELECT i.relname || ' valid=' || x.indisvalid || ' unique=' || x.indisunique || ' primary='"
                + " || x.indisprimary || ': ' || pg_get_indexdef(x.indexrelid) FROM pg_index x JOIN pg_class i"
                + " ON i.oid = x.indexrelid WHERE x.indrelid = " + TABLE + " ORDER BY i.relname", schema, table);
    }

    boolean notNull(String schema, String table, String column) throws SQLException {
        List<String> v = strings("SELECT attnotnull::text FROM pg_attribute WHERE attrelid = " + TABLE
                + " AND attname = ?", schema, table, column);
        if (v.size() != 1) {
            throw new AssertionError("no column " + column + " in " + schema + "." + table);
        }
        return Boolean.parseBoolean(v.get(0));
    }

    boolean tableExists(String schema, String table) throws SQLException {
        return !strings("SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = ? AND c.relname = ? AND c.relkind = 'r'", schema, table).isEmpty();
    }

    /** Ids of the changeSets Liquibase recorded, in execution order. */
    List<String> ranChangeSets() throws SQLException {
        return strings("SELECT id FROM databasechangelog WHERE ? = ? ORDER BY orderexecuted", "x", "x");
    }

    List<String> strings(String sql, String... params) throws SQLException {
        try (Connection c = db.connect(); var ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            try (var rs = ps.executeQuery()) {
                List<String> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
                return out;
            }
        }
    }
}
