package dev.pgsafety.core.backfill;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import dev.pgsafety.core.model.QualifiedName;

/** The key a backfill walks: the primary key, else a unique index on NOT NULL columns, in index column order. */
final class KeyColumns {

    private static final String QUERY = """
            SELECT i.indisprimary, i.indexrelid::regclass::text, a.attname
            FROM pg_index i
            CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, pos)
            JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
            WHERE i.indrelid = to_regclass(?) AND i.indisunique AND i.indisvalid AND i.indpred IS NULL
              AND i.indexprs IS NULL
              AND NOT EXISTS (SELECT 1 FROM unnest(i.indkey) AS n(attnum)
                              JOIN pg_attribute na ON na.attrelid = i.indrelid AND na.attnum = n.attnum
                              WHERE NOT na.attnotnull)
            ORDER BY i.indisprimary DESC, i.indexrelid, k.pos
            """;

    private KeyColumns() {
    }

    static List<String> of(Connection c, QualifiedName table) throws SQLException {
        try (var check = c.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            check.setString(1, table.sql());
            try (var rs = check.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    throw new IllegalArgumentException("backfill: there is no table " + table.sql());
                }
            }
        }
        List<String> columns = new ArrayList<>();
        String index = null;
        try (var ps = c.prepareStatement(QUERY)) {
            ps.setString(1, table.sql());
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (index == null) {
                        index = rs.getString(2);
                    }
                    if (!index.equals(rs.getString(2))) {
                        break;
                    }
                    columns.add(rs.getString(3));
                }
            }
        }
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("backfill: " + table.sql() + " has no primary key (nor a unique index on "
                    + "NOT NULL columns). A backfill walks the table in key order, one short transaction per batch; add a "
                    + "primary key first (ALTER TABLE ... ADD PRIMARY KEY USING INDEX after CREATE UNIQUE INDEX CONCURRENTLY).");
        }
        return columns;
    }
}
