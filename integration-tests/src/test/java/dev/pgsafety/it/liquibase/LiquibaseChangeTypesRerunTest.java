package dev.pgsafety.it.liquibase;

import static dev.pgsafety.it.liquibase.LiquibaseChangeTypesTest.orders;
import static dev.pgsafety.it.liquibase.LiquibaseChangeTypesTest.strict;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.junit.jupiter.api.io.TempDir;

import dev.pgsafety.testkit.Sessions;
import dev.pgsafety.testkit.junit.PgDatabase;
import dev.pgsafety.testkit.junit.PostgresTest;

/**
 * A change that fails half-way (bad data found by VALIDATE or by a unique index build) leaves a state from which
 * running update again, once the data is fixed, completes it; and a change whose work is done already is a no-op.
 */
class LiquibaseChangeTypesRerunTest {

    @TempDir
    Path dir;

    private static void exec(PgDatabase db, String sql) throws SQLException {
        try (Connection c = db.connect()) {
            Sessions.exec(c, sql);
        }
    }

    @PostgresTest
    void aForeignKeyWhoseValidationFailedIsValidatedByTheNextRun(PgDatabase db) throws Exception {
        orders(db);
        exec(db, "UPDATE orders SET customer_id = 424242 WHERE id = 3");
        CatalogState catalog = new CatalogState(db);
        LiquibaseRun run = strict(db, dir).changeSet("""
                <changeSet id="fk" author="app" runInTransaction="false">
                    <pg:addForeignKeyConstraintOnline baseTableName="orders" baseColumnNames="customer_id"
                            referencedTableName="customers" referencedColumnNames="id" constraintName="orders_customer_fk"/>
                </changeSet>""");
        assertThatThrownBy(run::update).hasMessageContaining("orders_customer_fk");
        assertThat(catalog.constraints("public", "orders")).contains("orders_customer_fk f false");
        assertThat(catalog.ranChangeSets()).isEmpty();

        exec(db, "UPDATE orders SET customer_id = NULL WHERE id = 3");
        run.update();
        assertThat(catalog.constraints("public", "orders")).contains("orders_customer_fk f true");
        assertThat(catalog.ranChangeSets()).containsExactly("fk");
    }

    @PostgresTest
    void aCheckWhoseValidationFailedIsValidatedByTheNextRun(PgDatabase db) throws Exception {
        orders(db);
        exec(db, "UPDATE orders SET total = -5 WHERE id = 3");
        CatalogState catalog = new CatalogState(db);
        LiquibaseRun run = strict(db, dir).changeSet("""
                <changeSet id="check" author="app" runInTransaction="false">
                    <pg:addCheckConstraintOnline tableName="orders" constraintName="orders_total_positive"
                            checkCondition="total &gt;= 0"/>
                </changeSet>""");
        assertThatThrownBy(run::update).hasMessageContaining("orders_total_positive");
        assertThat(catalog.constraintsButNotNull("public", "orders")).containsExactly("orders_total_positive c false");

        exec(db, "UPDATE orders SET total = 5 WHERE id = 3");
        run.update();
        assertThat(catalog.constraintsButNotNull("public", "orders")).containsExactly("orders_total_positive c true");
    }

    @PostgresTest
    void aUniqueConstraintWhoseIndexBuildFailedIsBuiltAgainByTheNextRun(PgDatabase db) throws Exception {
        orders(db);
        exec(db, "UPDATE customers SET email = 'c1@example.com' WHERE id = 2");
        CatalogState catalog = new CatalogState(db);
        LiquibaseRun run = strict(db, dir).changeSet("""
                <changeSet id="unique" author="app" runInTransaction="false">
                    <pg:addUniqueConstraintOnline tableName="customers" columnNames="email" constraintName="customers_email_key"/>
                </changeSet>
                <changeSet id="index" author="app" runInTransaction="false">
                    <pg:createIndexConcurrently tableName="customers" indexName="customers_email_idx" unique="true">
                        <column name="email"/>
                    </pg:createIndexConcurrently>
                </changeSet>""");
        assertThatThrownBy(run::update).hasMessageContaining("could not create unique index \"customers_email_key\"");
        assertThat(catalog.indexes("public", "customers")).anyMatch(i -> i.startsWith("customers_email_key valid=false"));

        exec(db, "UPDATE customers SET email = 'c2@example.com' WHERE id = 2");
        run.update();
        assertThat(catalog.constraintsButNotNull("public", "customers"))
                .containsExactly("customers_email_key u true", "customers_pkey p true");
        assertThat(catalog.indexes("public", "customers")).containsExactly(
                "customers_email_idx valid=true unique=true primary=false: CREATE UNIQUE INDEX customers_email_idx ON"
                        + " public.customers USING btree (email)",
                "customers_email_key valid=true unique=true primary=false: CREATE UNIQUE INDEX customers_email_key ON"
                        + " public.customers USING btree (email)",
                "customers_pkey valid=true unique=true primary=true: CREATE UNIQUE INDEX customers_pkey ON public.customers"
                        + " USING btree (id)");
    }

