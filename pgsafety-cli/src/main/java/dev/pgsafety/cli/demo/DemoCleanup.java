package dev.pgsafety.cli.demo;

import java.sql.SQLException;

import dev.pgsafety.testkit.PgServer;

/**
 * Drops the demo's database and stops the server it started, exactly once: at the end, after a failure, or on
 * Ctrl-C (a shutdown hook), so a server of the user's (--url) keeps no pgsafety_demo_ database.
 */
final class DemoCleanup implements AutoCloseable {

    private final Thread hook = new Thread(this::interrupted, "pgsafety-demo-cleanup");
    private final Console console;
    private PgServer server;
    private boolean embedded;
    private String database;
    private boolean done;
    private String summary = "";

    DemoCleanup(Console console) {
        this.console = console;
        Runtime.getRuntime().addShutdownHook(hook);
    }

    synchronized void server(PgServer s, boolean isEmbedded) {
        server = s;
        embedded = isEmbedded;
    }

    synchronized void database(String name) {
        database = name;
    }

    /** What was cleaned up, for the last line of output. */
    synchronized String summary() {
        return summary;
    }

    @Override
    public void close() {
        cleanUp(false);
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook is running or has run
        }
    }

    private void interrupted() {
        console.silenceAllBut("Interrupted: cleaning up.");
        cleanUp(true);
        console.stream().println("Cleaned up: " + summary() + ".");
    }

    private synchronized void cleanUp(boolean interrupted) {
        if (done) {
            return;
        }
        done = true;
        StringBuilder b = new StringBuilder();
        // On Ctrl-C the embedded server's own shutdown hook is stopping it already; its data directory, the
        // database included, is deleted with it.
        if (server != null && database != null && !(interrupted && embedded)) {
            try {
                server.dropDatabase(database);
                b.append("dropped database ").append(database);
            } catch (SQLException e) {
                b.append("could not drop database ").append(database).append(" (").append(e.getMessage())
                        .append("); drop it by hand");
            }
        }
        if (server != null) {
            String stopped = "stopped the embedded server";
            try {
                server.close();
            } catch (RuntimeException e) {
                stopped = "could not stop the embedded server (" + e.getMessage() + ")";
            }
            if (embedded) {
                b.append(b.length() == 0 ? "" : ", ").append(stopped);
            }
        }
        summary = b.length() == 0 ? "nothing was created yet" : b.toString();
    }
}
