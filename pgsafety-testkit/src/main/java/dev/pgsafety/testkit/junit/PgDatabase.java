package dev.pgsafety.testkit.junit;

import java.sql.Connection;
import java.sql.SQLException;

import dev.pgsafety.testkit.PgServer;

/** A fresh database created for one test invocation on a server of {@link #major()}. */
public record PgDatabase(PgServer server, String name) {

    public int major() {
        return server.major();
    }

    public String jdbcUrl() {
        return server.jdbcUrl(name);
    }

    public String user() {
        return server.user();
    }

    public String password() {
        return server.password();
    }

    /** A new connection to this database; the caller closes it. */
    public Connection connect() throws SQLException {
        return server.connect(name);
    }
}
