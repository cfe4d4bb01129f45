package dev.pgsafety.it.liquibase;

import static dev.pgsafety.it.liquibase.LiquibaseChangeTypesTest.orders;
import static dev.pgsafety.it.liquibase.LiquibaseChangeTypesTest.strict;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import liquibase.change.Change;
import liquibase.database.Database;
import liquibase.database.core.CockroachDatabase;
import liquibase.database.core.MySQLDatabase;
import liquibase.database.core.PostgresDatabase;

import dev.pgsafety.liquibase.change.AddCheckConstraintOnlineChange;
import dev.pgsafety.liquibase.change.AddForeignKeyConstraintOnlineChange;
import dev.pgsafety.liquibase.change.AddNotNullConstraintOnlineChange;
import dev.pgsafety.liquibase.change.AddUniqueConstraintOnlineChange;
import dev.pgsafety.liquibase.change.CreateIndexConcurrentlyChange;
import dev.pgsafety.liquibase.change.DropIndexConcurrentlyChange;
import dev.pgsafety.liquibase.change.ValidateConstraintChange;
import dev.pgsafety.testkit.Sessions;
import dev.pgsafety.testkit.junit.PgDatabase;
import dev.pgsafety.testkit.junit.PostgresTest;

/** What Liquibase's validation says about pgsafety's change types before anything runs. */
class LiquibaseChangeTypesValidationTest {

    @TempDir
    Path dir;

    @PostgresTest
    void aConcurrentOrMultiStepChangeNeedsANonTransactionalChangeSetOfItsOwn(PgDatabase db) throws Exception {
        orders(db);
        LiquibaseRun run = strict(db, dir).changeSet("""
                <changeSet id="in-transaction" author="app">
                    <pg:createIndexConcurrently tableName="orders" indexName="orders_total_idx"><column name="total"/></pg:createIndexConcurrently>
                </changeSet>
                <changeSet id="shared" author="app" runInTransaction="false">
                    <pg:addForeignKeyConstraintOnline baseTableName="orders" baseColumnNames="customer_id"
                            referencedTableName="customers" referencedColumnNames="id" constraintName="orders_customer_fk"/>
                    <pg:dropIndexConcurrently indexName="orders_note_idx"/>
                </changeSet>
                <changeSet id="both" author="ops">
                    <pg:addUniqueConstraintOnline tableName="customers" columnNames="email" constraintName="customers_email_key"/>
                    <sql>SELECT 1</sql>
                </changeSet>""");
        assertThatThrownBy(run::update)
                .hasMessageContaining("createIndexConcurrently runs CREATE INDEX CONCURRENTLY, which PostgreSQL refuses"
                        + " inside a transaction block: add runInTransaction=\"false\" to <changeSet id=\"in-transaction\""
                        + " author=\"app\">.")
                .hasMessageContaining("addForeignKeyConstraintOnline adds the constraint NOT VALID and validates it in"
                        + " separate transactions: put addForeignKeyConstraintOnline in a changeSet of its own"
                        + " (<changeSet id=\"shared\" author=\"app\"> has 2 changes).")
                .hasMessageContaining("dropIndexConcurrently runs DROP INDEX CONCURRENTLY, which PostgreSQL refuses inside"
                        + " a transaction block: put dropIndexConcurrently in a changeSet of its own")
                .hasMessageContaining("addUniqueConstraintOnline runs CREATE UNIQUE INDEX CONCURRENTLY, which PostgreSQL"
                        + " refuses inside a transaction block: add runInTransaction=\"false\" to <changeSet id=\"both\""
                        + " author=\"ops\"> and put addUniqueConstraintOnline in a changeSet of its own.");
        assertThat(new CatalogState(db).ranChangeSets()).isEmpty();
    }

