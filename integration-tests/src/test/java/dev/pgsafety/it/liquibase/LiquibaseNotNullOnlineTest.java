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
 * addNotNullConstraintOnline on each generation of PostgreSQL: a CHECK, validated, then SET NOT NULL on 12 to 17; a
 * NOT NULL constraint NOT VALID, then validated, on 18; refused on 11. Also: running it again from every state a
 * failure can leave completes it.
 */
class LiquibaseNotNullOnlineTest {

    @TempDir
    Path dir;

    private static final String NOT_NULL = """
            <changeSet id="not-null" author="app" runInTransaction="false">
                <pg:addNotNullConstraintOnline tableName="orders" columnName="total"/>
            </changeSet>""";

    private static void exec(PgDatabase db, String sql) throws SQLException {
        try (Connection c = db.connect()) {
            Sessions.exec(c, sql);
        }
    }

    @PostgresTest
    void setsTheColumnNotNullTheWayTheServerAllows(PgDatabase db) throws Exception {
        orders(db);
        CatalogState catalog = new CatalogState(db);
        LiquibaseRun run = strict(db, dir).changeSet(NOT_NULL);
        if (db.major() < 12) {
            assertThatThrownBy(run::update)
                    .hasMessageContaining("addNotNullConstraintOnline needs PostgreSQL 12 or newer; this server runs 11")
                    .hasMessageContaining("SET NOT NULL always scans the whole table under an ACCESS EXCLUSIVE lock")
                    .hasMessageContaining("addCheckConstraintOnline (checkCondition=\"total IS NOT NULL\")");
            assertThat(catalog.notNull("public", "orders", "total")).isFalse();
            return;
        }
        if (db.major() < 18) {
            // CHECK (total IS NOT NULL) NOT VALID, VALIDATE, SET NOT NULL without a scan, DROP the CHECK.
            run.update();
            assertThat(catalog.notNull("public", "orders", "total")).isTrue();
            assertThat(catalog.constraints("public", "orders")).isEmpty();
            run.rollbackCount(1);
            assertThat(catalog.notNull("public", "orders", "total")).isFalse();
            return;
        }
        // PostgreSQL 18: a NOT NULL constraint NOT VALID, then VALIDATE; it stays, under PostgreSQL's default name or
        // the one given.
        run.changeSet("""
                <changeSet id="named" author="app" runInTransaction="false">
                    <pg:addNotNullConstraintOnline tableName="orders" columnName="note" constraintName="orders_note_required"/>
                </changeSet>""");
        run.update();
        assertThat(catalog.notNull("public", "orders", "total")).isTrue();
        assertThat(catalog.notNull("public", "orders", "note")).isTrue();
        assertThat(catalog.constraints("public", "orders"))
                .containsExactly("orders_id_not_null n true", "orders_note_required n true", "orders_total_not_null n true");
        run.rollbackCount(2);
        assertThat(catalog.notNull("public", "orders", "total")).isFalse();
        assertThat(catalog.notNull("public", "orders", "note")).isFalse();
        assertThat(catalog.constraints("public", "orders")).containsExactly("orders_id_not_null n true");
    }

    @PostgresTest(min = 12)
    void aFailedValidationLeavesAStateTheNextRunCompletes(PgDatabase db) throws Exception {
        orders(db);
        exec(db, "UPDATE orders SET total = NULL WHERE id = 7");
        CatalogState catalog = new CatalogState(db);
        LiquibaseRun run = strict(db, dir).changeSet(NOT_NULL);
        assertThatThrownBy(run::update).hasMessageContaining("orders_total_not_null");
        assertThat(catalog.ranChangeSets()).isEmpty();
        if (db.major() >= 18) {
            // PostgreSQL 18 sets attnotnull with the NOT VALID constraint already: new NULLs are refused at once,
            // while the existing rows are not checked yet (convalidated false).
            assertThat(catalog.constraints("public", "orders")).contains("orders_total_not_null n false");
            assertThat(catalog.notNull("public", "orders", "total")).isTrue();
            assertThatThrownBy(() -> exec(db, "INSERT INTO orders (id, total) VALUES (-1, NULL)"))
                    .hasMessageContaining("violates not-null constraint");
        } else {
            assertThat(catalog.constraints("public", "orders")).containsExactly("orders_total_not_null c false");
            assertThat(catalog.notNull("public", "orders", "total")).isFalse();
        }

        exec(db, "UPDATE orders SET total = 0 WHERE total IS NULL");
        run.update();
        assertThat(catalog.ranChangeSets()).containsExactly("not-null");
        assertThat(catalog.notNull("public", "orders", "total")).isTrue();
        if (db.major() >= 18) {
            assertThat(catalog.constraints("public", "orders")).contains("orders_total_not_null n true");
        } else {
            assertThat(catalog.constraints("public", "orders")).isEmpty();
        }
    }

