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
import dev.pgsafety.liquibase.change.PgSafetyXml;
import dev.pgsafety.testkit.Sessions;
import dev.pgsafety.testkit.junit.PgDatabase;
import dev.pgsafety.testkit.junit.PostgresTest;

/**
 * pgsafety's changeSet attributes in XML ({@code pg:allow}, {@code pg:lockTimeout}, with the prefix bound to pgsafety's
 * namespace), YAML and JSON ({@code pgsafety:allow}, {@code pgsafety:lockTimeout}): a suppression for the whole
 * changeSet, run-time overrides for its statements only, and clear errors for bad values before anything runs.
 */
class LiquibaseChangeSetAttributesTest {

    @TempDir
    Path dir;

    @PostgresTest
    void theSuppressionAttributesAllowTheChangeSetInXmlYamlAndJson(PgDatabase db) throws Exception {
        createEmptyOrders(db);
        LiquibaseRun xml = everyTableLarge(db, dir).changeSet("""
                <changeSet id="xml-index" author="app" pg:allow="create-index-not-concurrent"
                           pg:reason="orders has 200 rows in every environment">
                    <createIndex tableName="orders" indexName="orders_total_idx"><column name="total"/></createIndex>
                </changeSet>""");
        xml.update();

        everyTableLarge(db, dir).changelog("changelog.yaml", """
                databaseChangeLog:
                  - changeSet:
                      id: yaml-index
                      author: app
                      pgsafety:allow: create-index-not-concurrent
                      pgsafety:reason: orders has 200 rows in every environment
                      changes:
                        - createIndex:
                            tableName: orders
                            indexName: orders_note_idx
                            columns:
                              - column:
                                  name: note
                """).update();

        everyTableLarge(db, dir).changelog("changelog.json", """
                {"databaseChangeLog": [
                  {"changeSet": {"id": "json-index", "author": "app",
                    "pgsafety:allow": "create-index-not-concurrent, rename-column",
                    "pgsafety:reason": "orders has 200 rows in every environment; nothing reads total yet",
                    "changes": [
                      {"createIndex": {"tableName": "orders", "indexName": "orders_id_total_idx",
                        "columns": [{"column": {"name": "id"}}, {"column": {"name": "total"}}]}},
                      {"renameColumn": {"tableName": "orders", "oldColumnName": "total", "newColumnName": "amount"}}]}}
                ]}
                """).update();

        try (Connection c = db.connect()) {
            assertThat(new Catalog(c).validIndexes("orders"))
                    .containsExactly("orders_id_total_idx", "orders_note_idx", "orders_pkey", "orders_total_idx");
            assertThat(new Catalog(c).columns("orders")).contains("amount integer");
        }

        // Without the attributes the same kind of changeSet is refused, and the message shows both ways to allow it.
        assertThatThrownBy(xml.changeSet("""
                <changeSet id="xml-index-2" author="app">
                    <createIndex tableName="orders" indexName="orders_amount_idx"><column name="amount"/></createIndex>
                </changeSet>""")::update)
                .hasMessageContaining("changelog.xml::xml-index-2::app")
                .hasMessageContaining("[create-index-not-concurrent]")
                .hasMessageContaining("pgsafety:allow=\"create-index-not-concurrent\" pgsafety:reason=\"<why this is safe here>\"");
        assertThat(ranChangeSets(db)).isEqualTo("xml-index:EXECUTED,yaml-index:EXECUTED,json-index:EXECUTED");
    }

