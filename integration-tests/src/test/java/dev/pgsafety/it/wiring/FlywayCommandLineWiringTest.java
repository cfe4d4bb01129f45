package dev.pgsafety.it.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;

import dev.pgsafety.it.Catalog;
import dev.pgsafety.testkit.junit.PgDatabase;
import dev.pgsafety.testkit.junit.PostgresTest;

/**
 * The Flyway command line wiring of the README: {@code flyway-safety-callback-<version>-all.jar} copied into the
 * {@code drivers/} folder of a Flyway command line, {@code flyway migrate -callbacks=dev.pgsafety.flyway.SafetyCallback}
 * run in a project folder with a {@code flyway.toml}, settings from TOML and from {@code FLYWAY_SAFETY_*}.
 *
 * <p>Flyway's own archives are not on Maven Central for any recent version, and from 13.x on its command line needs
 * jars that are not published there (flyway-core-utilities, flyway-command-mcp); so the build lays out the newest
 * command line whose jars all are ({@code flyway-cli.version}, 12.5.0) as the archive does: Flyway's jars in
 * {@code lib/}, the JDBC driver in {@code drivers/}. It is started as Flyway's launcher script starts it: the
 * {@code java} of {@code JAVA_HOME}, {@code lib/*} and {@code drivers/*} on the class path, {@code org.flywaydb.commandline.Main}.
 */
class FlywayCommandLineWiringTest {

    @TempDir
    Path project;

    private static Path installation() throws Exception {
        Path cli = Path.of(Subprocess.buildProperty("pgsafety.it.flyway.cli.dir"));
        String version = Subprocess.buildProperty("pgsafety.it.version");
        String allJar = "flyway-safety-callback-" + version + "-all.jar";
        Files.copy(Path.of(Subprocess.buildProperty("pgsafety.it.jars.dir")).resolve(allJar),
                cli.resolve("drivers").resolve(allJar), StandardCopyOption.REPLACE_EXISTING);
        return cli;
    }

    private void toml(String text) throws Exception {
        Files.writeString(project.resolve("flyway.toml"), text);
    }

    private void script(String name, String sql) throws Exception {
        Files.createDirectories(project.resolve("migrations"));
        Files.writeString(project.resolve("migrations").resolve(name), sql);
    }

    /** {@code flyway migrate} in the project folder, as a user types it. */
    private Subprocess.Result migrate(PgDatabase db, Map<String, String> environment) throws Exception {
        Path cli = installation();
        Path home = Files.createDirectories(project.resolve("home"));
        String javaHome = Subprocess.javaHome();
        List<String> command = new ArrayList<>(List.of(
                Path.of(javaHome, "bin", "java").toString(),
                // A flyway.toml in the real home folder must not leak in.
                "-Duser.home=" + home,
                "-cp", cli.resolve("lib") + File.separator + "*" + File.pathSeparator + cli.resolve("drivers") + File.separator + "*",
                "org.flywaydb.commandline.Main",
                "migrate",
                "-skipCheckForUpdate",
                "-url=" + db.jdbcUrl(), "-user=" + db.user(),
                "-locations=filesystem:migrations",
                "-callbacks=dev.pgsafety.flyway.SafetyCallback"));
        if (db.password() != null) {
            command.add("-password=" + db.password());
        }
        Subprocess process = new Subprocess(command).in(project).env("JAVA_HOME", javaHome).withoutEnv("FLYWAY_")
                .timeout(Duration.ofMinutes(2));
        environment.forEach(process::env);
        return process.run();
    }

    private static final String TOML = """
            [flyway.postgresql]
            transactional.lock = false

            [flyway.safety]
            # Every table counts as large, so the empty orders table does not make the index rule a warning.
            smallTableRows = 0
            """;

    @PostgresTest(newestOnly = true)
    void unsafeMigrationFailsAndTomlAndEnvironmentSettingsTakeEffect(PgDatabase db) throws Exception {
        toml(TOML);
        script("V1__orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, total int);");
        Subprocess.Result first = migrate(db, Map.of());
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.output()).as(first.toString())
                .contains("Flyway OSS Edition " + Subprocess.buildProperty("pgsafety.it.flyway.cli.version"))
                .contains("pgsafety run report:");

        // [flyway.safety] smallTableRows = 0 from flyway.toml makes the empty table count as large: an error.
        script("V2__index.sql", "CREATE INDEX orders_total_idx ON orders (total);");
        Subprocess.Result unsafe = migrate(db, Map.of());
        assertThat(unsafe.exitCode()).as(unsafe.toString()).isNotZero();
        assertThat(unsafe.output()).as(unsafe.toString())
                .contains("pgsafety stopped the migration before anything ran")
                .contains("V2__index.sql:1:1: error [create-index-not-concurrent]");
        try (Connection c = db.connect()) {
            Catalog catalog = new Catalog(c);
            assertThat(catalog.validIndexes("orders")).containsExactly("orders_pkey");
            assertThat(catalog.strings("SELECT version FROM flyway_schema_history WHERE type = ? ORDER BY installed_rank", "SQL"))
                    .containsExactly("1");
        }

        // The rule set to warning in the environment lets it run.
        Subprocess.Result fromEnvironment = migrate(db, Map.of("FLYWAY_SAFETY_RULE_CREATE_INDEX_NOT_CONCURRENT", "warning"));
        assertThat(fromEnvironment.exitCode()).as(fromEnvironment.toString()).isZero();
        assertThat(fromEnvironment.output()).as(fromEnvironment.toString()).contains("warning [create-index-not-concurrent]");
        try (Connection c = db.connect()) {
            assertThat(new Catalog(c).validIndexes("orders")).containsExactly("orders_pkey", "orders_total_idx");
        }

        // ... and so does the rule set to warning in flyway.toml.
        script("V3__index.sql", "CREATE INDEX orders_id_total_idx ON orders (id, total);");
        toml(TOML + """

                [flyway.safety.rules]
                create-index-not-concurrent = "warning"
                """);
        Subprocess.Result fromToml = migrate(db, Map.of());
        assertThat(fromToml.exitCode()).as(fromToml.toString()).isZero();
        assertThat(fromToml.output()).as(fromToml.toString()).contains("warning [create-index-not-concurrent]");
        try (Connection c = db.connect()) {
            assertThat(new Catalog(c).validIndexes("orders")).contains("orders_id_total_idx");
        }
    }

    @PostgresTest(newestOnly = true)
    void aConcurrentBuildRunsOnceTheTomlTurnsFlywaysTransactionalLockOff(PgDatabase db) throws Exception {
        toml("");
        script("V1__orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, total int);");
        script("V2__index.sql", "CREATE INDEX CONCURRENTLY orders_total_idx ON orders (total);");
        Subprocess.Result locked = migrate(db, Map.of());
        assertThat(locked.exitCode()).as(locked.toString()).isNotZero();
        assertThat(locked.output()).as(locked.toString())
                .contains("postgresql.transactional.lock is true")
                .contains("flyway.toml:        [flyway.postgresql] transactional.lock = false");

        toml("""
                [flyway.postgresql]
                transactional.lock = false
                """);
        Subprocess.Result concurrent = migrate(db, Map.of());
        assertThat(concurrent.exitCode()).as(concurrent.toString()).isZero();
        try (Connection c = db.connect()) {
            assertThat(new Catalog(c).validIndexes("orders")).containsExactly("orders_pkey", "orders_total_idx");
        }
    }
}
