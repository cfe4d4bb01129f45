package dev.pgsafety.it.liquibase;

import static dev.pgsafety.it.liquibase.LiquibaseChangeTypesTest.CHANGES;
import static dev.pgsafety.it.liquibase.LiquibaseChangeTypesTest.orders;
import static dev.pgsafety.it.liquibase.LiquibaseChangeTypesTest.strict;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import liquibase.ChecksumVersion;
import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.DirectoryResourceAccessor;

import dev.pgsafety.liquibase.change.PgSafetyXml;
import dev.pgsafety.testkit.junit.PgDatabase;
import dev.pgsafety.testkit.junit.PostgresTest;

/**
 * The checksums Liquibase records for changesets of pgsafety's change types, in XML, YAML and JSON, against a
 * golden file ({@code src/test/resources/liquibase/checksums.txt}). The default Surefire execution checks it with
 * Liquibase 4.31.1 and the {@code liquibase-5} execution with 5.0.4, so both compute the same checksums: a changelog
 * applied with one and updated with the other never fails with "checksum changed". It also protects the change
 * types from refactorings that would change their checksums (a renamed or reordered property does).
 *
 * <p>After an intended change (a new change type or property), regenerate the file with
 * {@code -Dpgsafety.it.checksums.write=true}, review the diff and commit it.
 */
class LiquibaseChecksumsTest {

    private static final Path GOLDEN = Path.of("src/test/resources/liquibase/checksums.txt");

    @TempDir
    Path dir;

    /** The change types {@link LiquibaseChangeTypesTest#CHANGES} does not have. */
    static final String MORE_XML = """
            <changeSet id="validate" author="app">
                <pg:validateConstraint tableName="orders" constraintName="orders_note_short"/>
            </changeSet>
            <changeSet id="not-null" author="app" runInTransaction="false">
                <pg:addNotNullConstraintOnline tableName="orders" columnName="total" constraintName="orders_total_not_null"/>
            </changeSet>
            <changeSet id="backfill" author="app" runInTransaction="false">
                <pg:backfill tableName="orders" set="note = 'none'" where="note IS NULL" batchSize="500"
                        pause="10ms" maxRowsPerSecond="100000"/>
            </changeSet>""";

    static final String MORE_YAML = """
              - changeSet:
                  id: validate
                  author: app
                  changes:
                    - validateConstraint:
                        tableName: orders
                        constraintName: orders_note_short
              - changeSet:
                  id: not-null
                  author: app
                  runInTransaction: false
                  changes:
                    - addNotNullConstraintOnline:
                        tableName: orders
                        columnName: total
                        constraintName: orders_total_not_null
              - changeSet:
                  id: backfill
                  author: app
                  runInTransaction: false
                  changes:
                    - backfill:
                        tableName: orders
                        set: note = 'none'
                        where: note IS NULL
                        batchSize: 500
                        pause: 10ms
                        maxRowsPerSecond: 100000
            """;

    static final String MORE_JSON = """
              {"changeSet": {"id": "validate", "author": "app", "changes": [
                {"validateConstraint": {"tableName": "orders", "constraintName": "orders_note_short"}}]}},
              {"changeSet": {"id": "not-null", "author": "app", "runInTransaction": false, "changes": [
                {"addNotNullConstraintOnline": {"tableName": "orders", "columnName": "total",
                  "constraintName": "orders_total_not_null"}}]}},
              {"changeSet": {"id": "backfill", "author": "app", "runInTransaction": false, "changes": [
                {"backfill": {"tableName": "orders", "set": "note = 'none'", "where": "note IS NULL", "batchSize": 500,
                  "pause": "10ms", "maxRowsPerSecond": 100000}}]}}""";

    static final String XML = PgSafetyXml.changelog(CHANGES + "\n" + MORE_XML);
    static final String YAML = LiquibaseChangeTypesFormatsTest.YAML + MORE_YAML;
    static final String JSON = jsonWithMore();

    private static String jsonWithMore() {
        String json = LiquibaseChangeTypesFormatsTest.JSON;
        int end = json.lastIndexOf("\n]}");
        assertThat(end).as("the JSON changelog ends with ]}").isPositive();
        return json.substring(0, end) + ",\n" + MORE_JSON + json.substring(end);
    }

    /** Every change type appears in the changelogs checked (a new one must be added here and to the golden file). */
    @Test
    void theChangelogsUseEveryChangeType() {
        for (String type : List.of("createIndexConcurrently", "dropIndexConcurrently", "addForeignKeyConstraintOnline",
                "addCheckConstraintOnline", "validateConstraint", "addNotNullConstraintOnline", "addUniqueConstraintOnline",
                "backfill")) {
            assertThat(XML).contains("<pg:" + type + " ");
            assertThat(YAML).contains("- " + type + ":");
            assertThat(JSON).contains("{\"" + type + "\":");
        }
    }

    @Test
    void checksumsAreTheRecordedOnes() throws Exception {
        List<String> computed = new ArrayList<>();
        computed.addAll(checksums("changelog.xml", XML));
        computed.addAll(checksums("changelog.yaml", YAML));
        computed.addAll(checksums("changelog.json", JSON));
        if (Boolean.getBoolean("pgsafety.it.checksums.write")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.write(GOLDEN, computed, StandardCharsets.UTF_8);
            throw new AssertionError("wrote " + GOLDEN.toAbsolutePath() + " with Liquibase " + liquibaseVersion()
                    + ": review the diff and commit it, then run without -Dpgsafety.it.checksums.write");
        }
        assertThat(computed)
                .as("checksums Liquibase " + liquibaseVersion() + " computes for pgsafety's change types, against "
                        + GOLDEN + " (recorded with 4.31.1). A difference means changelogs applied with the other"
                        + " Liquibase version, or with an earlier pgsafety, fail validation with 'checksum changed'."
                        + " If a change type's properties changed on purpose, regenerate the file with"
                        + " -Dpgsafety.it.checksums.write=true and review the diff")
                .containsExactlyElementsOf(Files.readAllLines(GOLDEN, StandardCharsets.UTF_8));
    }

    /** What Liquibase records in DATABASECHANGELOG.md5sum is what the golden file says (the not-null change needs 12+). */
    @PostgresTest(min = 12)
    void theChecksumsRecordedByARealUpdateAreTheGoldenOnes(PgDatabase db) throws Exception {
        orders(db);
        strict(db, dir).changelog("changelog.xml", XML).update();
        List<String> golden = Files.readAllLines(GOLDEN, StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("changelog.xml ")).toList();
        assertThat(new CatalogState(db).strings(
                "SELECT 'changelog.xml ' || id || ' ' || md5sum FROM databasechangelog WHERE ? = ? ORDER BY orderexecuted", "x", "x"))
                .containsExactlyElementsOf(golden);
    }

    /** "file id checksum" for each changeset, as Liquibase computes it (its current checksum version). */
    private List<String> checksums(String file, String text) throws Exception {
        Files.writeString(dir.resolve(file), text);
        DirectoryResourceAccessor accessor = new DirectoryResourceAccessor(dir);
        DatabaseChangeLog changeLog = Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), accessor),
                () -> ChangeLogParserFactory.getInstance().getParser(file, accessor)
                        .parse(file, new ChangeLogParameters(), accessor));
        List<String> out = new ArrayList<>();
        for (ChangeSet changeSet : changeLog.getChangeSets()) {
            out.add(file + " " + changeSet.getId() + " " + changeSet.generateCheckSum(ChecksumVersion.latest()));
        }
        return out;
    }

    private static String liquibaseVersion() {
        return liquibase.util.LiquibaseUtil.getBuildVersion();
    }
}