    @PostgresTest
    void anAllowWithoutAReasonIsAnErrorBeforeAnythingRuns(PgDatabase db) throws Exception {
        createEmptyOrders(db);
        assertThatThrownBy(everyTableLarge(db, dir).changeSet("""
                <changeSet id="1" author="app">
                    <addColumn tableName="orders"><column name="a" type="int"/></addColumn>
                </changeSet>
                <changeSet id="2" author="app" pg:allow="create-index-not-concurrent">
                    <createIndex tableName="orders" indexName="orders_total_idx"><column name="total"/></createIndex>
                </changeSet>""")::update)
                .hasMessageContaining("changeset changelog.xml::2::app has pgsafety:allow=\"create-index-not-concurrent\""
                        + " but no pgsafety:reason, so it suppresses nothing: add pgsafety:reason=\"<why this is safe here>\"");
        assertThatThrownBy(everyTableLarge(db, dir).changelog("changelog.yaml", """
                databaseChangeLog:
                  - changeSet:
                      id: 1
                      author: app
                      pgsafety:reason: small table
                      changes:
                        - addColumn:
                            tableName: orders
                            columns:
                              - column:
                                  name: a
                                  type: int
                """)::update)
                .hasMessageContaining("changeset changelog.yaml::1::app has pgsafety:reason but no pgsafety:allow");
        assertThat(ranChangeSets(db)).isEmpty();
        try (Connection c = db.connect()) {
            assertThat(new Catalog(c).columns("orders")).containsExactly("id bigint not null", "total integer", "note text");
        }
    }

    /**
     * A changeSet's lock timeout waits out a blocker the global one gives up on: with one attempt of 100 ms, the
     * changeSet without the attribute fails behind a session holding a lock for a second; with the attribute it
     * waits and runs. In XML, YAML and JSON.
     */
    @PostgresTest
    void aLockTimeoutAttributeOutlastsABlockerTheGlobalTimeoutGivesUpOn(PgDatabase db) throws Exception {
        createEmptyOrders(db);
        LiquibaseRun global = everyTableLarge(db, dir).set("liquibase.safety.lockTimeout", "100ms").set("liquibase.safety.retries", "1");
        try (var holder = new Sessions.LockHolder(db, "SELECT count(*) FROM orders", 1000)) {
            assertThatThrownBy(global.changeSet("""
                    <changeSet id="plain" author="app">
                        <addColumn tableName="orders"><column name="plain" type="int"/></addColumn>
                    </changeSet>""")::update)
                    .hasMessageContaining("timed out waiting for a lock");
        }
        assertThat(ranChangeSets(db)).isEmpty();

        String[][] changelogs = {
                {"changelog.xml", PgSafetyXml.changelog("""
                    <changeSet id="xml" author="app" pg:lockTimeout="20s">
                        <addColumn tableName="orders"><column name="from_xml" type="int"/></addColumn>
                    </changeSet>
                """)},
                {"changelog.yaml", """
                databaseChangeLog:
                  - changeSet:
                      id: yaml
                      author: app
                      pgsafety:lockTimeout: 20s
                      changes:
                        - addColumn:
                            tableName: orders
                            columns:
                              - column:
                                  name: from_yaml
                                  type: int
                """},
                {"changelog.json", """
                {"databaseChangeLog": [
                  {"changeSet": {"id": "json", "author": "app", "pgsafety:lockTimeout": "20s", "changes": [
                    {"addColumn": {"tableName": "orders", "columns": [{"column": {"name": "from_json", "type": "int"}}]}}]}}
                ]}
                """}};
        for (String[] changelog : changelogs) {
            LiquibaseRun withAttribute = everyTableLarge(db, dir).set("liquibase.safety.lockTimeout", "100ms").set("liquibase.safety.retries", "1")
                    .changelog(changelog[0], changelog[1]);
            long start = System.nanoTime();
            try (var holder = new Sessions.LockHolder(db, "SELECT count(*) FROM orders", 1000)) {
                withAttribute.update();
            }
            assertThat((System.nanoTime() - start) / 1_000_000).as(changelog[0] + ": waited for the blocker (ms)")
                    .isGreaterThanOrEqualTo(800);
        }
        try (Connection c = db.connect()) {
            assertThat(new Catalog(c).columns("orders")).contains("from_xml integer", "from_yaml integer", "from_json integer")
                    .doesNotContain("plain integer");
        }
        assertThat(ranChangeSets(db)).isEqualTo("xml:EXECUTED,yaml:EXECUTED,json:EXECUTED");
    }

