package dev.pgsafety.it;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads what a migration left behind straight from the PostgreSQL catalog. */
public final class Catalog {

    private final Connection connection;

    public Catalog(Connection connection) {
        this.connection = connection;
    }

    /** Columns of a table in the public schema as "name type [not null]", in order. */
    public List<String> columns(String table) throws SQLException {
        return strings("SELECT a.attname || ' ' || format_type(a.atttypid, a.atttypmod)"
                + " || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END"
                + " FROM pg_attribute a WHERE a.attrelid = ('public.' || quote_ident(?))::regclass"
                + " AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum", table);
    }

    /** Index names of a table in the public schema, valid ones only, sorted. */
    public List<String> validIndexes(String table) throws SQLException {
        return strings("SELECT i.relname FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid"
                + " WHERE x.indrelid = ('public.' || quote_ident(?))::regclass AND x.indisvalid ORDER BY 1", table);
    }

    /**
     * Constraints of a table as "name type validated", sorted by name. NOT NULL constraints are left out:
     * PostgreSQL 18 lists them in pg_constraint (contype 'n'), older majors do not.
     */
    public List<String> constraints(String table) throws SQLException {
        return strings("SELECT conname || ' ' || contype::text || ' ' || convalidated::text FROM pg_constraint"
                + " WHERE conrelid = ('public.' || quote_ident(?))::regclass AND contype <> 'n' ORDER BY conname", table);
    }

    public List<String> strings(String sql, String param) throws SQLException {
        try (var ps = connection.prepareStatement(sql)) {
            ps.setString(1, param);
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
