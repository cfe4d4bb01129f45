package dev.pgsafety.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;

import org.junit.jupiter.api.Test;

import dev.pgsafety.testkit.junit.PgDatabase;
import dev.pgsafety.testkit.junit.PostgresTest;

class PostgresExtensionTest {

    @PostgresTest
    void handsOutAFreshDatabaseOnTheAnnouncedMajor(PgDatabase db) throws Exception {
        try (Connection c = db.connect(); var st = c.createStatement()) {
            assertThat(PgServer.readMajor(c)).isEqualTo(db.major());
            try (ResultSet rs = st.executeQuery("SELECT current_database(), count(*) FROM pg_class c "
                    + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo(db.name());
                assertThat(rs.getInt(2)).as("a new database has no relations").isZero();
            }
            st.execute("CREATE TABLE t (id bigint PRIMARY KEY)");
        }
    }

    @PostgresTest(min = 14)
    void honoursTheLowestMajor(PgDatabase db) {
        assertThat(db.major()).isGreaterThanOrEqualTo(14);
    }

    @Test
    void majorsPropertyIsValidated() {
        assertThat(PgMajors.parse("18, 15,15")).containsExactly(15, 18);
        assertThatThrownBy(() -> PgMajors.parse("15,9")).hasMessageContaining("not supported");
        assertThatThrownBy(() -> PgMajors.parse("x")).hasMessageContaining("not a PostgreSQL major");
    }

    @Test
    void jdbcUrlsKeepHostAndParameters() {
        assertThat(JdbcUrls.withDatabase("jdbc:postgresql://h:5/app?sslmode=disable", "t1"))
                .isEqualTo("jdbc:postgresql://h:5/t1?sslmode=disable");
        assertThat(JdbcUrls.withDatabase("jdbc:postgresql://h:5", "t1")).isEqualTo("jdbc:postgresql://h:5/t1");
        assertThat(JdbcUrls.database("jdbc:postgresql://h:5/app?x=1")).isEqualTo("app");
        assertThat(JdbcUrls.database("jdbc:postgresql://h:5/")).isEqualTo("postgres");
    }

    @Test
    void missingServerExplainsTheThreeWaysOut() {
        assertThat(new NoPostgresServerException(13).getMessage())
                .contains("PGSAFETY_TEST_PG_URL_13", "Docker", "mvn verify", "-Dpg.majors");
    }
}
