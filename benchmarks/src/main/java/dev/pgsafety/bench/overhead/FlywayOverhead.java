package dev.pgsafety.bench.overhead;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.callback.Callback;

import dev.pgsafety.bench.MigrationStamps;
import dev.pgsafety.flyway.SafetyCallback;
import dev.pgsafety.testkit.PgServer;
import dev.pgsafety.testkit.Sessions;
import dev.pgsafety.testkit.StandaloneServer;
import dev.pgsafety.testkit.junit.PgDatabase;

/**
 * Where pgsafety's time goes in a Flyway {@code migrate}, without traffic: the stall benchmark's foreign-key safe
 * script (NOT VALID, then VALIDATE) on a small table, run alternately by plain Flyway and with pgsafety, each run
 * on a fresh copy of the database. A callback registered next to pgsafety's stamps each migration's start and
 * end, which splits a run into the once-per-run part (up to the first migration: Flyway's set-up, pgsafety's
 * pre-flight) and the migrations themselves. Prints the median of each phase.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar dev.pgsafety.bench.overhead.FlywayOverhead [rounds]}
 */
public final class FlywayOverhead {

    private static final String NOT_VALID = "ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey"
            + " FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;\n";
    private static final String VALIDATE = "ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_id_fkey;\n";

    private FlywayOverhead() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        try (PgServer server = StandaloneServer.start(null, "postgres", null, Path.of("benchmarks/target/pg-binaries"), 18)) {
            server.createDatabase("overhead_template");
            try (Connection c = new PgDatabase(server, "overhead_template").connect()) {
                Sessions.exec(c, """
                        CREATE TABLE customers (id bigint PRIMARY KEY);
                        CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint);
                        INSERT INTO customers SELECT g FROM generate_series(1, 1000) g;
                        INSERT INTO orders SELECT g, g % 1000 + 1 FROM generate_series(1, 20000) g;
                        ANALYZE""");
            }
            Path dir = Files.createTempDirectory("pgsafety-overhead");
            Files.writeString(dir.resolve("V2__fk.sql"), NOT_VALID);
            Files.writeString(dir.resolve("V3__fk_validate.sql"), VALIDATE);
            Map<Boolean, Phases> phases = Map.of(false, new Phases(), true, new Phases());
            for (int round = 0; round < rounds; round++) {
                for (boolean guarded : new boolean[] {false, true}) {
                    String name = "overhead_" + round + (guarded ? "_guarded" : "_plain");
                    try (Connection c = new PgDatabase(server, "postgres").connect()) {
                        Sessions.exec(c, "CREATE DATABASE " + name + " TEMPLATE overhead_template");
                    }
                    // The first third warms the JIT up and is not counted.
                    phases.get(guarded).add(migrate(new PgDatabase(server, name), dir, guarded), round >= rounds / 3);
                }
            }
            print(phases.get(false), phases.get(true));
        }
    }

    private static MigrationStamps.Phases migrate(PgDatabase db, Path dir, boolean guarded) {
        MigrationStamps stamps = new MigrationStamps();
        List<Callback> callbacks = new ArrayList<>(List.of(stamps));
        if (guarded) {
            callbacks.add(new SafetyCallback());
        }
        stamps.started();
        Flyway.configure().dataSource(db.jdbcUrl(), db.user(), db.password()).locations("filesystem:" + dir)
                .baselineOnMigrate(true).configuration(Map.of("flyway.postgresql.transactional.lock", "false"))
                .callbacks(callbacks.toArray(Callback[]::new)).load().migrate();
        stamps.ended();
        return stamps.phases();
    }

    private static void print(Phases plain, Phases guarded) {
        System.out.println("| phase (median ms) | Flyway | Flyway + pgsafety | difference |");
        System.out.println("|---|---:|---:|---:|");
        for (String phase : plain.values.keySet()) {
            double a = plain.median(phase);
            double b = guarded.median(phase);
            System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %+.1f |%n", phase, a, b, b - a);
        }
    }

    /** Every run's phases, in milliseconds. */
    private static final class Phases {
        final Map<String, List<Double>> values = new LinkedHashMap<>();

        void add(MigrationStamps.Phases p, boolean counted) {
            if (!counted) {
                return;
            }
            put("until the first migration (Flyway's set-up, baseline, pgsafety's pre-flight)", p.untilFirstMigration());
            put("the two migrations", p.whole() - p.untilFirstMigration() - p.afterLastMigration());
            put("after the last migration", p.afterLastMigration());
            put("whole migrate", p.whole());
        }

        private void put(String phase, double millis) {
            values.computeIfAbsent(phase, k -> new ArrayList<>()).add(millis);
        }

        double median(String phase) {
            List<Double> v = new ArrayList<>(values.get(phase));
            v.sort(null);
            return v.get(v.size() / 2);
        }
    }
}
