package dev.pgsafety.it.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

import dev.pgsafety.flyway.SafetyCallback;
import dev.pgsafety.it.Catalog;
import dev.pgsafety.testkit.junit.PgDatabase;
import dev.pgsafety.testkit.junit.PostgresTest;

/**
 * The Spring Boot wiring of the README: a {@code Callback} bean, Flyway run by Boot's own auto-configuration at
 * startup, the data source and {@code spring.flyway.*} from application properties, {@code flyway.safety.*} bound
 * from the same properties into {@code new SafetyCallback(Map)}.
 */
class SpringBootWiringTest {

    @TempDir
    Path migrations;

    /** The application: nothing but auto-configuration and the pgsafety bean, as the README shows it. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {

        @Bean
        Callback pgsafety(Environment environment) {
            Map<String, String> settings = new HashMap<>();
            Binder.get(environment).bind("flyway.safety", Bindable.mapOf(String.class, String.class))
                    .ifBound(bound -> bound.forEach((key, value) -> settings.put("flyway.safety." + key, value)));
            return new SafetyCallback(settings);
        }
    }

    private Map<String, Object> properties(PgDatabase db) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("spring.main.banner-mode", "off");
        p.put("spring.datasource.url", db.jdbcUrl());
        p.put("spring.datasource.username", db.user());
        p.put("spring.datasource.password", db.password());
        // No connection pool on this classpath: Boot's generic data source of the given type.
        p.put("spring.datasource.type", "org.springframework.jdbc.datasource.SimpleDriverDataSource");
        p.put("spring.flyway.locations", "filesystem:" + migrations);
        p.put("spring.flyway.postgresql.transactional-lock", "false");
        // This test classpath has Boot's Liquibase auto-configuration too (SpringBootLiquibaseWiringTest).
        p.put("spring.liquibase.enabled", "false");
        // Every table counts as large, so the empty orders table does not make the index rule a warning.
        p.put("flyway.safety.smallTableRows", "0");
        return p;
    }

    private static void start(Map<String, Object> properties) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(App.class)
                .web(WebApplicationType.NONE)
                .properties(properties)
                .run()) {
            Flyway flyway = context.getBean(Flyway.class);
            assertThat(flyway.getConfiguration().getCallbacks()).hasAtLeastOneElementOfType(SafetyCallback.class);
            assertThat(Flyway.class.getProtectionDomain().getCodeSource().getLocation().toString())
                    .as("the project's Flyway, not the one Boot manages")
                    .contains("flyway-core-" + System.getProperty("pgsafety.it.flyway.version"));
        }
    }

    private void script(String name, String sql) throws Exception {
        Files.writeString(migrations.resolve(name), sql);
    }

    @PostgresTest(newestOnly = true)
    void anUnsafePendingMigrationStopsStartupAndASafeOneRuns(PgDatabase db) throws Exception {
        Map<String, Object> properties = properties(db);
        script("V1__orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, total int);");
        start(properties);

        script("V2__index.sql", "CREATE INDEX orders_total_idx ON orders (total);");
        assertThatThrownBy(() -> start(properties))
                .rootCause()
                .isInstanceOf(FlywayException.class)
                .hasMessageContaining("pgsafety stopped the migration before anything ran")
                .hasMessageContaining("V2__index.sql:1:1: error [create-index-not-concurrent]");
        try (Connection c = db.connect()) {
            Catalog catalog = new Catalog(c);
            assertThat(catalog.validIndexes("orders")).containsExactly("orders_pkey");
            assertThat(catalog.strings("SELECT version FROM flyway_schema_history WHERE type = ? ORDER BY installed_rank", "SQL")).containsExactly("1");
        }

        // The safe form: a concurrent build, which needs spring.flyway.postgresql.transactional-lock=false.
        script("V2__index.sql", "CREATE INDEX CONCURRENTLY orders_total_idx ON orders (total);");
        start(properties);
        try (Connection c = db.connect()) {
            assertThat(new Catalog(c).validIndexes("orders")).containsExactly("orders_pkey", "orders_total_idx");
        }
    }

    @PostgresTest(newestOnly = true)
    void safetySettingsFromApplicationPropertiesTakeEffect(PgDatabase db) throws Exception {
        Map<String, Object> properties = properties(db);
        script("V1__orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, total int);");
        start(properties);

        script("V2__index.sql", "CREATE INDEX orders_total_idx ON orders (total);");
        properties.put("flyway.safety.rules.create-index-not-concurrent", "warning");
        start(properties);
        try (Connection c = db.connect()) {
            assertThat(new Catalog(c).validIndexes("orders")).containsExactly("orders_pkey", "orders_total_idx");
        }

        // Boot's transactional-lock property reaches Flyway's PostgreSQL plugin: left on, pgsafety stops the
        // concurrent build that would wait forever on it.
        script("V3__index.sql", "CREATE INDEX CONCURRENTLY orders_id_total_idx ON orders (id, total);");
        properties.put("spring.flyway.postgresql.transactional-lock", "true");
        assertThatThrownBy(() -> start(properties))
                .rootCause()
                .hasMessageContaining("postgresql.transactional.lock is true")
                .hasMessageContaining("spring.flyway.postgresql.transactional-lock=false");
    }
}
