package dev.pgsafety.cli.demo;

import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;

/**
 * Flyway's logging during the demo: pgsafety's messages (lock waits naming the blocker, retries, the run report)
 * in full, Flyway's own only when they say which migration runs or something is wrong. Flyway instantiates a
 * logger by class name ({@code loggers(...)}), so where the lines go is set here, statically, for the demo's run.
 */
public final class FlywayConsoleLog implements LogCreator {

    private static final String RUN_REPORT = "pgsafety run report:";
    private static volatile Console sink;

    /** Sends Flyway's output to {@code console} until the returned handle is closed. */
    static AutoCloseable routeTo(Console console) {
        sink = console;
        return () -> sink = null;
    }

    @Override
    public Log createLogger(Class<?> clazz) {
        boolean pgsafety = clazz.getName().startsWith("dev.pgsafety.");
        return new Log() {
            @Override
            public void debug(String message) {
                // Flyway's debug output is for Flyway's developers.
            }

            @Override
            public void info(String message) {
                // The demo prints the run report itself, after the traffic's numbers.
                if (pgsafety ? !message.startsWith(RUN_REPORT) : isProgress(message)) {
                    print(pgsafety, message);
                }
            }

            @Override
            public void warn(String message) {
                print(pgsafety, pgsafety ? message : "WARNING: " + message);
            }

            @Override
            public void error(String message) {
                print(pgsafety, "ERROR: " + message);
            }

            @Override
            public void error(String message, Exception e) {
                print(pgsafety, "ERROR: " + message + " (" + e + ")");
            }

            @Override
            public void notice(String message) {
                info(message);
            }
        };
    }

    /** The one line per migration a reader wants from Flyway itself. */
    private static boolean isProgress(String message) {
        return message.startsWith("Migrating schema") || message.startsWith("Successfully applied");
    }

    private static void print(boolean pgsafety, String message) {
        Console console = sink;
        if (console != null) {
            console.say(pgsafety ? message : "flyway: " + message);
        }
    }
}
