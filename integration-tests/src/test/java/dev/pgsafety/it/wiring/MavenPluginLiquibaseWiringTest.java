package dev.pgsafety.it.wiring;

import static dev.pgsafety.testkit.Sessions.query;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
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
 * The project is a {@link MavenProject}.
 */
class MavenPluginLiquibaseWiringTest {

    @TempDir
    Path project;

    private void writePom(String systemProperties) throws Exception {
        new MavenProject(project).writePom("""
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
                %s
                %s
                %s
                  </dependencies>
                </plugin>""".formatted(Subprocess.buildProperty("pgsafety.it.liquibase.version"),
                systemProperties,
                MavenProject.pgsafetyJar("liquibase-safety-ext"),
                MavenProject.pgsafetyJar("pgsafety-core"),
                MavenProject.dependency("org.postgresql", "postgresql", "pgsafety.it.postgresql.jdbc.version")));
    }

    private void changelog(String changeSets) throws Exception {
        Files.writeString(project.resolve("changelog.xml"), PgSafetyXml.changelog(changeSets));
    }

    private Subprocess.Result update(PgDatabase db) throws Exception {
        List<String> properties = new ArrayList<>(List.of("liquibase.url=" + db.jdbcUrl(),
                "liquibase.username=" + db.user(), "liquibase.analytics.enabled=false"));
        if (db.password() != null) {
            properties.add("liquibase.password=" + db.password());
        }
        return new MavenProject(project).run("liquibase:update", properties, "LIQUIBASE_");
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
