package dev.pgsafety.core.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import dev.pgsafety.testkit.junit.PgDatabase;
import dev.pgsafety.testkit.junit.PostgresTest;

/**
 * The combined round trips (read-then-set, savepoint-then-set) in every pgJDBC query mode: PgBouncer setups often
 * use {@code preferQueryMode=simple}, where pgJDBC sends the statements as one text instead of bound messages.
 */
class SessionTimeoutsTest {

    private static final List<String> QUERY_MODES = List.of("extended", "simple", "extendedForPrepared",
            "extendedCacheEverything");

    @PostgresTest
    void captureAndSetReturnsTheValuesFromBeforeItsOwnChange(PgDatabase db) throws Exception {
        for (String mode : QUERY_MODES) {
            try (Connection c = connect(db, mode); var st = c.createStatement()) {
                st.execute("SET lock_timeout = '7s'; SET statement_timeout = '9s'");
                SessionTimeouts saved = SessionTimeouts.captureAndSet(c, Duration.ofMillis(1500), Duration.ofSeconds(30));
                assertThat(SessionTimeouts.show(c, "lock_timeout")).as(mode).isEqualTo("1500ms");
                assertThat(SessionTimeouts.show(c, "statement_timeout")).as(mode).isEqualTo("30s");
                saved.restore(c);
                assertThat(SessionTimeouts.show(c, "lock_timeout")).as(mode).isEqualTo("7s");
                assertThat(SessionTimeouts.show(c, "statement_timeout")).as(mode).isEqualTo("9s");
            }
        }
    }

    @PostgresTest
    void theSavepointComesBeforeTheLocalTimeoutsSoRollingBackToItUndoesThem(PgDatabase db) throws Exception {
        for (String mode : QUERY_MODES) {
            try (Connection c = connect(db, mode); var st = c.createStatement()) {
                c.setAutoCommit(false);
                SessionTimeouts.set(c, Duration.ofSeconds(2), Duration.ofSeconds(20), true);
                SessionTimeouts.savepointAndSetLocal(c, "pgsafety_test", Duration.ofMillis(250), Duration.ofSeconds(5));
                assertThat(SessionTimeouts.show(c, "lock_timeout")).as(mode).isEqualTo("250ms");
                st.execute("ROLLBACK TO SAVEPOINT pgsafety_test");
                assertThat(SessionTimeouts.show(c, "lock_timeout")).as(mode).isEqualTo("2s");
                assertThat(SessionTimeouts.show(c, "statement_timeout")).as(mode).isEqualTo("20s");
                c.rollback();
            }
        }
    }

    private static Connection connect(PgDatabase db, String queryMode) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", db.user());
        if (db.password() != null) {
            properties.setProperty("password", db.password());
        }
        properties.setProperty("preferQueryMode", queryMode);
        return DriverManager.getConnection(db.jdbcUrl(), properties);
    }
}
