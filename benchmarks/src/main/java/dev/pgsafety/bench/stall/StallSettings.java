package dev.pgsafety.bench.stall;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.pgsafety.core.config.Durations;

/**
 * The benchmark's command line.
 *
 * @param rows         orders in the table (customers: one per 50)
 * @param url          a running server's JDBC URL (its administrative database), or null for an embedded one
 * @param pgVersion    the embedded server's major
 * @param scenarios    scenario ids to run, empty for all
 * @param variants     variants to run, empty for all
 * @param hold         how long the long report query of the lock-queue scenario holds its transaction
 * @param warmup       traffic before each migration (also the throughput baseline)
 * @param cooldown     traffic after each migration
 * @param lockTimeout  pgsafety's lock timeout (and its maximum, so the bound on a stall is this one figure)
 * @param repeat       runs of each variant (wall times are compared by their median)
 * @param sampleWaits  how often to poll pg_stat_activity to explain slow operations, or null for never
 * @param serverSettings settings given to every session of each run (ALTER DATABASE ... SET on the run's copy)
 */
public record StallSettings(long rows, String url, String user, String password, int pgVersion, Path binaries,
                            Path out, List<String> scenarios, List<Variant> variants, int writers, int readers,
                            Duration hold, Duration warmup, Duration cooldown, Duration lockTimeout, int repeat,
                            Duration sampleWaits, Map<String, String> serverSettings) {

    static final String USAGE = """
            Usage: java -cp benchmarks/target/benchmarks.jar dev.pgsafety.bench.stall.StallBenchmark [options]
              --rows N             orders in the table (default 1000000)
              --url JDBC_URL       use a running server (its admin database) instead of an embedded one
              --user U --password P
              --pg-version N       embedded PostgreSQL major (default 18)
              --binaries DIR       where the embedded binaries jars are (default benchmarks/target/pg-binaries)
              --out DIR            where results.md and the charts go (default benchmarks/target/stall)
              --scenario ID,...    lock-queue, index, foreign-key, not-null, unique, backfill (default all)
              --variant NAME,...   e.g. FLYWAY_NAIVE,FLYWAY_PGSAFETY_SAFE (default all)
              --writers N --readers N   traffic threads (default 4 and 4)
              --hold 4s            how long the lock-queue scenario's report query holds its transaction
              --warmup 3s --cooldown 1s   traffic before and after each migration
              --lock-timeout 500ms pgsafety's lock_timeout (first and maximum)
              --repeat N           runs of each scenario and variant (default 1); above 1, after one
                                   uncounted round, in alternating order, overhead from paired runs
              --sample-waits 10ms  poll pg_stat_activity this often and explain each operation over 50 ms
                                   (its wait events, what else was active); costs some CPU, off by default
              --set NAME=VALUE     a server setting for every session of each run, e.g.
                                   max_parallel_maintenance_workers=0 (repeatable)
            """;

    static StallSettings parse(String[] args) {
        long rows = 1_000_000;
        String url = null;
        String user = "postgres";
        String password = null;
        int pg = 18;
        Path binaries = Path.of("benchmarks/target/pg-binaries");
        Path out = Path.of("benchmarks/target/stall");
        List<String> scenarios = new ArrayList<>();
        List<Variant> variants = new ArrayList<>();
        int writers = 4;
        int readers = 4;
        Duration hold = Duration.ofSeconds(4);
        Duration warmup = Duration.ofSeconds(3);
        Duration cooldown = Duration.ofSeconds(1);
        Duration lockTimeout = Duration.ofMillis(500);
        int repeat = 1;
        Duration sampleWaits = null;
        Map<String, String> serverSettings = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                throw new IllegalArgumentException(USAGE);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
            }
            String value = args[++i];
            switch (option) {
                case "--rows" -> rows = Long.parseLong(value.replace("_", "").replace(",", ""));
                case "--url" -> url = value;
                case "--user" -> user = value;
                case "--password" -> password = value;
                case "--pg-version" -> pg = Integer.parseInt(value);
                case "--binaries" -> binaries = Path.of(value);
                case "--out" -> out = Path.of(value);
                case "--scenario" -> scenarios.addAll(List.of(value.split(",")));
                case "--variant" -> {
                    for (String v : value.split(",")) {
                        variants.add(Variant.valueOf(v.trim().toUpperCase().replace('-', '_')));
                    }
                }
                case "--writers" -> writers = Integer.parseInt(value);
                case "--readers" -> readers = Integer.parseInt(value);
                case "--hold" -> hold = duration(option, value);
                case "--warmup" -> warmup = duration(option, value);
                case "--cooldown" -> cooldown = duration(option, value);
                case "--lock-timeout" -> lockTimeout = duration(option, value);
                case "--repeat" -> repeat = Integer.parseInt(value);
                case "--sample-waits" -> sampleWaits = duration(option, value);
                case "--set" -> {
                    int eq = value.indexOf('=');
                    if (eq < 1 || !value.substring(0, eq).matches("[A-Za-z_][A-Za-z0-9_.]*")) {
                        throw new IllegalArgumentException("--set needs NAME=VALUE, got " + value + "\n" + USAGE);
                    }
                    serverSettings.put(value.substring(0, eq), value.substring(eq + 1));
                }
                default -> throw new IllegalArgumentException("unknown option " + option + "\n" + USAGE);
            }
        }
        return new StallSettings(rows, url, user, password, pg, binaries, out, List.copyOf(scenarios),
                List.copyOf(variants), writers, readers, hold, warmup, cooldown, lockTimeout, repeat,
                sampleWaits, Map.copyOf(serverSettings));
    }

    private static Duration duration(String option, String value) {
        return Durations.parse(option, value, "the command line");
    }
}
