package dev.pgsafety.cli.demo;

import java.sql.SQLException;

import dev.pgsafety.testkit.PgServer;

/**
 * Drops the demo's database and stops the server it started, exactly once: at the end, after a failure, or on
 * Ctrl-C (a shutdown hook), so a server of the user's (--url) keeps no pgsafety_demo_ database.
 */
final class DemoCleanup implements AutoCloseable {

    private final Thread hook = new Thread(this::cleanUp, "pgsafety-demo-cleanup");
    private PgServer server;
    private String database;
    private boolean done;
    private String summary = "";

    DemoCleanup() {
        Runtime.getRuntime().addShutdownHook(hook);
    }

    synchronized void server(PgServer s) {
        server = s;
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
        cleanUp();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook is running or has run
        }
    }

    private synchronized void cleanUp() {
        if (done) {
            return;
        }
        done = true;
        StringBuilder b = new StringBuilder();
        if (server != null && database != null) {
            try {
                server.dropDatabase(database);
                b.append("dropped database ").append(database);
            } catch (SQLException e) {
                b.append("could not drop database ").append(database).append(" (").append(e.getMessage())
                        .append("); drop it by hand");
            }
        }
        if (server != null) {
            boolean embedded = server.origin().startsWith("embedded");
            server.close();
            if (embedded) {
                b.append(b.length() == 0 ? "" : ", ").append("stopped the embedded server");
            }
        }
        summary = b.toString();
    }
}
