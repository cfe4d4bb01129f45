package dev.pgsafety.it.liquibase;

import static dev.pgsafety.testkit.Sessions.exec;
import static dev.pgsafety.testkit.Sessions.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;

import org.junit.jupiter.api.io.TempDir;

import dev.pgsafety.testkit.junit.PgDatabase;
import dev.pgsafety.testkit.junit.PostgresTest;

/** The backfill change type in real Liquibase updates. */
class LiquibaseBackfillTest {

    @TempDir
    Path dir;

    private static final String ORDERS = """
            <changeSet id="1" author="app">
                <sql>CREATE TABLE orders (id bigint PRIMARY KEY, total int NOT NULL, total_cents bigint);
                INSERT INTO orders SELECT g, g FROM generate_series(1, 10000) g</sql>
            </changeSet>""";

    @PostgresTest
    void backfillsInBatchesInANonTransactionalChangeSet(PgDatabase db) throws Exception {
        LiquibaseRun run = new LiquibaseRun(db, dir).changeSet(ORDERS).changeSet("""
                <changeSet id="2" author="app" runInTransaction="false">
                    <pgs:backfill xmlns:pgs="http://pgsafety.dev/xml/ns/liquibase" tableName="orders"
                        set="total_cents = total * 100" where="total_cents IS NULL" batchSize="1000"/>
                </changeSet>""");
        run.update();
        assertThat(query(db, "SELECT count(*) FROM orders WHERE total_cents IS DISTINCT FROM total * 100")).isEqualTo("0");
        assertThat(Integer.parseInt(query(db, "SELECT count(DISTINCT xmin::text) FROM orders"))).isGreaterThanOrEqualTo(10);
        // Running update again: the changeset ran, nothing to do.
        run.update();
    }

    @PostgresTest(newestOnly = true)
    void inATransactionalChangeSetValidationSaysWhatToChange(PgDatabase db) throws Exception {
        LiquibaseRun run = new LiquibaseRun(db, dir).changeSet(ORDERS).changeSet("""
                <changeSet id="2" author="app">
                    <pgs:backfill xmlns:pgs="http://pgsafety.dev/xml/ns/liquibase" tableName="orders"
                        set="total_cents = total * 100" where="total_cents IS NULL"/>
                </changeSet>""");
        assertThatThrownBy(run::update).hasMessageContaining("[backfill-in-transaction]");
        assertThat(query(db, "SELECT to_regclass('orders') IS NULL")).as("nothing ran").isEqualTo("t");
    }

    @PostgresTest(newestOnly = true)
    void aMissingWhereIsAValidationError(PgDatabase db) throws Exception {
        LiquibaseRun run = new LiquibaseRun(db, dir).changeSet(ORDERS).changeSet("""
                <changeSet id="2" author="app" runInTransaction="false">
                    <pgs:backfill xmlns:pgs="http://pgsafety.dev/xml/ns/liquibase" tableName="orders" set="total_cents = 1"/>
                </changeSet>""");
        // The XSD rejects it while parsing (in YAML/JSON, the change's own validation says "where is required").
        assertThatThrownBy(run::update).hasMessageContaining("Attribute 'where' must appear on element 'pgs:backfill'");
        try (Connection c = db.connect()) {
            exec(c, "SELECT 1");
        }
    }
}
