package dev.pgsafety.it.liquibase;

import static dev.pgsafety.testkit.Sessions.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;

import org.junit.jupiter.api.io.TempDir;

import dev.pgsafety.it.Catalog;
import dev.pgsafety.testkit.Sessions;
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

    private static void orders(PgDatabase db) throws Exception {
        try (Connection c = db.connect()) {
            Sessions.exec(c, "CREATE TABLE orders (id bigint PRIMARY KEY, total int, note text)");
        }
    }

    /** Every table counts as large, so an index build on the empty orders table is an error. */
    private LiquibaseRun run(PgDatabase db) {
        return new LiquibaseRun(db, dir).set("liquibase.safety.smallTableRows", "0");
    }

    private static String ran(PgDatabase db) throws Exception {
        return query(db, "SELECT coalesce(string_agg(id || ':' || exectype, ',' ORDER BY orderexecuted), '')"
                + " FROM databasechangelog");
    }

    private static final String SAFE = """
            <changeSet id="safe" author="app">
                <addColumn tableName="orders"><column name="a" type="int"/></addColumn>
            </changeSet>""";

    @PostgresTest
    void haltIsTheDefaultAndStopsTheUpdateBeforeAnySqlRuns(PgDatabase db) throws Exception {
        orders(db);
        for (String attribute : new String[] {"", " onValidationFail=\"HALT\""}) {
            assertThatThrownBy(run(db).changeSet(SAFE).changeSet("""
                    <changeSet id="unsafe" author="app"%s>
                        <createIndex tableName="orders" indexName="orders_total_idx"><column name="total"/></createIndex>
                    </changeSet>""".formatted(attribute))::update)
                    .as("onValidationFail%s", attribute)
                    .hasMessageContaining("changelog.xml::unsafe::app")
                    .hasMessageContaining("[create-index-not-concurrent]");
            assertThat(ran(db)).isEmpty();
            try (Connection c = db.connect()) {
                assertThat(new Catalog(c).columns("orders")).containsExactly("id bigint not null", "total integer", "note text");
            }
        }
    }

    @PostgresTest
    void markRanRecordsTheUnsafeChangeSetWithoutRunningItAndTheRestRuns(PgDatabase db) throws Exception {
        orders(db);
        LiquibaseRun run = run(db).changeSet("""
                <changeSet id="unsafe" author="app" onValidationFail="MARK_RAN">
                    <createIndex tableName="orders" indexName="orders_total_idx"><column name="total"/></createIndex>
                </changeSet>""").changeSet(SAFE);
        run.update();
        assertThat(ran(db)).isEqualTo("unsafe:MARK_RAN,safe:EXECUTED");
        try (Connection c = db.connect()) {
            assertThat(new Catalog(c).validIndexes("orders")).as("the unsafe index was never built").containsExactly("orders_pkey");
            assertThat(new Catalog(c).columns("orders")).contains("a integer");
        }

        // Marked as ran, it is not judged (or run) again on the next update.
        run.changeSet("""
                <changeSet id="later" author="app">
                    <addColumn tableName="orders"><column name="b" type="int"/></addColumn>
                </changeSet>""").update();
        assertThat(ran(db)).isEqualTo("unsafe:MARK_RAN,safe:EXECUTED,later:EXECUTED");
    }

    /** A changeSet that ran while its rule was a warning is not judged again once the rule is an error. */
    @PostgresTest
    void changeSetsThatRanAreNeverJudgedAgain(PgDatabase db) throws Exception {
        orders(db);
        String index = """
                <changeSet id="index" author="app">
                    <createIndex tableName="orders" indexName="orders_total_idx"><column name="total"/></createIndex>
                </changeSet>""";
        run(db).set("liquibase.safety.rules", "create-index-not-concurrent=warning").changeSet(index).update();

        LiquibaseRun strict = run(db).changeSet(index).changeSet(SAFE);
        strict.update();
        assertThat(ran(db)).isEqualTo("index:EXECUTED,safe:EXECUTED");

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
        orders(db);
        String changelog = """
                --liquibase formatted sql

                --changeset app:1
                -- pgsafety:allow create-index-not-concurrent reason: orders has 200 rows in every environment
                CREATE INDEX orders_total_idx ON orders (total);

                --changeset app:2
                CREATE INDEX orders_note_idx ON orders (note);
                """;
        assertThatThrownBy(run(db).changelog("changelog.sql", changelog)::update)
                .hasMessageContaining("changelog.sql::2::app")
                .hasMessageContaining("[create-index-not-concurrent]")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("changelog.sql::1::app"));
        assertThat(ran(db)).isEmpty();

        run(db).changelog("changelog.sql", changelog.replace("--changeset app:2\n",
                "--changeset app:2\n-- pgsafety:allow create-index-not-concurrent reason: a tiny table too\n")).update();
        assertThat(ran(db)).isEqualTo("1:EXECUTED,2:EXECUTED");
        try (Connection c = db.connect()) {
            assertThat(new Catalog(c).validIndexes("orders")).containsExactly("orders_note_idx", "orders_pkey", "orders_total_idx");
        }
    }
}
