package dev.pgsafety.flyway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.io.TempDir;

import dev.pgsafety.testkit.Sessions;
import dev.pgsafety.testkit.junit.PgDatabase;
import dev.pgsafety.testkit.junit.PostgresTest;

/**
 * The pre-flight's own pending list must be Flyway's: each case builds a schema history with real Flyway runs,
 * then compares {@link SqlMigrationFiles} + {@link SchemaHistoryPending} with {@code info().pending()}. Cases it
 * does not model must say so (empty), never guess.
 */
class SchemaHistoryPendingTest {

    @TempDir
    Path dir;

    @PostgresTest(newestOnly = true)
    void aFreshHistoryWithVersionsInEveryFlywaySpelling(PgDatabase db) throws Exception {
        UnaryOperator<FluentConfiguration> config = c -> c.schemas("fresh");
        flyway(db, config).migrate(); // creates the empty history table, as migrate has by the first migration
        write("V2__b.sql", "V1__a.sql", "V1_1__a_and_a_bit.sql", "V1.2__dotted.sql", "V010__leading_zero.sql",
                "V7.sql", "V3__two__separators.sql", "sub/V4__in_a_folder.sql", "sub/deeper/V5__deeper.sql",
                "V6__upper_suffix.SQL", "beforeMigrate.sql", "afterEachMigrate__log.sql", "notes.txt", "seed.sql.bak");
        assertSameAsFlyway(db, config);
    }

    @PostgresTest(newestOnly = true)
    void appliedMigrationsAreNotPendingAndNewerOnesAre(PgDatabase db) throws Exception {
        UnaryOperator<FluentConfiguration> config = c -> c.schemas("applied");
        write("V1__a.sql", "V2__b.sql");
        flyway(db, config).migrate();
        write("V3__c.sql", "V2_5__between.sql", "sub/V10__d.sql");
        writeText("V3__c.sql.conf", "executeInTransaction=false\n");
        assertSameAsFlyway(db, config);
    }

    @PostgresTest(newestOnly = true)
    void aVersionBelowTheLatestAppliedIsPendingOnlyOutOfOrder(PgDatabase db) throws Exception {
        write("V1__a.sql", "V3__c.sql");
        flyway(db, c -> c.schemas("order_in")).migrate();
        write("V2__late.sql", "V4__d.sql");
        assertSameAsFlyway(db, c -> c.schemas("order_in"));
        assertSameAsFlyway(db, c -> c.schemas("order_in").outOfOrder(true));
    }

    @PostgresTest(newestOnly = true)
    void scriptsAtOrBelowTheBaselineAreNotPending(PgDatabase db) throws Exception {
        try (Connection c = db.connect()) {
            Sessions.exec(c, "CREATE SCHEMA legacy; CREATE TABLE legacy.existing (id int)");
        }
        UnaryOperator<FluentConfiguration> config = c -> c.schemas("legacy").baselineVersion("5");
        flyway(db, config).baseline();
        write("V1__old.sql", "V5__at_baseline.sql", "V5_1__just_after.sql", "V6__new.sql");
        assertSameAsFlyway(db, config);
        assertSameAsFlyway(db, c -> config.apply(c).outOfOrder(true));
    }

    @PostgresTest(newestOnly = true)
    void aTargetVersionStopsTheList(PgDatabase db) throws Exception {
        write("V1__a.sql");
        flyway(db, c -> c.schemas("targeted")).migrate();
        write("V2__b.sql", "V3__c.sql", "V3_1__d.sql", "V4__e.sql");
        assertSameAsFlyway(db, c -> c.schemas("targeted").target("3"));
    }

