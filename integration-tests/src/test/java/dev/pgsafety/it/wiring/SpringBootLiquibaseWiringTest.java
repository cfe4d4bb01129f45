package dev.pgsafety.it.wiring;

import static dev.pgsafety.testkit.Sessions.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import dev.pgsafety.it.Catalog;
import dev.pgsafety.liquibase.change.PgSafetyXml;
import dev.pgsafety.testkit.junit.PgDatabase;
import dev.pgsafety.testkit.junit.PostgresTest;

/**
 * The Spring Boot wiring of the README for Liquibase: {@code liquibase-safety-ext} on the classpath and nothing else,
 * Liquibase run by Boot's own auto-configuration at startup, the data source and {@code spring.liquibase.*} from
 * application properties. pgsafety's {@code liquibase.safety.*} settings reach it as JVM system properties (Liquibase
 * reads those and environment variables itself); Boot hands neither application properties nor
 * {@code spring.liquibase.parameters.*} (changelog parameters) to Liquibase's configuration, which this checks too.
 */
class SpringBootLiquibaseWiringTest {

    @TempDir
    Path dir;

    /** The application: nothing but auto-configuration. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
    }

    private static final String ORDERS = """
            <changeSet id="1" author="app">
                <createTable tableName="orders">
                    <column name="id" type="bigint"><constraints primaryKey="true"/></column>
                    <column name="total" type="int"/>
                </createTable>
            </changeSet>""";

    private static final String UNSAFE_INDEX = """
            <changeSet id="2" author="app">
                <createIndex tableName="orders" indexName="orders_total_idx"><column name="total"/></createIndex>
            </changeSet>""";

    private Map<String, Object> properties(PgDatabase db) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("spring.main.banner-mode", "off");
        p.put("spring.datasource.url", db.jdbcUrl());
        p.put("spring.datasource.username", db.user());
        p.put("spring.datasource.password", db.password());
        // No connection pool on this classpath: Boot's generic data source of the given type.
        p.put("spring.datasource.type", "org.springframework.jdbc.datasource.SimpleDriverDataSource");
        p.put("spring.liquibase.change-log", "file:" + dir.resolve("changelog.xml").toAbsolutePath());
        p.put("spring.liquibase.analytics-enabled", "false");
        // This test classpath has Boot's Flyway auto-configuration too (SpringBootWiringTest).
        p.put("spring.flyway.enabled", "false");
        return p;
    }

    private void changelog(String changeSets) throws Exception {
        Files.writeString(dir.resolve("changelog.xml"), PgSafetyXml.changelog(changeSets));
    }

    /**
     * Starts and closes the application with these JVM system properties set, as {@code java -D...} would; they are
     * removed afterwards, since every test of this JVM shares them.
     */
    private static void start(Map<String, Object> properties, Map<String, String> systemProperties) {
        Map<String, String> before = new HashMap<>();
        systemProperties.forEach((key, value) -> before.put(key, System.setProperty(key, value)));
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(App.class)
                .web(WebApplicationType.NONE)
                .properties(properties)
                .run()) {
            assertThat(context.getBean(SpringLiquibase.class)).as("Boot's Liquibase auto-configuration ran").isNotNull();
            assertThat(SpringLiquibase.class.getProtectionDomain().getCodeSource().getLocation().toString())
                    .as("the Liquibase of this Surefire execution, not the one Boot manages")
                    .contains("liquibase-core-" + System.getProperty("liquibase.expected.version",
                            System.getProperty("pgsafety.it.liquibase.version")));
        } finally {
            before.forEach((key, value) -> {
                if (value == null) {
                    System.clearProperty(key);
                } else {
                    System.setProperty(key, value);
                }
            });
        }
    }

    /** Every table counts as large, so the empty orders table does not make the index rule a warning. */
    private static final Map<String, String> LARGE_TABLES = Map.of("liquibase.safety.smallTableRows", "0");

    @PostgresTest(newestOnly = true)
    void anUnsafeChangeSetStopsStartupAndTheSafeChangeTypeRuns(PgDatabase db) throws Exception {
        Map<String, Object> properties = properties(db);
        changelog(ORDERS);
        start(properties, LARGE_TABLES);

        changelog(ORDERS + UNSAFE_INDEX);
        assertThatThrownBy(() -> start(properties, LARGE_TABLES))
                .rootCause()
                .hasMessageContaining("pgsafety: unsafe statement in changeset")
                .hasMessageContaining("changelog.xml::2::app")
                .hasMessageContaining("error [create-index-not-concurrent]");
        try (Connection c = db.connect()) {
            assertThat(new Catalog(c).validIndexes("orders")).containsExactly("orders_pkey");
        }
        assertThat(query(db, "SELECT string_agg(id, ',' ORDER BY orderexecuted) FROM databasechangelog")).isEqualTo("1");

        // The safe change type, in its own non-transactional changeSet.
        changelog(ORDERS + """
                <changeSet id="2" author="app" runInTransaction="false">
                    <pg:createIndexConcurrently tableName="orders" indexName="orders_total_idx"><column name="total"/></pg:createIndexConcurrently>
                </changeSet>""");
        start(properties, LARGE_TABLES);
        try (Connection c = db.connect()) {
            assertThat(new Catalog(c).validIndexes("orders")).containsExactly("orders_pkey", "orders_total_idx");
        }
        assertThat(query(db, "SELECT string_agg(id, ',' ORDER BY orderexecuted) FROM databasechangelog")).isEqualTo("1,2");
    }

    @PostgresTest(newestOnly = true)
    void settingsReachPgsafetyAsSystemPropertiesButNotFromApplicationProperties(PgDatabase db) throws Exception {
        Map<String, Object> properties = properties(db);
        changelog(ORDERS);
        start(properties, LARGE_TABLES);
        changelog(ORDERS + UNSAFE_INDEX);

        // Boot binds only spring.liquibase.*: the same key in application properties, or as a changelog parameter,
        // never reaches Liquibase's configuration, so the rule stays an error.
        properties.put("liquibase.safety.rules", "create-index-not-concurrent=warning");
        properties.put("spring.liquibase.parameters.liquibase.safety.rules", "create-index-not-concurrent=warning");
        assertThatThrownBy(() -> start(properties, LARGE_TABLES))
                .rootCause()
                .hasMessageContaining("error [create-index-not-concurrent]");
        assertThat(query(db, "SELECT string_agg(id, ',' ORDER BY orderexecuted) FROM databasechangelog")).isEqualTo("1");

        // As a system property it does: the plain index is only a warning and runs.
        Map<String, String> relaxed = new HashMap<>(LARGE_TABLES);
        relaxed.put("liquibase.safety.rules", "create-index-not-concurrent=warning");
        start(properties, relaxed);
        try (Connection c = db.connect()) {
            assertThat(new Catalog(c).validIndexes("orders")).containsExactly("orders_pkey", "orders_total_idx");
        }
        assertThat(query(db, "SELECT string_agg(id, ',' ORDER BY orderexecuted) FROM databasechangelog")).isEqualTo("1,2");
    }
}
