package dev.pgsafety.core.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import dev.pgsafety.core.model.QualifiedName;

/**
 * Finds the sessions that hold locks on the relations a statement needed: after a lock timeout the statement
 * no longer waits, so pg_blocking_pids() would find nothing; the granted locks on those relations say who it
 * was queued behind. Indexes are expanded to their tables.
 */
public final class BlockingSessions {

    private static final String QUERY = """
            WITH wanted AS (
                SELECT to_regclass(name) AS oid FROM unnest(?::text[]) AS name
            ), relations AS (
                SELECT oid FROM wanted WHERE oid IS NOT NULL
                UNION
                SELECT i.indrelid FROM pg_index i JOIN wanted w ON i.indexrelid = w.oid
            )
            SELECT a.pid, a.application_name, a.state,
                   COALESCE(EXTRACT(EPOCH FROM clock_timestamp() - a.xact_start), -1) AS xact_age,
                   CASE WHEN a.wait_event IS NULL THEN NULL ELSE a.wait_event_type || ':' || a.wait_event END,
                   left(a.query, 300), l.mode, l.relation::regclass::text
            FROM pg_locks l
            JOIN relations r ON l.relation = r.oid
            JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE l.granted AND l.pid <> pg_backend_pid()
            ORDER BY a.xact_start NULLS LAST, a.pid
            """;

    private BlockingSessions() {
    }

    /** Holders of granted locks on the relations; an empty list when they are gone already or on error. */
    public static List<BlockingSession> holding(Connection connection, Collection<QualifiedName> relations) {
        List<BlockingSession> out = new ArrayList<>();
        if (relations.isEmpty()) {
            return out;
        }
        try (var ps = connection.prepareStatement(QUERY)) {
            ps.setArray(1, connection.createArrayOf("text", relations.stream().map(QualifiedName::sql).toArray()));
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new BlockingSession(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getDouble(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
                }
            }
        } catch (SQLException e) {
            // Diagnostics must never turn a lock timeout into a different failure.
            return out;
        }
        return out;
    }
}
