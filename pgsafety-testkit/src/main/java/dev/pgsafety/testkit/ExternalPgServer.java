package dev.pgsafety.testkit;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * A server somebody else runs, named by a JDBC URL in the environment. Its own database (from the URL)
 * is used for administration; tests get databases created next to it.
 */
final class ExternalPgServer implements PgServer {

    private final String adminUrl;
    private final String user;
    private final String password;
    private final String origin;
    private final int major;

    ExternalPgServer(String adminUrl, String user, String password, String origin) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
        Properties props = new Properties();
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        try (var c = DriverManager.getConnection(adminUrl, props)) {
            this.major = PgServer.readMajor(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to the PostgreSQL server named by " + origin
                    + " (" + adminUrl + "): " + e.getMessage(), e);
        }
        this.origin = origin;
    }

    @Override
    public int major() {
        return major;
    }

    @Override
    public String origin() {
        return origin;
    }

    @Override
    public String jdbcUrl(String database) {
        return JdbcUrls.withDatabase(adminUrl, database);
    }

    @Override
    public String adminDatabase() {
        return JdbcUrls.database(adminUrl);
    }

    @Override
    public String user() {
        return user;
    }

    @Override
    public String password() {
        return password;
    }

    @Override
    public void close() {
        // Not ours to stop.
    }
}
