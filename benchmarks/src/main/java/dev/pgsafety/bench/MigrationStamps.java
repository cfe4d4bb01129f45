package dev.pgsafety.bench;

import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * A Flyway callback that notes when each migration starts and ends, which splits a {@code migrate} into the part
 * before the first migration (Flyway's set-up, pgsafety's pre-flight), each migration, and the part after the last.
 * Register it next to pgsafety's: Flyway orders callbacks by name, so it comes after pgsafety's and a migration's
 * start is noted once pgsafety has set its timeouts.
 */
public final class MigrationStamps implements Callback {

    /**
     * A {@code migrate}'s phases in milliseconds; no migrations when none ran.
     *
     * @param migrations each migration from its start to its end (Flyway's history row comes between two)
     */
    public record Phases(double untilFirstMigration, List<Double> migrations, double afterLastMigration, double whole) {
    }

    private final List<Long> starts = new ArrayList<>();
    private final List<Long> ends = new ArrayList<>();
    private long start;
    private long end;

    /** Call just before {@code migrate()}. */
    public void started() {
        start = System.nanoTime();
    }

    /** Call just after {@code migrate()} returned. */
    public void ended() {
        end = System.nanoTime();
    }

    public Phases phases() {
        if (starts.isEmpty() || ends.size() != starts.size()) {
            return new Phases(Double.NaN, List.of(), Double.NaN, millis(end - start));
        }
        List<Double> migrations = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            migrations.add(millis(ends.get(i) - starts.get(i)));
        }
        return new Phases(millis(starts.get(0) - start), migrations, millis(end - ends.get(ends.size() - 1)),
                millis(end - start));
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    // Only the per-migration events, which come on the migration's connection: for BEFORE_MIGRATE and
    // AFTER_MIGRATE Flyway opens a connection for the callbacks, and would then do so for plain Flyway too.
    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_EACH_MIGRATE || event == Event.AFTER_EACH_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        (event == Event.BEFORE_EACH_MIGRATE ? starts : ends).add(System.nanoTime());
    }

    @Override
    public String getCallbackName() {
        return "stamps";
    }
}