    @PostgresTest(newestOnly = true)
    void customNamingAndAHistoryTableOfAnotherNameInAnotherSchema(PgDatabase db) throws Exception {
        UnaryOperator<FluentConfiguration> config = c -> c.schemas("Custom Schema").table("Migration History")
                .sqlMigrationPrefix("M").sqlMigrationSeparator("-").sqlMigrationSuffixes(".psql", ".sql");
        write("M1-first.psql");
        flyway(db, config).migrate();
        write("M2-second.sql", "M2_1-third.psql", "V3__not_this_naming.sql");
        assertSameAsFlyway(db, config);
    }

    @PostgresTest(newestOnly = true)
    void classPathLocationsInADirectoryAndInAJar(PgDatabase db) throws Exception {
        Path classes = Files.createDirectories(dir.resolve("classes/db/cp"));
        Files.writeString(classes.resolve("V1__dir.sql"), "SELECT 1;");
        Path jar = dir.resolve("migrations.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String name : List.of("db/", "db/cp/", "db/cp/V2__jar.sql", "db/cp/sub/", "db/cp/sub/V3__jar_folder.sql",
                    "db/other/", "db/other/V9__elsewhere.sql")) {
                out.putNextEntry(new JarEntry(name));
                if (!name.endsWith("/")) {
                    out.write("SELECT 1;".getBytes());
                }
                out.closeEntry();
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("classes").toUri().toURL(), jar.toUri().toURL()},
                getClass().getClassLoader())) {
            UnaryOperator<FluentConfiguration> config = c -> c.schemas("cp").locations("classpath:db/cp");
            // Only the schema and its history table, from a location with nothing in it.
            Path empty = Files.createDirectories(dir.resolve("empty"));
            flyway(db, c -> c.schemas("cp").locations("filesystem:" + empty)).migrate();
            assertSameAsFlyway(db, loader, config);
            assertThat(listed(db, loader, config)).containsExactly("V1__dir.sql", "V2__jar.sql", "sub/V3__jar_folder.sql");
        }
    }

    @PostgresTest(newestOnly = true)
    void whatOnlyFlywayCanListIsLeftToFlyway(PgDatabase db) throws Exception {
        write("V1__a.sql");
        for (String[] files : List.of(
                new String[] {"R__view.sql"}, new String[] {"B2__baseline.sql"}, new String[] {"V__no_version.sql"},
                new String[] {"Vx__bad_version.sql"}, new String[] {"V1_0__same_version.sql"},
                new String[] {"V2__a.sql", "V2__a.sql.conf"})) {
            Path project = Files.createTempDirectory(dir, "project");
            for (String f : files) {
                Files.writeString(project.resolve(f), f.endsWith(".conf") ? "encoding=ISO-8859-1\n" : "SELECT 1;");
            }
            Files.writeString(project.resolve("V1__a.sql"), "SELECT 1;");
            Configuration configuration = Flyway.configure().locations("filesystem:" + project).load().getConfiguration();
            assertThat(SqlMigrationFiles.scan(configuration)).as(Arrays.toString(files)).isEmpty();
        }
        Map<String, FluentConfiguration> settings = Map.of(
                "target current", Flyway.configure().target("current"),
                "target next", Flyway.configure().target("next"),
                "a wildcard location", Flyway.configure().locations("filesystem:" + dir + "/*"),
                "no default resolvers", Flyway.configure().skipDefaultResolvers(true),
                "a Java migration", Flyway.configure().javaMigrations(new V9__Java()));
        settings.forEach((what, c) -> assertThat(SqlMigrationFiles.scan(c.locations(
                what.contains("wildcard") ? "filesystem:" + dir + "/*" : "filesystem:" + dir).load().getConfiguration()))
                .as(what).isEmpty());
        Path classes = Files.createDirectories(dir.resolve("java/db/java"));
        Files.write(classes.resolve("V3__Java.class"), new byte[] {(byte) 0xCA, (byte) 0xFE});
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("java").toUri().toURL()}, null)) {
            assertThat(SqlMigrationFiles.scan(Flyway.configure(loader).locations("classpath:db/java").load().getConfiguration()))
                    .as("a class file that may be a Java migration").isEmpty();
        }
    }

    @PostgresTest(newestOnly = true)
    void aHistoryWithRowsItDoesNotModelIsLeftToFlyway(PgDatabase db) throws Exception {
        write("V1__a.sql", "V2__b.sql");
        UnaryOperator<FluentConfiguration> config = c -> c.schemas("odd");
        flyway(db, config).migrate();
        write("V3__c.sql");
        Configuration configuration = flyway(db, config).getConfiguration();
        List<SqlMigrationFiles.VersionedScript> scripts = SqlMigrationFiles.scan(configuration).orElseThrow();
        for (String row : List.of("('9', 'failed', 'SQL', 'V9__failed.sql', false)", "('2', 'deleted', 'DELETE', 'V2__b.sql', true)",
                "('8', 'undone', 'UNDO_SQL', 'U8__undo.sql', true)")) {
            try (Connection c = db.connect()) {
                Sessions.exec(c, "INSERT INTO odd.flyway_schema_history (installed_rank, version, description, type, script,"
                        + " installed_by, execution_time, success) SELECT max(installed_rank) + 1, v, d, t, s, 'test', 0, ok"
                        + " FROM odd.flyway_schema_history, (VALUES " + row + ") AS r(v, d, t, s, ok) GROUP BY v, d, t, s, ok");
                assertThat(SchemaHistoryPending.pending(scripts, configuration, c)).as(row).isEmpty();
                Sessions.exec(c, "DELETE FROM odd.flyway_schema_history WHERE installed_by = 'test'");
            }
        }
    }

    /** Only its presence matters. */
    static final class V9__Java extends org.flywaydb.core.api.migration.BaseJavaMigration {
        @Override
        public void migrate(org.flywaydb.core.api.migration.Context context) {
        }
    }

    private void write(String... names) throws IOException {
        for (String name : names) {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            if (!Files.exists(file)) {
                Files.writeString(file, "SELECT 1;");
            }
        }
    }

    private void writeText(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }

    private Flyway flyway(PgDatabase db, UnaryOperator<FluentConfiguration> config) {
        return flyway(db, getClass().getClassLoader(), config);
    }

    private Flyway flyway(PgDatabase db, ClassLoader loader, UnaryOperator<FluentConfiguration> config) {
        return config.apply(Flyway.configure(loader).dataSource(db.jdbcUrl(), db.user(), db.password())
                .locations("filesystem:" + dir)).load();
    }

    private void assertSameAsFlyway(PgDatabase db, UnaryOperator<FluentConfiguration> config) throws Exception {
        assertSameAsFlyway(db, getClass().getClassLoader(), config);
    }

    private void assertSameAsFlyway(PgDatabase db, ClassLoader loader, UnaryOperator<FluentConfiguration> config) throws Exception {
        List<String> flywaySays = Arrays.stream(flyway(db, loader, config).info().pending()).map(MigrationInfo::getScript).toList();
        assertThat(flywaySays).as("the case has pending migrations").isNotEmpty();
        assertThat(listed(db, loader, config)).isEqualTo(flywaySays);
    }

    /** The pre-flight's list, read as at the first migration: on a connection whose search path is the schema's. */
    private List<String> listed(PgDatabase db, ClassLoader loader, UnaryOperator<FluentConfiguration> config) throws Exception {
        Configuration configuration = flyway(db, loader, config).getConfiguration();
        Optional<List<SqlMigrationFiles.VersionedScript>> scripts = SqlMigrationFiles.scan(configuration);
        assertThat(scripts).as("listed without Flyway").isPresent();
        try (Connection c = db.connect()) {
            Optional<List<SqlMigrationFiles.VersionedScript>> pending = SchemaHistoryPending.pending(scripts.get(), configuration, c);
            assertThat(pending).as("a history it models").isPresent();
            return pending.get().stream().map(SqlMigrationFiles.VersionedScript::script).toList();
        }
    }
}
