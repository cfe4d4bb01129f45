package dev.pgsafety.it.wiring;

import static dev.pgsafety.testkit.Sessions.query;
import static org.assertj.core.api.Assertions.assertThat;

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
import dev.pgsafety.liquibase.change.PgSafetyXml;
import dev.pgsafety.testkit.junit.PgDatabase;
import dev.pgsafety.testkit.junit.PostgresTest;

/**
 * The Liquibase command line wiring of the README: {@code liquibase-safety-ext-<version>-all.jar} copied into the
 * {@code lib/} folder of a Liquibase installation, {@code liquibase update} run in a project folder, pgsafety's
 * settings from {@code liquibase.properties} and {@code LIQUIBASE_SAFETY_*} environment variables.
 *
 * <p>Liquibase's archive is not on Maven Central, but everything in it that an update of a PostgreSQL changelog uses
 * is: the build lays it out as the archive does ({@code internal/lib/liquibase-core.jar}, Liquibase's libraries and
 * the PostgreSQL driver in {@code internal/lib/}, {@code lib/} for the user's jars), and the test starts it as the
 * {@code liquibase} script does: {@code java -jar internal/lib/liquibase-core.jar} with {@code LIQUIBASE_HOME} set,
 * whose launcher puts {@code lib/*} on the class path.
 */
class CommandLineLiquibaseWiringTest {

    @TempDir
    Path project;

    private static Path installation() throws Exception {
        Path cli = Path.of(Subprocess.buildProperty("pgsafety.it.liquibase.cli.dir"));
        String allJar = "liquibase-safety-ext-" + Subprocess.buildProperty("pgsafety.it.version") + "-all.jar";
        Files.createDirectories(cli.resolve("lib"));
        Files.copy(Path.of(Subprocess.buildProperty("pgsafety.it.jars.dir")).resolve(allJar), cli.resolve("lib").resolve(allJar),
                StandardCopyOption.REPLACE_EXISTING);
        return cli;
    }

    private void changelog(String changeSets) throws Exception {
        Files.writeString(project.resolve("changelog.xml"), PgSafetyXml.changelog(changeSets));
    }

    /** {@code liquibase update} in the project folder, as a user types it, with its liquibase.properties. */
    private Subprocess.Result update(PgDatabase db, Map<String, String> environment, String... globalOptions) throws Exception {
        Path cli = installation();
        Path home = Files.createDirectories(project.resolve("home"));
        String javaHome = Subprocess.javaHome();
        List<String> command = new ArrayList<>(List.of(
                Path.of(javaHome, "bin", "java").toString(),
                "-Duser.home=" + home,
                "-jar", cli.resolve("internal/lib/liquibase-core.jar").toString(),
                "--show-banner=false"));
        command.addAll(List.of(globalOptions));
        command.addAll(List.of(
                "update",
                "--url=" + db.jdbcUrl(), "--username=" + db.user(),
                "--changelog-file=changelog.xml"));
        if (db.password() != null) {
            command.add("--password=" + db.password());
        }
        // LIQUIBASE_* of this environment would reach Liquibase too: leave them out.
        Subprocess process = new Subprocess(command).in(project).env("JAVA_HOME", javaHome).withoutEnv("LIQUIBASE_")
                .env("LIQUIBASE_HOME", cli.toString()).env("LIQUIBASE_ANALYTICS_ENABLED", "false")
                .timeout(Duration.ofMinutes(2));
        environment.forEach(process::env);
        return process.run();
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

    @PostgresTest(newestOnly = true)
    void unsafeChangeSetFailsAndPropertiesFileAndEnvironmentSettingsTakeEffect(PgDatabase db) throws Exception {
        // Every table counts as large, so the empty orders table does not make the index rule a warning.
        Files.writeString(project.resolve("liquibase.properties"), "liquibase.safety.smallTableRows=0\n");
        changelog(ORDERS);
        Subprocess.Result first = update(db, Map.of());
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.output()).as(first.toString())
                .contains("Liquibase Version: " + Subprocess.buildProperty("pgsafety.it.liquibase.version"));

        // liquibase.safety.smallTableRows=0 from liquibase.properties makes the empty table count as large: an error.
        changelog(ORDERS + UNSAFE_INDEX);
        Subprocess.Result unsafe = update(db, Map.of());
        assertThat(unsafe.exitCode()).as(unsafe.toString()).isNotZero();
        assertThat(unsafe.output()).as(unsafe.toString())
                .contains("pgsafety: unsafe statement in changeset changelog.xml::2::app")
                .contains("error [create-index-not-concurrent]");
        try (Connection c = db.connect()) {
            assertThat(new Catalog(c).validIndexes("orders")).containsExactly("orders_pkey");
        }
        assertThat(query(db, "SELECT string_agg(id, ',' ORDER BY orderexecuted) FROM databasechangelog")).isEqualTo("1");

        // The rule set to warning in the environment lets it run; the warning is a Liquibase log message, which the
        // command line shows from --log-level=warning on.
        Subprocess.Result relaxed = update(db, Map.of("LIQUIBASE_SAFETY_RULES", "create-index-not-concurrent=warning"),
                "--log-level=warning");
        assertThat(relaxed.exitCode()).as(relaxed.toString()).isZero();
        assertThat(relaxed.output()).as(relaxed.toString()).contains("warning [create-index-not-concurrent]");

        // The safe change type runs from the -all jar in lib/.
        changelog(ORDERS + UNSAFE_INDEX + """
                <changeSet id="3" author="app" runInTransaction="false">
                    <pg:createIndexConcurrently tableName="orders" indexName="orders_id_total_idx">
                        <column name="id"/><column name="total"/>
                    </pg:createIndexConcurrently>
                </changeSet>""");
        Subprocess.Result safe = update(db, Map.of());
        assertThat(safe.exitCode()).as(safe.toString()).isZero();
        try (Connection c = db.connect()) {
            assertThat(new Catalog(c).validIndexes("orders")).containsExactly("orders_id_total_idx", "orders_pkey", "orders_total_idx");
        }
        assertThat(query(db, "SELECT string_agg(id, ',' ORDER BY orderexecuted) FROM databasechangelog")).isEqualTo("1,2,3");
    }
}
