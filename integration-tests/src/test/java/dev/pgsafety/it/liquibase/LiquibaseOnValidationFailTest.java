package dev.pgsafety.it.liquibase;

import static dev.pgsafety.it.liquibase.LiquibaseRun.createEmptyOrders;
import static dev.pgsafety.it.liquibase.LiquibaseRun.everyTableLarge;
import static dev.pgsafety.it.liquibase.LiquibaseRun.ranChangeSets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;

import org.junit.jupiter.api.io.TempDir;

import dev.pgsafety.it.Catalog;
import dev.pgsafety.testkit.junit.PgDatabase;
import dev.pgsafety.testkit.junit.PostgresTest;

/**
 * pgsafety's findings under Liquibase's {@code onValidationFail}: HALT (the default) stops the update before any SQL
 * runs; MARK_RAN records the changeSet as ran without running it, as Liquibase does for its own validation
 * failures, and the rest of the changelog runs. Changesets that ran are never judged again. And the SQL comment
 * form of a suppression works in a formatted SQL changelog.
 */
class LiquibaseOnValidationFailTest {

    @TempDir
    Path dir;

    private static final String SAFE = """
            <changeSet id="safe" author="app">
                <addColumn tableName="orders"><column name="a" type="int"/></addColumn>
            </changeSet>""";

    @PostgresTest
    void haltIsTheDefaultAndStopsTheUpdateBeforeAnySqlRuns(PgDatabase db) throws Exception {
        createEmptyOrders(db);
        for (String attribute : new String[] {"", " onValidationFail=\"HALT\""}) {
            assertThatThrownBy(everyTableLarge(db, dir).changeSet(SAFE).changeSet("""
                    <changeSet id="unsafe" author="app"%s>
                        <createIndex tableName="orders" indexName="orders_total_idx"><column name="total"/></createIndex>
                    </changeSet>""".formatted(attribute))::update)
                    .as("onValidationFail%s", attribute)
                    .hasMessageContaining("changelog.xml::unsafe::app")
                    .hasMessageContaining("[create-index-not-concurrent]");
            assertThat(ranChangeSets(db)).isEmpty();
            try (Connection c = db.connect()) {
                assertThat(new Catalog(c).columns("orders")).containsExactly("id bigint not null", "total integer", "note text");
            }
        }
    }

    @PostgresTest
    void markRanRecordsTheUnsafeChangeSetWithoutRunningItAndTheRestRuns(PgDatabase db) throws Exception {
        createEmptyOrders(db);
        LiquibaseRun run = everyTableLarge(db, dir).changeSet("""
                <changeSet id="unsafe" author="app" onValidationFail="MARK_RAN">
                    <createIndex tableName="orders" indexName="orders_total_idx"><column name="total"/></createIndex>
                </changeSet>""").changeSet(SAFE);
        run.update();
        assertThat(ranChangeSets(db)).isEqualTo("unsafe:MARK_RAN,safe:EXECUTED");
        try (Connection c = db.connect()) {
            assertThat(new Catalog(c).validIndexes("orders")).as("the unsafe index was never built").containsExactly("orders_pkey");
            assertThat(new Catalog(c).columns("orders")).contains("a integer");
        }

        // Marked as ran, it is not judged (or run) again on the next update.
        run.changeSet("""
                <changeSet id="later" author="app">
                    <addColumn tableName="orders"><column name="b" type="int"/></addColumn>
                </changeSet>""").update();
        assertThat(ranChangeSets(db)).isEqualTo("unsafe:MARK_RAN,safe:EXECUTED,later:EXECUTED");
    }

    /** A changeSet that ran while its rule was a warning is not judged again once the rule is an error. */
    @PostgresTest
    void changeSetsThatRanAreNeverJudgedAgain(PgDatabase db) throws Exception {
        createEmptyOrders(db);
        String index = """
                <changeSet id="index" author="app">
                    <createIndex tableName="orders" indexName="orders_total_idx"><column name="total"/></createIndex>
                </changeSet>""";
        everyTableLarge(db, dir).set("liquibase.safety.rules", "create-index-not-concurrent=warning").changeSet(index).update();

        LiquibaseRun strict = everyTableLarge(db, dir).changeSet(index).changeSet(SAFE);
        strict.update();
        assertThat(ranChangeSets(db)).isEqualTo("index:EXECUTED,safe:EXECUTED");

        // validate judges the pending changeSets only, too.
        strict.changeSet("""
                <changeSet id="unsafe" author="app">
                    <renameColumn tableName="orders" oldColumnName="total" newColumnName="amount"/>
                </changeSet>""");
        assertThatThrownBy(strict::validate)
                .hasMessageContaining("changelog.xml::unsafe::app")
                .hasMessageContaining("[rename-column]")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("changelog.xml::index::app"));
    }

    @PostgresTest
    void theSqlCommentFormSuppressesInAFormattedSqlChangelog(PgDatabase db) throws Exception {
        createEmptyOrders(db);
        String changelog = """
                --liquibase formatted sql

                --changeset app:1
                -- pgsafety:allow create-index-not-concurrent reason: orders has 200 rows in every environment
                CREATE INDEX orders_total_idx ON orders (total);

                --changeset app:2
                CREATE INDEX orders_note_idx ON orders (note);
                """;
        assertThatThrownBy(everyTableLarge(db, dir).changelog("changelog.sql", changelog)::update)
                .hasMessageContaining("changelog.sql::2::app")
                .hasMessageContaining("[create-index-not-concurrent]")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("changelog.sql::1::app"));
        assertThat(ranChangeSets(db)).isEmpty();

        everyTableLarge(db, dir).changelog("changelog.sql", changelog.replace("--changeset app:2\n",
                "--changeset app:2\n-- pgsafety:allow create-index-not-concurrent reason: a tiny table too\n")).update();
        assertThat(ranChangeSets(db)).isEqualTo("1:EXECUTED,2:EXECUTED");
        try (Connection c = db.connect()) {
            assertThat(new Catalog(c).validIndexes("orders")).containsExactly("orders_note_idx", "orders_pkey", "orders_total_idx");
        }
    }
}
