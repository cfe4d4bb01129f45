package dev.pgsafety.core.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

import dev.pgsafety.core.model.QualifiedName;
import dev.pgsafety.core.model.Statement;

/**
 * invalid-index-cleanup: a failed CREATE INDEX CONCURRENTLY leaves an INVALID index behind, which a retry
 * with IF NOT EXISTS would silently accept. Before each build such a leftover of the same name is dropped
 * concurrently; after the build the index must be valid.
 */
public final class ConcurrentIndexGuard {

    private ConcurrentIndexGuard() {
    }

    /** The index's name as the catalog resolves it: unqualified names live in the table's schema. */
    static Optional<QualifiedName> indexName(Statement.CreateIndex ci) {
        if (ci.name() == null) {
            return Optional.empty();
        }
        return Optional.of(new QualifiedName(ci.table().schema(), ci.name()));
    }

    /** Drops an INVALID leftover of the index; returns whether one was dropped. */
    public static boolean dropInvalidLeftover(Connection c, Statement.CreateIndex ci, RuntimeListener log) throws SQLException {
        Optional<QualifiedName> name = indexName(ci);
        if (name.isEmpty() || valid(c, name.get()).orElse(true)) {
            return false;
        }
        log.warn("invalid-index-cleanup: dropping INVALID index " + name.get().sql()
                + " left by an earlier failed concurrent build, before building it again");
        try (var st = c.createStatement()) {
            st.execute("DROP INDEX CONCURRENTLY IF EXISTS " + name.get().sql());
        }
        return true;
    }

    /** Fails when the index just built is INVALID. */
    public static void checkValid(Connection c, Statement.CreateIndex ci) throws SQLException {
        Optional<QualifiedName> name = indexName(ci);
        if (name.isEmpty()) {
            return;
        }
        if (!valid(c, name.get()).orElse(true)) {
            throw new SQLException("invalid-index-cleanup: index " + name.get().sql() + " exists but is INVALID after "
                    + "CREATE INDEX CONCURRENTLY (the build failed part-way, e.g. a duplicate for a UNIQUE index, or "
                    + "IF NOT EXISTS found an invalid leftover). Queries do not use it. Fix the cause and run the "
                    + "migration again: pgsafety drops the invalid index before the next build.", "55000");
        }
    }

    /** Whether the index is valid, or empty when there is no such index. */
    static Optional<Boolean> valid(Connection c, QualifiedName index) throws SQLException {
        try (var ps = c.prepareStatement("SELECT i.indisvalid FROM pg_index i WHERE i.indexrelid = to_regclass(?)")) {
            ps.setString(1, index.sql());
            try (var rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getBoolean(1)) : Optional.empty();
            }
        }
    }
}
