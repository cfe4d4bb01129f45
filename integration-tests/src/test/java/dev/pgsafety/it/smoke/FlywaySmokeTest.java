package dev.pgsafety.it.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import dev.pgsafety.it.Catalog;
import dev.pgsafety.testkit.junit.PgDatabase;
import dev.pgsafety.testkit.junit.PostgresTest;

/** Plain Flyway (no pgsafety) on every supported major: the ground the callback stands on. */
class FlywaySmokeTest {

    @PostgresTest
    void migratesTwoSqlMigrations(PgDatabase db) throws Exception {
        MigrateResult result = Flyway.configure()
                .dataSource(db.jdbcUrl(), db.user(), db.password())
                .locations("classpath:smoke/flyway")
                .load()
                .migrate();

        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isEqualTo(2);
        try (Connection c = db.connect()) {
            Catalog catalog = new Catalog(c);
            assertThat(catalog.columns("orders"))
                    .containsExactly("id bigint not null", "customer_id bigint not null", "total_cents bigint not null");
            assertThat(catalog.validIndexes("orders")).containsExactly("orders_customer_id_idx", "orders_pkey");
            assertThat(catalog.constraints("orders"))
                    .containsExactly("orders_customer_id_fkey f true", "orders_pkey p true");
        }
    }
}
