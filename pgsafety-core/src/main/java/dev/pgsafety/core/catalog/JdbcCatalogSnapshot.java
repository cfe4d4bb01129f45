package dev.pgsafety.core.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.pgsafety.core.model.QualifiedName;

/**
 * A catalog snapshot read once from a live connection, for the tables the pending migrations mention, before
 * anything runs. Names resolve with the connection's search_path, as the migrations' statements would.
 */
public final class JdbcCatalogSnapshot implements CatalogSnapshot {

    /**
     * One round trip for every table: a row per wanted name that resolves to a table, partitioned table or
     * materialized view, its columns as parallel arrays in column order, and the columns that a validated
     * {@code CHECK (col IS NOT NULL)} covers.
     */
    private static final String TABLES = """
            SELECT w.name, n.nspname, c.relname, c.reltuples::bigint, pg_total_relation_size(c.oid), c.relkind,
                   cols.names, cols.types, cols.not_null,
                   ARRAY(SELECT a.attname::text FROM pg_constraint con
                         JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = con.conkey[1]
                         WHERE con.conrelid = c.oid AND con.contype = 'c' AND con.convalidated
                           AND array_length(con.conkey, 1) = 1
                           AND regexp_replace(pg_get_constraintdef(con.oid), '[()\\s"]', '', 'g')
                               = 'CHECK' || a.attname || 'ISNOTNULL')
            FROM unnest(?::text[]) AS w(name)
            JOIN pg_class c ON c.oid = to_regclass(w.name)
            JOIN pg_namespace n ON n.oid = c.relnamespace
            CROSS JOIN LATERAL (
                SELECT coalesce(array_agg(a.attname::text ORDER BY a.attnum), '{}') AS names,
                       coalesce(array_agg(format_type(a.atttypid, a.atttypmod) ORDER BY a.attnum), '{}') AS types,
                       coalesce(array_agg(a.attnotnull ORDER BY a.attnum), '{}') AS not_null
                FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped) AS cols
            WHERE c.relkind IN ('r', 'p', 'm')
            """;

    private final Map<String, TableFacts> byName;

    private JdbcCatalogSnapshot(Map<String, TableFacts> byName) {
        this.byName = byName;
    }

    /** Reads facts for {@code tables}; names the database does not know are simply absent. */
    public static JdbcCatalogSnapshot read(Connection c, Collection<QualifiedName> tables) throws SQLException {
        Set<String> wanted = new LinkedHashSet<>();
        for (QualifiedName t : tables) {
            wanted.add(t.sql());
        }
        Map<String, TableFacts> byName = new HashMap<>();
        try (var ps = c.prepareStatement(TABLES)) {
            ps.setArray(1, c.createArrayOf("text", wanted.toArray()));
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    String[] names = (String[]) rs.getArray(7).getArray();
                    String[] typeNames = (String[]) rs.getArray(8).getArray();
                    Boolean[] notNullFlags = (Boolean[]) rs.getArray(9).getArray();
                    Map<String, String> types = new LinkedHashMap<>();
                    Set<String> notNull = new HashSet<>();
                    for (int i = 0; i < names.length; i++) {
                        types.put(names[i], typeNames[i]);
                        if (notNullFlags[i]) {
                            notNull.add(names[i]);
                        }
                    }
                    Set<String> checked = new HashSet<>(Arrays.asList((String[]) rs.getArray(10).getArray()));
                    byName.put(rs.getString(1), new TableFacts(new QualifiedName(rs.getString(2), rs.getString(3)),
                            rs.getLong(4), rs.getLong(5), "p".equals(rs.getString(6)), types, notNull, checked));
                }
            }
        }
        return new JdbcCatalogSnapshot(byName);
    }

    @Override
    public Optional<TableFacts> table(QualifiedName table) {
        return Optional.ofNullable(byName.get(table.sql()));
    }
}
