package dev.pgsafety.core.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.pgsafety.core.model.QualifiedName;

/**
 * A catalog snapshot read once from a live connection, for the tables the pending migrations mention, before
 * anything runs. Names resolve with the connection's search_path, as the migrations' statements would.
 */
public final class JdbcCatalogSnapshot implements CatalogSnapshot {

    private static final String TABLES = """
            SELECT w.name, c.oid, n.nspname, c.relname, c.reltuples::bigint, pg_total_relation_size(c.oid), c.relkind
            FROM unnest(?::text[]) AS w(name)
            JOIN pg_class c ON c.oid = to_regclass(w.name)
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p', 'm')
            """;
    private static final String COLUMNS = """
            SELECT a.attrelid, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull
            FROM pg_attribute a WHERE a.attrelid = ANY (?::oid[]) AND a.attnum > 0 AND NOT a.attisdropped
            """;
    private static final String NOT_NULL_CHECKS = """
            SELECT con.conrelid, a.attname
            FROM pg_constraint con
            JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = con.conkey[1]
            WHERE con.conrelid = ANY (?::oid[]) AND con.contype = 'c' AND con.convalidated
              AND array_length(con.conkey, 1) = 1
              AND regexp_replace(pg_get_constraintdef(con.oid), '[()\\s"]', '', 'g') = 'CHECK' || a.attname || 'ISNOTNULL'
            """;

    private final Map<String, TableFacts> byName;

    private JdbcCatalogSnapshot(Map<String, TableFacts> byName) {
        this.byName = byName;
    }

    /** Reads facts for {@code tables}; names the database does not know are simply absent. */
    public static JdbcCatalogSnapshot read(Connection c, Collection<QualifiedName> tables) throws SQLException {
        Map<String, QualifiedName> wanted = new LinkedHashMap<>();
        for (QualifiedName t : tables) {
            wanted.put(t.sql(), t);
        }
        Map<Long, String> oidToName = new HashMap<>();
        Map<Long, Object[]> base = new HashMap<>();
        try (var ps = c.prepareStatement(TABLES)) {
            ps.setArray(1, c.createArrayOf("text", wanted.keySet().toArray()));
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    long oid = rs.getLong(2);
                    oidToName.put(oid, rs.getString(1));
                    base.put(oid, new Object[] {new QualifiedName(rs.getString(3), rs.getString(4)), rs.getLong(5),
                            rs.getLong(6), "p".equals(rs.getString(7))});
                }
            }
        }
        Map<Long, Map<String, String>> types = new HashMap<>();
        Map<Long, Set<String>> notNull = new HashMap<>();
        Map<Long, Set<String>> checked = new HashMap<>();
        Object[] oids = base.keySet().toArray();
        if (oids.length > 0) {
            try (var ps = c.prepareStatement(COLUMNS)) {
                ps.setArray(1, c.createArrayOf("int8", oids));
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long oid = rs.getLong(1);
                        types.computeIfAbsent(oid, k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getString(3));
                        if (rs.getBoolean(4)) {
                            notNull.computeIfAbsent(oid, k -> new HashSet<>()).add(rs.getString(2));
                        }
                    }
                }
            }
            try (var ps = c.prepareStatement(NOT_NULL_CHECKS)) {
                ps.setArray(1, c.createArrayOf("int8", oids));
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        checked.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2));
                    }
                }
            }
        }
        Map<String, TableFacts> byName = new HashMap<>();
        for (Map.Entry<Long, Object[]> e : base.entrySet()) {
            long oid = e.getKey();
            Object[] b = e.getValue();
            byName.put(oidToName.get(oid), new TableFacts((QualifiedName) b[0], (Long) b[1], (Long) b[2], (Boolean) b[3],
                    types.getOrDefault(oid, Map.of()), notNull.getOrDefault(oid, Set.of()), checked.getOrDefault(oid, Set.of())));
        }
        return new JdbcCatalogSnapshot(byName);
    }

    @Override
    public Optional<TableFacts> table(QualifiedName table) {
        return Optional.ofNullable(byName.get(table.sql()));
    }
}
