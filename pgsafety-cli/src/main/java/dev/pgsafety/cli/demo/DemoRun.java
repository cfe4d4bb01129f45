package dev.pgsafety.cli.demo;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.util.Comparator;
import java.util.stream.Stream;

import dev.pgsafety.testkit.PgServer;
import dev.pgsafety.testkit.StandaloneServer;
import dev.pgsafety.testkit.junit.PgDatabase;
import dev.pgsafety.testkit.traffic.LiveTraffic;
import dev.pgsafety.testkit.traffic.OrdersTables;
import dev.pgsafety.testkit.traffic.TrafficLog;
import dev.pgsafety.testkit.traffic.TrafficOptions;

/** The demo from start to finish: server, data, traffic, the two migrations, the numbers, and the cleanup. */
final class DemoRun {

    private static final int STEPS = 6;

    private final DemoArguments args;
    private final Path binaries;
    private final DemoPace pace;
    private final Console console;

    /** @param binaries the folder with the embedded server's binaries (null with --url) */
    DemoRun(DemoArguments args, Path binaries, DemoPace pace, PrintStream out) {
        this.args = args;
        this.binaries = binaries;
        this.pace = pace;
        this.console = new Console(out, STEPS);
    }

    /** True when the demo showed what it promises: naive rejected with nothing applied, safe applied. */
    boolean run() throws Exception {
        long started = System.nanoTime();
        console.title("pgsafety demo: a schema change on a busy orders table, through Flyway with pgsafety.");
        Path workDir = Files.createTempDirectory("pgsafety-demo-");
        DemoCleanup cleanup = new DemoCleanup(console);
        AutoCloseable flywayLog = FlywayConsoleLog.routeTo(console);
        boolean ok;
        try {
            ok = migrateUnderTraffic(prepare(cleanup), workDir);
        } catch (Exception e) {
            if (console.silenced()) {
                return false; // interrupted: what failed is the dropped database, not worth a word
            }
            console.failed();
            throw e;
        } finally {
            flywayLog.close();
            cleanup.close();
            deleteRecursively(workDir);
            // Also after a failure: whoever reads the error wants to know nothing was left behind.
            console.say("");
            console.say("Cleaned up: " + cleanup.summary() + ".");
        }
        console.title((ok ? "Demo OK" : "Demo FAILED: see NOT EXPECTED above") + " ("
                + Console.seconds(System.nanoTime() - started) + ").");
        return ok;
    }

    private PgDatabase prepare(DemoCleanup cleanup) throws Exception {
        console.step(1, "PostgreSQL");
        long t0 = System.nanoTime();
        console.begin(args.embedded() ? "starting embedded PostgreSQL " + args.pgVersion() : "connecting to " + args.url());
        PgServer server = StandaloneServer.start(args.url(), args.user(), args.password(), binaries, args.pgVersion());
        cleanup.server(server, args.embedded());
        console.done(t0);
        console.say("PostgreSQL " + server.major() + " (" + server.origin() + ")");

        console.step(2, "Seed an orders table");
        String name = "pgsafety_demo_" + randomSuffix();
        server.createDatabase(name);
        cleanup.database(name);
        PgDatabase db = new PgDatabase(server, name);
        t0 = System.nanoTime();
        console.begin("database " + name + ": " + Console.count(args.rows()) + " orders");
        try (Connection c = db.connect()) {
            OrdersTables.create(c, args.rows());
        }
        new DemoFlyway(db).baseline();
        console.done(t0);
        console.say("Flyway baseline: the seeded schema is version 1, as in a project already in production.");
        return db;
    }

    @SuppressWarnings("try") // the progress line lives as long as the warm-up: a resource never referenced
    private boolean migrateUnderTraffic(PgDatabase db, Path workDir) throws Exception {
        console.step(3, "Live traffic");
        TrafficOptions options = TrafficOptions.defaults(args.rows());
        LiveTraffic traffic = LiveTraffic.start(db, options);
        try {
            console.say(options.writers() + " writers (INSERT, UPDATE) and " + options.readers()
                    + " readers (SELECT by id) on orders, each on its own connection,\n"
                    + "every operation timed. They run until step 6.");
            try (var ticker = TrafficTicker.start(traffic, console)) {
                Thread.sleep(pace.warmUpMillis());
            }
            DemoFlyway flyway = new DemoFlyway(db);
            console.step(4, "The naive migration, through Flyway with pgsafety");
            boolean rejected = new NaiveMigrationStep(db, flyway, console).run(workDir);
            console.step(5, "The safe migration, under traffic, with a long report query in the way");
            SafeMigrationStep.Outcome safe = new SafeMigrationStep(db, flyway, console, pace.reportQueryMillis()).run(workDir, traffic);
            TrafficLog log = traffic.stop();
            console.step(6, "What the application saw");
            console.say("Traffic while the safe migration ran (" + Console.seconds(safe.to() - safe.from()) + "):");
            console.say(TrafficSummary.format(log.window(safe.from(), safe.to(), 1_000_000_000L)));
            console.say(TrafficSummary.WHY_THE_STALL_IS_BOUNDED);
            log.errors().forEach(e -> console.say("traffic error: " + e));
            console.say("");
            console.say(safe.report().isEmpty() ? "(no run report: the safe migration did not run)" : safe.report());
            return rejected && safe.ok();
        } finally {
            traffic.stop();
        }
    }

    private static String randomSuffix() {
        return Long.toString(new SecureRandom().nextLong() & Long.MAX_VALUE, 36);
    }

    private static void deleteRecursively(Path dir) throws java.io.IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
