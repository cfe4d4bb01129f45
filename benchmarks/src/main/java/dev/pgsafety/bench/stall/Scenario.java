package dev.pgsafety.bench.stall;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import dev.pgsafety.testkit.traffic.TrafficOptions;

/**
 * One schema change, the ways of applying it, and how to tell it worked.
 *
 * @param id             short name used on the command line and in file names
 * @param title          what the scenario shows
 * @param setup          statements run on the fresh database before the traffic starts (an earlier expand step)
 * @param traffic        how this scenario's application traffic differs from the default (dual writes)
 * @param holdLockMillis a long report query holds a transaction open on {@code orders} until this long after the
 *                       migration has queued behind it (0: none)
 * @param migrations     each variant that applies to this scenario and what it runs
 * @param doneCheck      a query answering true when the migration's end state is there
 * @param staleRowsCheck a query counting rows whose values contradict the application's writes (lost updates), or
 *                       null when the scenario writes no data
 */
public record Scenario(String id, String title, List<String> setup, UnaryOperator<TrafficOptions> traffic,
                       long holdLockMillis, Map<Variant, Migration> migrations, String doneCheck,
                       String staleRowsCheck) {

    /**
     * The target for the traffic's worst stall with pgsafety: an attempt at a lock waits at most its lock timeout;
     * a writer waits at most for one backfill batch (200 ms, pgsafety's default target batch time) to commit; the
     * online changes never block the traffic; plus 100 ms of slack for the machine.
     */
    public double stallTargetMillis(java.time.Duration lockTimeout) {
        if (holdLockMillis > 0) {
            return lockTimeout.toMillis() + 100;
        }
        return staleRowsCheck != null ? 300 : 100;
    }

    /**
     * The runs that show what pgsafety does when used as intended: the safe script and the online change types,
     * or, where pgsafety has nothing to reject (the lock queue), the naive script under pgsafety's runtime.
     */
    public boolean showsPgsafety(Variant variant) {
        boolean hasSafe = migrations.containsKey(Variant.FLYWAY_PGSAFETY_SAFE);
        return switch (variant) {
            case FLYWAY_PGSAFETY_SAFE, LIQUIBASE_PGSAFETY_ONLINE -> true;
            case FLYWAY_PGSAFETY_NAIVE, LIQUIBASE_PGSAFETY_NAIVE -> !hasSafe;
            default -> false;
        };
    }
}
