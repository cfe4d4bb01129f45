package dev.pgsafety.it.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;

import dev.pgsafety.it.Catalog;
import dev.pgsafety.testkit.junit.PgDatabase;
import dev.pgsafety.testkit.junit.PostgresTest;

/**
 * The flyway-maven-plugin wiring of the README: a Maven project ({@link MavenProject}) whose Flyway plugin has
 * pgsafety as a plugin dependency and names the callback, run as {@code mvn flyway:migrate}.
 */
class FlywayMavenPluginWiringTest {

    @TempDir
    Path project;

    private void writePom(String pluginConfiguration) throws Exception {
        new MavenProject(project).writePom("""
                <plugin>
                  <groupId>org.flywaydb</groupId>
                  <artifactId>flyway-maven-plugin</artifactId>
                  <version>%s</version>
                  <configuration>
                    <locations><location>filesystem:migrations</location></locations>
                    <callbacks><callback>dev.pgsafety.flyway.SafetyCallback</callback></callbacks>
                    <pluginConfiguration>
                %s
                    </pluginConfiguration>
                  </configuration>
                  <dependencies>
                %s
                %s
                %s
                %s
                    <!-- Not for pgsafety: the plugin's own jackson-dataformat-toml (3.1.7 for 13.8.1) does not
                         resolve from Maven Central as this build reaches it; the newest 3.1.x that does. -->
                %s
                  </dependencies>
                </plugin>""".formatted(Subprocess.buildProperty("pgsafety.it.flyway.maven.plugin.version"),
                pluginConfiguration,
                MavenProject.pgsafetyJar("flyway-safety-callback"),
                MavenProject.pgsafetyJar("pgsafety-core"),
                MavenProject.dependency("org.flywaydb", "flyway-database-postgresql",
                        "pgsafety.it.flyway.database.postgresql.version"),
                MavenProject.dependency("org.postgresql", "postgresql", "pgsafety.it.postgresql.jdbc.version"),
                MavenProject.dependency("tools.jackson.dataformat", "jackson-dataformat-toml",
                        "pgsafety.it.jackson.dataformat.toml.version")));
    }

    private void script(String name, String sql) throws Exception {
        Files.createDirectories(project.resolve("migrations"));
        Files.writeString(project.resolve("migrations").resolve(name), sql);
    }

    private Subprocess.Result migrate(PgDatabase db) throws Exception {
        List<String> properties = new ArrayList<>(List.of("flyway.url=" + db.jdbcUrl(), "flyway.user=" + db.user()));
        if (db.password() != null) {
            properties.add("flyway.password=" + db.password());
        }
        return new MavenProject(project).run("flyway:migrate", properties, "FLYWAY_");
    }

    /** What pgsafety's message tells Maven plugin users to write when the transactional lock is on. */
    private static final String TRANSACTIONAL_LOCK_OFF =
            "<postgresql.transactional.lock>false</postgresql.transactional.lock>";

    /** Every table counts as large here, so the empty orders table does not make the index rule a warning. */
    private static final String LARGE_TABLES = "<safety.smallTableRows>0</safety.smallTableRows>";

    @PostgresTest(newestOnly = true)
    void unsafeMigrationFailsTheBuildSafeOneRunsAndPluginConfigurationReachesPgsafety(PgDatabase db) throws Exception {
        writePom(LARGE_TABLES);
        script("V1__orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, total int);");
        Subprocess.Result first = migrate(db);
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.output()).as(first.toString())
                .contains("flyway-maven-plugin:" + Subprocess.buildProperty("pgsafety.it.flyway.maven.plugin.version") + ":migrate")
                .contains("Executing Java callback: beforeEachMigrate - pgsafety")
                .contains("pgsafety: 1 pending SQL migration(s) checked")
                .contains("pgsafety run report:");

        // safety.smallTableRows=0 from <pluginConfiguration> makes the empty table count as large: an error.
        script("V2__index.sql", "CREATE INDEX orders_total_idx ON orders (total);");
        Subprocess.Result unsafe = migrate(db);
        assertThat(unsafe.exitCode()).as(unsafe.toString()).isNotZero();
        assertThat(unsafe.output()).as(unsafe.toString())
                .contains("BUILD FAILURE")
                .contains("pgsafety stopped the migration before anything ran")
                .contains("V2__index.sql:1:1: error [create-index-not-concurrent]");
        try (Connection c = db.connect()) {
            Catalog catalog = new Catalog(c);
            assertThat(catalog.validIndexes("orders")).containsExactly("orders_pkey");
            assertThat(catalog.strings("SELECT version FROM flyway_schema_history WHERE type = ? ORDER BY installed_rank", "SQL"))
                    .containsExactly("1");
        }

        // A rule set to warning in <pluginConfiguration> lets it run.
        writePom(LARGE_TABLES + "\n<safety.rules.create-index-not-concurrent>warning</safety.rules.create-index-not-concurrent>");
        Subprocess.Result relaxed = migrate(db);
        assertThat(relaxed.exitCode()).as(relaxed.toString()).isZero();
        assertThat(relaxed.output()).as(relaxed.toString()).contains("warning [create-index-not-concurrent]");
        try (Connection c = db.connect()) {
            assertThat(new Catalog(c).validIndexes("orders")).containsExactly("orders_pkey", "orders_total_idx");
        }

        // The safe form, a concurrent build: with Flyway's transactional lock on, pgsafety stops it and says what
        // to write in <pluginConfiguration>; written there, the build runs.
        writePom(LARGE_TABLES);
        script("V3__index.sql", "CREATE INDEX CONCURRENTLY orders_id_total_idx ON orders (id, total);");
        Subprocess.Result locked = migrate(db);
        assertThat(locked.exitCode()).as(locked.toString()).isNotZero();
        assertThat(locked.output()).as(locked.toString())
                .contains("postgresql.transactional.lock is true")
                .contains("Maven plugin:       <pluginConfiguration>" + TRANSACTIONAL_LOCK_OFF + "</pluginConfiguration>");

        writePom(LARGE_TABLES + "\n" + TRANSACTIONAL_LOCK_OFF);
        Subprocess.Result concurrent = migrate(db);
        assertThat(concurrent.exitCode()).as(concurrent.toString()).isZero();
        try (Connection c = db.connect()) {
            assertThat(new Catalog(c).validIndexes("orders")).contains("orders_id_total_idx");
        }
    }
}
