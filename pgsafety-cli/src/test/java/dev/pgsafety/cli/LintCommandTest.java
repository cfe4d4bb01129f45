package dev.pgsafety.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class LintCommandTest {

    @TempDir
    Path dir;

    static CliRun lint(String... args) {
        return CliRun.of("lint", args);
    }

    private Path write(String name, String sql) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, sql);
        return p;
    }

    @Test
    void cleanFolderExitsZero() throws Exception {
        write("V1__t.sql", "CREATE TABLE t (id bigint PRIMARY KEY);\nCREATE INDEX t_idx ON t (id);\n");
        CliRun r = lint(dir.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("0 error(s), 0 warning(s) in 1 file(s), 2 statement(s)");
    }

    @Test
    void errorFindingExitsOneAndShowsTheSafeSqlAndSuppression() throws Exception {
        Path f = write("V2__idx.sql", "CREATE INDEX orders_total_idx ON orders (total);\n");
        CliRun r = lint(f.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains(f + ":1:1: error [create-index-not-concurrent]",
                "SHARE lock on orders",
                "CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_total_idx ON orders (total);",
                "-- pgsafety:allow create-index-not-concurrent reason:");
    }

    @Test
    void earlierFilesAreNeverNewAndFlywayVersionOrderIsNumeric() throws Exception {
        // V1_10 runs after V1_9: the table exists by then and is not new in the later file.
        write("V1_9__create.sql", "CREATE TABLE t (id bigint PRIMARY KEY);\n");
        write("V1_10__index.sql", "CREATE INDEX t_idx ON t (id);\n");
        CliRun r = lint("--format", "json", dir.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("V1_10__index.sql");
    }

    @Test
    void jsonHasOneFindingsArrayWithTheDocumentedFields() throws Exception {
        Path f = write("a.sql", "-- comment\nCREATE INDEX i ON orders (a);\n");
        CliRun r = lint("--format=json", f.toString());
        JsonNode json = new ObjectMapper().readTree(r.out());
        JsonNode finding = json.get("findings").get(0);
        assertThat(finding.get("rule").asText()).isEqualTo("create-index-not-concurrent");
        assertThat(finding.get("severity").asText()).isEqualTo("error");
        assertThat(finding.get("file").asText()).isEqualTo(f.toString());
        assertThat(finding.get("line").asInt()).isEqualTo(2);
        assertThat(finding.get("column").asInt()).isEqualTo(1);
        assertThat(finding.get("message").asText()).contains("SHARE");
        assertThat(finding.get("fix").asText()).contains("CONCURRENTLY");
        assertThat(json.get("summary").get("errors").asInt()).isEqualTo(1);
    }

    @Test
    void sarifIsVersion210WithRulesAndLocations() throws Exception {
        Path f = write("a.sql", "CREATE INDEX i ON orders (a);\n");
        CliRun r = lint("--format", "sarif", f.toString());
        JsonNode sarif = new ObjectMapper().readTree(r.out());
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        JsonNode run = sarif.get("runs").get(0);
        assertThat(run.get("tool").get("driver").get("rules").size()).isGreaterThan(30);
        JsonNode result = run.get("results").get(0);
        assertThat(result.get("ruleId").asText()).isEqualTo("create-index-not-concurrent");
        assertThat(result.get("level").asText()).isEqualTo("error");
        JsonNode loc = result.get("locations").get(0).get("physicalLocation");
        assertThat(loc.get("artifactLocation").get("uri").asText()).isEqualTo(f.toString());
        assertThat(loc.get("region").get("startLine").asInt()).isEqualTo(1);
        int index = result.get("ruleIndex").asInt();
        assertThat(run.get("tool").get("driver").get("rules").get(index).get("id").asText())
                .isEqualTo("create-index-not-concurrent");
    }

    @Test
    void configFileChangesSeverities() throws Exception {
        Path f = write("a.sql", "CREATE INDEX i ON orders (a);\n");
        Path conf = write("pgsafety.properties", "pgsafety.rules.create-index-not-concurrent=warning\n");
        CliRun r = lint("--config", conf.toString(), f.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("warning [create-index-not-concurrent]");
    }

    @Test
    void badConfigurationNamesTheKey() throws Exception {
        Path f = write("a.sql", "SELECT 1;\n");
        Path conf = write("bad.properties", "pgsafety.rules.create-index-not-concurrent=loud\n");
        CliRun r = lint("--config", conf.toString(), f.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("pgsafety.rules.create-index-not-concurrent=loud", "use error, warning or off");
        conf = write("bad2.properties", "pgsafety.rules.no-such-rule=off\n");
        r = lint("--config", conf.toString(), f.toString());
        assertThat(r.err()).contains("no rule 'no-such-rule'");
    }

    @Test
    void sqlConfWithExecuteInTransactionFalseMakesTheScriptNonTransactional() throws Exception {
        write("V1__t.sql", "CREATE TABLE t (id bigint);\n");
        Path f = write("V2__idx.sql", "CREATE INDEX CONCURRENTLY i ON t (id);\nUPDATE t SET id = 1 WHERE id = 2;\n");
        CliRun transactional = lint("--format", "json", dir.toString());
        assertThat(transactional.out()).contains("\"rule\": \"concurrently-in-transaction\"");
        Files.writeString(f.resolveSibling("V2__idx.sql.conf"), "executeInTransaction=false\n");
        CliRun nonTransactional = lint("--format", "json", dir.toString());
        assertThat(nonTransactional.out()).doesNotContain("concurrently-in-transaction");
    }

    @Test
    void stdinIsLinted() {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int exit;
        try {
            exit = new dev.pgsafety.cli.lint.LintCommandAccess(new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8),
                    new java.io.ByteArrayInputStream("CREATE INDEX i ON t (a)".getBytes(StandardCharsets.UTF_8)))
                    .run(new String[] {"-"});
        } catch (UsageException e) {
            throw new AssertionError(e);
        }
        assertThat(exit).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("<stdin>:1:1: error [create-index-not-concurrent]");
    }

    @Test
    void badInputGetsOneClearLineAndExitTwo() throws Exception {
        assertThat(lint().exit()).isEqualTo(2);
        assertThat(lint().err()).contains("needs at least one PATH");
        CliRun missing = lint(dir.resolve("nope.sql").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.sql: no such file or folder");

        Path latin1 = dir.resolve("latin1.sql");
        Files.write(latin1, "SELECT 1;\nSELECT 'caf\u00e9';\n".getBytes(StandardCharsets.ISO_8859_1));
        CliRun bad = lint(latin1.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("latin1.sql:2: not valid UTF-8", "save the file as UTF-8");

        Path binary = dir.resolve("blob.sql");
        Files.write(binary, new byte[] {'S', 0, 1, 2});
        assertThat(lint(binary.toString()).err()).contains("looks like a binary file");

        Path empty = write("empty.sql", "  \n");
        CliRun e = lint(empty.toString());
        assertThat(e.exit()).isZero();
        assertThat(e.err()).contains("empty, nothing to check");

        Path big = write("big.sql", "SELECT 1;\n".repeat(200_000));
        CliRun tooBig = lint("--max-file-size", "1MB", big.toString());
        assertThat(tooBig.exit()).isEqualTo(2);
        assertThat(tooBig.err()).contains("larger than the 1 MB limit");
        assertThat(lint(big.toString()).exit()).isZero();

        assertThat(lint("--format", "xml", big.toString()).err()).contains("use text, json or sarif");
        assertThat(lint("--pg-version", "9", big.toString()).err()).contains("from 11 to 18");
        for (CliRun r : new CliRun[] {missing, bad, tooBig}) {
            assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    @Test
    void unreadableFileIsReported() throws Exception {
        Path f = write("secret.sql", "SELECT 1;");
        if (!f.toFile().setReadable(false) || Files.isReadable(f)) {
            // Running as root: permissions do not stop reads. A directory passed as a file is the same path.
            CliRun r = lint(dir.resolve("missing-dir/x.sql").toString());
            assertThat(r.exit()).isEqualTo(2);
            return;
        }
        CliRun r = lint(f.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("secret.sql: cannot read it");
    }

    @Test
    void helpAndVersion() {
        assertThat(lint("--help").out()).contains("Usage: pgsafety lint");
        var out = new ByteArrayOutputStream();
        assertThat(Main.run(new String[] {"--version"}, new PrintStream(out), System.err)).isZero();
        assertThat(out.toString()).startsWith("pgsafety ");
    }

    @Test
    void liquibaseChangelogsAreLintedOfflineInEveryFormat() throws Exception {
        write("xml/changelog.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                        xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">
                    <changeSet id="1" author="app">
                        <createIndex tableName="orders" indexName="orders_total_idx"><column name="total"/></createIndex>
                    </changeSet>
                </databaseChangeLog>
                """);
        write("yaml/changelog.yaml", """
                databaseChangeLog:
                  - changeSet:
                      id: 1
                      author: app
                      changes:
                        - renameColumn:
                            tableName: orders
                            oldColumnName: total
                            newColumnName: amount
                """);
        write("json/changelog.json", """
                {"databaseChangeLog": [{"changeSet": {"id": "1", "author": "app", "changes": [
                  {"addNotNullConstraint": {"tableName": "orders", "columnName": "total"}}]}}]}
                """);
        write("sql/changelog.sql", """
                --liquibase formatted sql
                --changeset app:1
                ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id);
                --changeset app:2 runInTransaction:false
                CREATE INDEX CONCURRENTLY orders_customer_idx ON orders (customer_id);
                """);
        CliRun r = lint("--format", "json", dir.resolve("xml/changelog.xml").toString(), dir.resolve("yaml/changelog.yaml").toString(),
                dir.resolve("json/changelog.json").toString(), dir.resolve("sql/changelog.sql").toString());
        assertThat(r.err()).isEmpty();
        JsonNode findings = new ObjectMapper().readTree(r.out()).get("findings");
        java.util.List<String> seen = new java.util.ArrayList<>();
        findings.forEach(f -> seen.add(f.get("file").asText().substring(dir.toString().length() + 1) + " " + f.get("rule").asText()));
        assertThat(seen).containsExactlyInAnyOrder(
                "xml/changelog.xml::1::app create-index-not-concurrent",
                "yaml/changelog.yaml::1::app rename-column",
                "json/changelog.json::1::app set-not-null",
                "sql/changelog.sql::1::app add-foreign-key-validating");
        assertThat(r.exit()).isEqualTo(1);
    }

    @Test
    void aBrokenChangelogIsAClearInputError() throws Exception {
        Path bad = write("broken.xml", "<databaseChangeLog><changeSet id=\"1\"");
        CliRun r = lint(bad.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("broken.xml: Liquibase cannot read this changelog").doesNotContain("\tat ");
    }
}
