package dev.pgsafety.it.wiring;

import static dev.pgsafety.testkit.Sessions.query;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;

import dev.pgsafety.it.Catalog;
import dev.pgsafety.liquibase.change.PgSafetyXml;
import dev.pgsafety.testkit.junit.PgDatabase;
import dev.pgsafety.testkit.junit.PostgresTest;

/**
 * The liquibase-maven-plugin wiring of the README: a Maven project whose Liquibase plugin has
 * {@code liquibase-safety-ext} as a plugin dependency (nothing else to name: Liquibase finds the extension itself),
 * run as {@code mvn liquibase:update} by the Maven that runs this build, pgsafety's settings given as the plugin's
 * {@code <systemProperties>}.
 *
 * <p>As in {@link FlywayMavenPluginWiringTest}, the pgsafety jars are {@code system}-scope plugin dependencies on the
 * jars this build made, since a clean {@code mvn verify} installs nothing; the plugin, Liquibase and the driver resolve
 * from the same local repository and Maven Central as this build.
 */
class MavenPluginLiquibaseWiringTest {

    @TempDir
    Path project;

    private void writePom(String systemProperties) throws Exception {
        String version = Subprocess.buildProperty("pgsafety.it.version");
        Path jars = Path.of(Subprocess.buildProperty("pgsafety.it.jars.dir"));
        Files.writeString(project.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>example</groupId>
                  <artifactId>orders-service</artifactId>
                  <version>1</version>
                  <packaging>pom</packaging>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>org.liquibase</groupId>
                        <artifactId>liquibase-maven-plugin</artifactId>
                        <version>%s</version>
                        <configuration>
                          <searchPath>${project.basedir}</searchPath>
                          <changeLogFile>changelog.xml</changeLogFile>
                          <systemProperties>
                %s
                          </systemProperties>
                        </configuration>
                        <dependencies>
                          <dependency>
                            <groupId>dev.pgsafety</groupId>
                            <artifactId>liquibase-safety-ext</artifactId>
                            <version>%s</version>
                            <scope>system</scope>
                            <systemPath>%s</systemPath>
                          </dependency>
                          <dependency>
                            <groupId>dev.pgsafety</groupId>
                            <artifactId>pgsafety-core</artifactId>
                            <version>%s</version>
                            <scope>system</scope>
                            <systemPath>%s</systemPath>
                          </dependency>
                          <dependency>
                            <groupId>org.postgresql</groupId>
                            <artifactId>postgresql</artifactId>
                            <version>%s</version>
                          </dependency>
                        </dependencies>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(
                Subprocess.buildProperty("pgsafety.it.liquibase.version"),
                systemProperties,
                version, jars.resolve("liquibase-safety-ext-" + version + ".jar").toAbsolutePath(),
                version, jars.resolve("pgsafety-core-" + version + ".jar").toAbsolutePath(),
                Subprocess.buildProperty("pgsafety.it.postgresql.jdbc.version")));
    }

    private void changelog(String changeSets) throws Exception {
        Files.writeString(project.resolve("changelog.xml"), PgSafetyXml.changelog(changeSets));
    }

    private Subprocess.Result update(PgDatabase db) throws Exception {
        List<String> command = new ArrayList<>(List.of(Subprocess.mvn(), "-B", "-ntp",
                "-Dmaven.repo.local=" + Subprocess.buildProperty("maven.repo.local"),
                "liquibase:update",
                "-Dliquibase.url=" + db.jdbcUrl(), "-Dliquibase.username=" + db.user(),
                "-Dliquibase.analytics.enabled=false"));
        if (db.password() != null) {
            command.add("-Dliquibase.password=" + db.password());
        }
        // LIQUIBASE_* of this environment would reach the plugin too (Liquibase reads them): leave them out.
        return new Subprocess(command).in(project).env("JAVA_HOME", Subprocess.javaHome()).withoutEnv("LIQUIBASE_")
                .timeout(Duration.ofMinutes(3)).run();
    }

    /** Every table counts as large, so the empty orders table does not make the index rule a warning. */
    private static final String LARGE_TABLES =
            "<property><name>liquibase.safety.smallTableRows</name><value>0</value></property>";

    private static final String ORDERS = """
            <changeSet id="1" author="app">
                <createTable tableName="orders">
                    <column name="id" type="bigint"><constraints primaryKey="true"/></column>
                    <column name="total" type="int"/>
                </createTable>
            </changeSet>""";

    @PostgresTest(newestOnly = true)
    void unsafeChangeSetFailsTheBuildSafeOneRunsAndPluginSystemPropertiesReachPgsafety(PgDatabase db) throws Exception {
        writePom(LARGE_TABLES);
        changelog(ORDERS);
        Subprocess.Result first = update(db);
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.output()).as(first.toString())
                .contains("liquibase-maven-plugin:" + Subprocess.buildProperty("pgsafety.it.liquibase.version") + ":update");

        // liquibase.safety.smallTableRows=0 from <systemProperties> makes the empty table count as large: an error.
        changelog(ORDERS + """
                <changeSet id="2" author="app">
                    <createIndex tableName="orders" indexName="orders_total_idx"><column name="total"/></createIndex>
                </changeSet>""");
        Subprocess.Result unsafe = update(db);
        assertThat(unsafe.exitCode()).as(unsafe.toString()).isNotZero();
        assertThat(unsafe.output()).as(unsafe.toString())
                .contains("BUILD FAILURE")
                .contains("pgsafety: unsafe statement in changeset changelog.xml::2::app")
                .contains("error [create-index-not-concurrent]");
        try (Connection c = db.connect()) {
            assertThat(new Catalog(c).validIndexes("orders")).containsExactly("orders_pkey");
        }
        assertThat(query(db, "SELECT string_agg(id, ',' ORDER BY orderexecuted) FROM databasechangelog")).isEqualTo("1");

        // The safe change type in its own non-transactional changeSet runs through the plugin.
        changelog(ORDERS + """
                <changeSet id="2" author="app" runInTransaction="false">
                    <pg:createIndexConcurrently tableName="orders" indexName="orders_total_idx"><column name="total"/></pg:createIndexConcurrently>
                </changeSet>""");
        Subprocess.Result safe = update(db);
        assertThat(safe.exitCode()).as(safe.toString()).isZero();
        assertThat(safe.output()).as(safe.toString()).contains("Index orders_total_idx built concurrently on orders");
        try (Connection c = db.connect()) {
            assertThat(new Catalog(c).validIndexes("orders")).containsExactly("orders_pkey", "orders_total_idx");
        }
        assertThat(query(db, "SELECT string_agg(id, ',' ORDER BY orderexecuted) FROM databasechangelog")).isEqualTo("1,2");
    }
}
