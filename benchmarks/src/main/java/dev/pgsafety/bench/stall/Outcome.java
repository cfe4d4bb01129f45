package dev.pgsafety.bench.stall;

import dev.pgsafety.bench.MigrationStamps;

/**
 * How a migration run ended: applied, rejected by pgsafety before anything ran, or failed while running.
 *
 * @param phases where an applied Flyway run's time went; null when the tool does not say (Liquibase)
 */
public record Outcome(Kind kind, String detail, MigrationStamps.Phases phases) {

    public enum Kind { APPLIED, REJECTED, FAILED }

    public static Outcome applied() {
        return new Outcome(Kind.APPLIED, "", null);
    }

    public static Outcome applied(MigrationStamps.Phases phases) {
        return new Outcome(Kind.APPLIED, "", phases);
    }

    public static Outcome rejected(String why) {
        return new Outcome(Kind.REJECTED, why, null);
    }

    public static Outcome failed(String why) {
        return new Outcome(Kind.FAILED, why, null);
    }

    /** The first line of a tool's error, enough for a table cell. */
    static String firstLine(Throwable e) {
        Throwable t = e;
        String message = null;
        while (t != null && (message == null || message.isBlank())) {
            message = t.getMessage();
            t = t.getCause();
        }
        if (message == null) {
            return e.getClass().getSimpleName();
        }
        String line = message.strip().lines().findFirst().orElse("");
        return line.length() > 160 ? line.substring(0, 157) + "..." : line;
    }
}
