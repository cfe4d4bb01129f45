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

/** pgsafety inside real Liquibase updates: validation before any SQL, and the safe executor at run time. */
class LiquibaseSafetyTest {

    @TempDir
    Path dir;

    private static final String ORDERS = """
            <changeSet id="1" author="app">
                <createTable tableName="orders">
                    <column name="id" type="bigint"><constraints primaryKey="true"/></column>
                    <column name="total" type="int"/>
                </createTable>
            </changeSet>""";

    @PostgresTest
    void unsafeCoreChangesAreRejectedBeforeAnySqlRuns(PgDatabase db) throws Exception {
        LiquibaseRun run = new LiquibaseRun(db, dir).set("liquibase.safety.smallTableRows", "0").changeSet(ORDERS);
        run.update();
        run.changeSet("""
                <changeSet id="2" author="app">
                    <addColumn tableName="orders"><column name="note" type="text"/></addColumn>
                </changeSet>
                <changeSet id="3" author="app">
                    <createIndex tableName="orders" indexName="orders_total_idx"><column name="total"/></createIndex>
                    <renameColumn tableName="orders" oldColumnName="total" newColumnName="amount"/>
                </changeSet>""");
        assertThatThrownBy(run::update)
                .hasMessageContaining("changelog.xml::3::app")
                .hasMessageContaining("[create-index-not-concurrent]")
                .hasMessageContaining("CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_total_idx")
                .hasMessageContaining("[rename-column]");
        try (Connection c = db.connect()) {
            assertThat(new Catalog(c).columns("orders")).as("changeset 2 did not run either")
                    .containsExactly("id bigint not null", "total integer");
        }
        assertThat(query(db, "SELECT string_agg(id, ',' ORDER BY orderexecuted) FROM databasechangelog")).isEqualTo("1");
    }

    @PostgresTest
    void aSuppressedChangeSetRuns(PgDatabase db) throws Exception {
        LiquibaseRun run = new LiquibaseRun(db, dir).set("liquibase.safety.smallTableRows", "0").changeSet(ORDERS);
        run.update();
        run.changeSet("""
                <changeSet id="2" author="app">
                    <comment>pgsafety:allow create-index-not-concurrent reason: orders is tiny everywhere</comment>
                    <createIndex tableName="orders" indexName="orders_total_idx"><column name="total"/></createIndex>
                </changeSet>
                <changeSet id="3" author="app">
                    <sql>-- pgsafety:allow rename-column reason: no code reads total yet
                    ALTER TABLE orders RENAME COLUMN total TO amount</sql>
                </changeSet>""");
        run.update();
        try (Connection c = db.connect()) {
            assertThat(new Catalog(c).validIndexes("orders")).contains("orders_total_idx");
            assertThat(new Catalog(c).columns("orders")).contains("amount integer");
        }
    }

    @PostgresTest
    void retriesBehindALongQueryWhileWritersNeverWaitLongerThanTheLockTimeout(PgDatabase db) throws Exception {
        LiquibaseRun run = new LiquibaseRun(db, dir)
                .set("liquibase.safety.lockTimeout", "100ms")
                .set("liquibase.safety.lockTimeoutMax", "200ms")
                .changeSet(ORDERS);
        run.update();
        run.changeSet("""
                <changeSet id="2" author="app">
                    <addColumn tableName="orders"><column name="note" type="text"/></addColumn>
                </changeSet>""");
        try (var writer = new Sessions.Writer(db, "INSERT INTO orders (id, total) VALUES ((random() * 1e12)::bigint, 1)")) {
            Thread.sleep(200);
            try (var holder = new Sessions.LockHolder(db, "SELECT count(*) FROM orders", 2000)) {
                run.update();
            }
            Thread.sleep(200);
            assertThat(writer.maxMillis()).as("slowest insert (ms) while the changeset retried").isLessThan(200 + 700);
            assertThat(writer.count()).isGreaterThan(10);
        }
        try (Connection c = db.connect()) {
            assertThat(new Catalog(c).columns("orders")).contains("note text");
        }
    }
}