    /** The states a failure between two steps can leave, each completed by the next run. */
    @PostgresTest(min = 12)
    void everyIntermediateStateIsCompleted(PgDatabase db) throws Exception {
        CatalogState catalog = new CatalogState(db);
        LiquibaseRun run = strict(db, dir);
        if (db.major() < 18) {
            exec(db, """
                    CREATE TABLE added (v int); INSERT INTO added VALUES (1);
                    ALTER TABLE added ADD CONSTRAINT added_v_not_null CHECK (v IS NOT NULL) NOT VALID;
                    CREATE TABLE validated (v int); INSERT INTO validated VALUES (1);
                    ALTER TABLE validated ADD CONSTRAINT validated_v_not_null CHECK (v IS NOT NULL);
                    CREATE TABLE set_not_null (v int NOT NULL); INSERT INTO set_not_null VALUES (1);
                    ALTER TABLE set_not_null ADD CONSTRAINT set_not_null_v_not_null CHECK (v IS NOT NULL);
                    CREATE TABLE done (v int NOT NULL); INSERT INTO done VALUES (1)""");
            String[] tables = {"added", "validated", "set_not_null", "done"};
            for (String t : tables) {
                run.changeSet("<changeSet id=\"" + t + "\" author=\"app\" runInTransaction=\"false\">"
                        + "<pg:addNotNullConstraintOnline tableName=\"" + t + "\" columnName=\"v\"/></changeSet>");
            }
            run.update();
            for (String t : tables) {
                assertThat(catalog.notNull("public", t, "v")).as(t).isTrue();
                assertThat(catalog.constraints("public", t)).as(t).isEmpty();
            }
            return;
        }
        exec(db, """
                CREATE TABLE added (v int); INSERT INTO added VALUES (1);
                ALTER TABLE added ADD CONSTRAINT added_v_not_null NOT NULL v NOT VALID;
                CREATE TABLE done (v int NOT NULL); INSERT INTO done VALUES (1);
                CREATE TABLE other_name (v int); INSERT INTO other_name VALUES (1);
                ALTER TABLE other_name ADD CONSTRAINT other_name_v_nn NOT NULL v NOT VALID""");
        run.changeSet("""
                <changeSet id="added" author="app" runInTransaction="false">
                    <pg:addNotNullConstraintOnline tableName="added" columnName="v"/>
                </changeSet>
                <changeSet id="done" author="app" runInTransaction="false">
                    <pg:addNotNullConstraintOnline tableName="done" columnName="v"/>
                </changeSet>""");
        run.update();
        assertThat(catalog.constraints("public", "added")).containsExactly("added_v_not_null n true");
        assertThat(catalog.constraints("public", "done")).containsExactly("done_v_not_null n true");

        // A NOT VALID not-null constraint of another name: PostgreSQL allows one per column, so it is named.
        run.changeSet("""
                <changeSet id="other-name" author="app" runInTransaction="false">
                    <pg:addNotNullConstraintOnline tableName="other_name" columnName="v"/>
                </changeSet>""");
        assertThatThrownBy(run::update).hasMessageContaining(
                "column v of other_name already has a NOT VALID not-null constraint of another name than"
                        + " other_name_v_not_null: validate that one with validateConstraint");
    }

    @PostgresTest(min = 12)
    void anUnrelatedConstraintOfTheSameNameIsNeitherUsedNorDropped(PgDatabase db) throws Exception {
        orders(db);
        exec(db, "ALTER TABLE orders ADD CONSTRAINT orders_total_not_null CHECK (total >= 0)");
        LiquibaseRun run = strict(db, dir).changeSet(NOT_NULL);
        assertThatThrownBy(run::update).hasMessageContaining(db.major() < 18
                ? "constraint orders_total_not_null on orders exists and is not CHECK (total IS NOT NULL):"
                        + " give addNotNullConstraintOnline another constraintName"
                : "constraint \"orders_total_not_null\" for relation \"orders\" already exists");
        CatalogState catalog = new CatalogState(db);
        assertThat(catalog.constraintsButNotNull("public", "orders")).containsExactly("orders_total_not_null c true");
        assertThat(catalog.notNull("public", "orders", "total")).isFalse();
    }
}