    /** The override holds for its changeSet's statements only: the next changeSet runs with the global settings. */
    @PostgresTest
    void overridesApplyToTheirChangeSetOnly(PgDatabase db) throws Exception {
        createEmptyOrders(db);
        try (Connection c = db.connect()) {
            Sessions.exec(c, "CREATE TABLE seen (changeset text, lock_timeout text, statement_timeout text)");
        }
        everyTableLarge(db, dir).set("liquibase.safety.lockTimeout", "300ms").changeSet("""
                <changeSet id="1" author="app" pg:lockTimeout="7s" pg:statementTimeout="1min">
                    <sql>INSERT INTO seen VALUES ('1', current_setting('lock_timeout'), current_setting('statement_timeout'))</sql>
                </changeSet>
                <changeSet id="2" author="app">
                    <sql>INSERT INTO seen VALUES ('2', current_setting('lock_timeout'), current_setting('statement_timeout'))</sql>
                </changeSet>""").update();
        try (Connection c = db.connect()) {
            assertThat(new Catalog(c).strings("SELECT changeset || ' ' || lock_timeout || ' ' || statement_timeout FROM seen"
                    + " WHERE changeset <> ? ORDER BY changeset", "none"))
                    .containsExactly("1 7s 1min", "2 300ms 0");
        }
    }

    @PostgresTest
    void badValuesAreClearErrorsBeforeAnythingRuns(PgDatabase db) throws Exception {
        createEmptyOrders(db);
        assertThatThrownBy(everyTableLarge(db, dir).changeSet("""
                <changeSet id="1" author="app">
                    <addColumn tableName="orders"><column name="a" type="int"/></addColumn>
                </changeSet>
                <changeSet id="2" author="app" pg:lockTimeout="soon">
                    <addColumn tableName="orders"><column name="b" type="int"/></addColumn>
                </changeSet>""")::update)
                .hasMessageContaining("pgsafety: bad changeSet attribute pgsafety:lockTimeout=soon (attribute of changeset"
                        + " changelog.xml::2::app): use a duration like 500ms, 2s or 5min");
        assertThatThrownBy(everyTableLarge(db, dir).changelog("changelog.yaml", """
                databaseChangeLog:
                  - changeSet:
                      id: 1
                      author: app
                      pgsafety:retries: "0"
                      changes:
                        - addColumn:
                            tableName: orders
                            columns:
                              - column:
                                  name: a
                                  type: int
                """)::update)
                .hasMessageContaining("pgsafety:retries=0 (attribute of changeset changelog.yaml::1::app): use 1 (no retry) to 1000");
        assertThatThrownBy(everyTableLarge(db, dir).changelog("changelog.json", """
                {"databaseChangeLog": [
                  {"changeSet": {"id": "1", "author": "app", "pgsafety:lockTimeout": "0", "changes": [
                    {"addColumn": {"tableName": "orders", "columns": [{"column": {"name": "a", "type": "int"}}]}}]}}
                ]}
                """)::update)
                .hasMessageContaining("pgsafety:lockTimeout=0 (attribute of changeset changelog.json::1::app): a migration"
                        + " without a lock timeout can stall every query on its table")
                .hasMessageContaining("liquibase.safety.mode=off");
        assertThat(ranChangeSets(db)).isEmpty();
        try (Connection c = db.connect()) {
            assertThat(new Catalog(c).columns("orders")).containsExactly("id bigint not null", "total integer", "note text");
        }
    }

    /** Attributes do not enter the checksum: one added to a changeSet that ran leaves it alone. */
    @PostgresTest(newestOnly = true)
    void addingAnAttributeToAChangeSetThatRanChangesNothing(PgDatabase db) throws Exception {
        createEmptyOrders(db);
        everyTableLarge(db, dir).changeSet("""
                <changeSet id="1" author="app">
                    <addColumn tableName="orders"><column name="a" type="int"/></addColumn>
                </changeSet>""").update();
        everyTableLarge(db, dir).changeSet("""
                <changeSet id="1" author="app" pg:lockTimeout="5s">
                    <addColumn tableName="orders"><column name="a" type="int"/></addColumn>
                </changeSet>""").update();
        assertThat(ranChangeSets(db)).isEqualTo("1:EXECUTED");
    }
}