    @PostgresTest
    void aUniqueConstraintWhoseIndexIsBuiltAlreadyIsAddedByTheNextRun(PgDatabase db) throws Exception {
        orders(db);
        exec(db, "CREATE UNIQUE INDEX CONCURRENTLY customers_email_key ON customers (email)");
        CatalogState catalog = new CatalogState(db);
        strict(db, dir).changeSet("""
                <changeSet id="unique" author="app" runInTransaction="false">
                    <pg:addUniqueConstraintOnline tableName="customers" columnNames="email" constraintName="customers_email_key"/>
                </changeSet>""").update();
        assertThat(catalog.constraintsButNotNull("public", "customers"))
                .containsExactly("customers_email_key u true", "customers_pkey p true");
    }

    @PostgresTest
    void aPrimaryKeyOnANullableColumnIsRefusedBeforeTheIndexIsBuilt(PgDatabase db) throws Exception {
        orders(db);
        CatalogState catalog = new CatalogState(db);
        LiquibaseRun run = strict(db, dir).changeSet("""
                <changeSet id="pk" author="app" runInTransaction="false">
                    <pg:addUniqueConstraintOnline tableName="orders" columnNames="id, customer_id" constraintName="orders_pkey"
                            primaryKey="true"/>
                </changeSet>""");
        assertThatThrownBy(run::update).hasMessageContaining(
                "the primary key columns of orders must be NOT NULL before addUniqueConstraintOnline runs (or PostgreSQL"
                        + " would set NOT NULL with a full scan under an ACCESS EXCLUSIVE lock); make them NOT NULL first"
                        + " with addNotNullConstraintOnline: customer_id");
        assertThat(catalog.indexes("public", "orders")).noneMatch(i -> i.startsWith("orders_pkey"));
    }

    /** The same changes again under new ids, on a database where their work is done: every one is a no-op. */
    @PostgresTest
    void changesWhoseWorkIsDoneAreNoOps(PgDatabase db) throws Exception {
        orders(db);
        CatalogState catalog = new CatalogState(db);
        String changes = """
                <changeSet id="index%1$s" author="app" runInTransaction="false">
                    <pg:createIndexConcurrently tableName="orders" indexName="orders_total_idx"><column name="total"/></pg:createIndexConcurrently>
                </changeSet>
                <changeSet id="drop%1$s" author="app" runInTransaction="false">
                    <pg:dropIndexConcurrently indexName="orders_note_idx"/>
                </changeSet>
                <changeSet id="fk%1$s" author="app" runInTransaction="false">
                    <pg:addForeignKeyConstraintOnline baseTableName="orders" baseColumnNames="customer_id"
                            referencedTableName="customers" referencedColumnNames="id" constraintName="orders_customer_fk"/>
                </changeSet>
                <changeSet id="check%1$s" author="app" runInTransaction="false">
                    <pg:addCheckConstraintOnline tableName="orders" constraintName="orders_total_positive" checkCondition="total &gt;= 0"/>
                </changeSet>
                <changeSet id="validate%1$s" author="app">
                    <pg:validateConstraint tableName="orders" constraintName="orders_total_positive"/>
                </changeSet>
                <changeSet id="unique%1$s" author="app" runInTransaction="false">
                    <pg:addUniqueConstraintOnline tableName="customers" columnNames="email" constraintName="customers_email_key"/>
                </changeSet>
                <changeSet id="pk%1$s" author="app" runInTransaction="false">
                    <pg:addUniqueConstraintOnline tableName="orders" columnNames="id" constraintName="orders_pkey" primaryKey="true"/>
                </changeSet>""";
        if (db.major() >= 12) {
            changes += """
                    <changeSet id="not-null%1$s" author="app" runInTransaction="false">
                        <pg:addNotNullConstraintOnline tableName="orders" columnName="total"/>
                    </changeSet>""";
        }
        LiquibaseRun run = strict(db, dir).changeSet(changes.formatted(""));
        run.update();
        java.util.List<String> constraints = catalog.constraints("public", "orders");
        java.util.List<String> indexes = catalog.indexes("public", "orders");

        run.changeSet(changes.formatted("-again"));
        run.update();
        assertThat(catalog.ranChangeSets()).hasSize(db.major() >= 12 ? 16 : 14);
        assertThat(catalog.constraints("public", "orders")).isEqualTo(constraints);
        assertThat(catalog.indexes("public", "orders")).isEqualTo(indexes);
    }
}