    /**
     * The NOT VALID forms are single statements and may share a transaction; validateConstraint may run in one too,
     * but not after a statement that locked its table ACCESS EXCLUSIVE in the same transaction (pgsafety's
     * validate-in-same-transaction and exclusive-lock-held rules say so).
     */
    @PostgresTest
    void singleStatementChangesMayShareATransaction(PgDatabase db) throws Exception {
        orders(db);
        try (Connection c = db.connect()) {
            Sessions.exec(c, "ALTER TABLE orders ADD CONSTRAINT orders_id_positive CHECK (id > 0) NOT VALID");
        }
        strict(db, dir).changeSet("""
                <changeSet id="one-transaction" author="app">
                    <pg:addForeignKeyConstraintOnline baseTableName="orders" baseColumnNames="customer_id"
                            referencedTableName="customers" referencedColumnNames="id" constraintName="orders_customer_fk"
                            validate="false"/>
                    <pg:addCheckConstraintOnline tableName="orders" constraintName="orders_total_positive"
                            checkCondition="total &gt;= 0" validate="false"/>
                </changeSet>
                <changeSet id="validate" author="app">
                    <pg:validateConstraint tableName="orders" constraintName="orders_id_positive"/>
                </changeSet>""").update();
        assertThat(new CatalogState(db).constraintsButNotNull("public", "orders")).containsExactly(
                "orders_customer_fk f false", "orders_id_positive c true", "orders_total_positive c false");
    }

    /** YAML, which no XSD checks: the change types' own validation names each problem. */
    @PostgresTest
    void missingAndMalformedPropertiesAreNamed(PgDatabase db) throws Exception {
        orders(db);
        String tooLong = "orders_total_index_with_a_name_longer_than_postgresql_allows_for_names";
        LiquibaseRun run = strict(db, dir).changelog("changelog.yaml", """
                databaseChangeLog:
                  - changeSet:
                      id: no-columns
                      author: app
                      runInTransaction: false
                      changes:
                        - createIndexConcurrently:
                            tableName: orders
                            indexName: %s
                  - changeSet:
                      id: no-condition
                      author: app
                      runInTransaction: false
                      changes:
                        - addCheckConstraintOnline:
                            tableName: orders
                            constraintName: orders_total_positive
                  - changeSet:
                      id: bad-fk
                      author: app
                      runInTransaction: false
                      changes:
                        - addForeignKeyConstraintOnline:
                            baseTableName: orders
                            baseColumnNames: customer_id, total
                            referencedTableName: customers
                            referencedColumnNames: id
                            constraintName: orders_customer_fk
                            onDelete: DROP TABLE customers
                  - changeSet:
                      id: no-table
                      author: app
                      changes:
                        - validateConstraint:
                            constraintName: orders_total_positive
                """.formatted(tooLong));
        assertThatThrownBy(run::update)
                .hasMessageContaining("indexName \"" + tooLong + "\" is longer than PostgreSQL's 63-byte limit for names:"
                        + " PostgreSQL would cut it to \"" + tooLong.substring(0, 63) + "\"; give a shorter name")
                .hasMessageContaining("columns are required for createIndexConcurrently: at least one <column name=\"...\"/>")
                .hasMessageContaining("checkCondition is required for addCheckConstraintOnline")
                .hasMessageContaining("baseColumnNames and referencedColumnNames of addForeignKeyConstraintOnline must name"
                        + " the same number of columns")
                .hasMessageContaining("onDelete \"DROP TABLE customers\" is not a referential action: use CASCADE, SET NULL,"
                        + " SET DEFAULT, RESTRICT or NO ACTION")
                .hasMessageContaining("tableName is required for validateConstraint");
        assertThat(new CatalogState(db).ranChangeSets()).isEmpty();
    }

    private static List<Change> everyChangeType() {
        return List.of(new CreateIndexConcurrentlyChange(), new DropIndexConcurrentlyChange(),
                new AddForeignKeyConstraintOnlineChange(), new AddCheckConstraintOnlineChange(), new ValidateConstraintChange(),
                new AddNotNullConstraintOnlineChange(), new AddUniqueConstraintOnlineChange());
    }

    @Test
    void onlyPostgresqlIsSupported() {
        for (Change change : everyChangeType()) {
            assertThat(change.supports(new PostgresDatabase())).as(change.getClass().getSimpleName()).isTrue();
            for (Database other : List.of(new MySQLDatabase(), new CockroachDatabase())) {
                assertThat(change.supports(other)).as(change.getClass().getSimpleName()).isFalse();
                assertThat(change.validate(other).getErrorMessages()).as(change.getClass().getSimpleName())
                        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                        .contains("is a PostgreSQL-only change type (pgsafety), not available on " + other.getDisplayName()
                                + ": limit its changeSet to PostgreSQL with dbms=\"postgresql\"");
            }
        }
    }
}
