package dev.pgsafety.cli.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The two versions of one schema change the demo migrates: an index on {@code orders.created_at} and a new column.
 * Version 1 is the seeded schema (a Flyway baseline), as in a project that already runs in production.
 */
final class DemoMigrations {

    static final String INDEX = "orders_created_at_idx";
    static final String COLUMN = "note";

    /** How the change is usually written: a plain index build blocks every write for the whole build. */
    static final List<Script> NAIVE = List.of(new Script("V2__add_created_at_index_and_note.sql", """
            CREATE INDEX orders_created_at_idx ON orders (created_at);
            ALTER TABLE orders ADD COLUMN note text;
            """));

    /**
     * The safe version, as pgsafety's message says: the column first (a brief ACCESS EXCLUSIVE lock, guarded by
     * lock_timeout and retry), then the index built concurrently in its own script, outside a transaction.
     */
    static final List<Script> SAFE = List.of(
            new Script("V2__add_order_note.sql", """
                    ALTER TABLE orders ADD COLUMN note text;
                    """),
            new Script("V3__index_orders_created_at.sql", """
                    CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_created_at_idx ON orders (created_at);
                    """));

    private DemoMigrations() {
    }

    /** One Flyway SQL script. */
    record Script(String name, String sql) {
    }

    /** Writes the scripts into {@code dir} (a Flyway {@code filesystem:} location) and returns it. */
    static Path write(List<Script> scripts, Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Script s : scripts) {
            Files.writeString(dir.resolve(s.name()), s.sql());
        }
        return dir;
    }
}
