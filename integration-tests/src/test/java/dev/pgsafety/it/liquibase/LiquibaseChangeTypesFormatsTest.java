package dev.pgsafety.it.liquibase;

import static dev.pgsafety.it.liquibase.LiquibaseChangeTypesTest.CHANGES;
import static dev.pgsafety.it.liquibase.LiquibaseChangeTypesTest.assertEveryChangeApplied;
import static dev.pgsafety.it.liquibase.LiquibaseChangeTypesTest.orders;
import static dev.pgsafety.it.liquibase.LiquibaseChangeTypesTest.strict;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.pgsafety.testkit.junit.PgDatabase;
import dev.pgsafety.testkit.junit.PostgresTest;

/**
 * The XML form, checked against the XSD shipped in the extension (read from the classpath, no network), and the
 * YAML and JSON forms, which Liquibase parses by change name: the same changes leave the same catalog state.
 */
class LiquibaseChangeTypesFormatsTest {

    @TempDir
    Path dir;

    static final String YAML = """
            databaseChangeLog:
              - changeSet:
                  id: index
                  author: app
                  runInTransaction: false
                  changes:
                    - createIndexConcurrently:
                        tableName: orders
                        indexName: orders_total_idx
                        where: total > 0
                        columns:
                          - column:
                              name: total
                          - column:
                              name: lower(note)
                              computed: true
                              descending: true
              - changeSet:
                  id: unique-index
                  author: app
                  runInTransaction: false
                  changes:
                    - createIndexConcurrently:
                        tableName: customers
                        indexName: customers_email_idx
                        unique: true
                        columns:
                          - column:
                              name: email
              - changeSet:
                  id: drop-index
                  author: app
                  runInTransaction: false
                  changes:
                    - dropIndexConcurrently:
                        indexName: orders_note_idx
                  rollback:
                    - createIndexConcurrently:
                        tableName: orders
                        indexName: orders_note_idx
                        columns:
                          - column:
                              name: note
              - changeSet:
                  id: fk
                  author: app
                  runInTransaction: false
                  changes:
                    - addForeignKeyConstraintOnline:
                        baseTableName: orders
                        baseColumnNames: customer_id
                        referencedTableName: customers
                        referencedColumnNames: id
                        constraintName: orders_customer_fk
                        onDelete: SET NULL
              - changeSet:
                  id: check
                  author: app
                  runInTransaction: false
                  changes:
                    - addCheckConstraintOnline:
                        tableName: orders
                        constraintName: orders_total_positive
                        checkCondition: total >= 0
              - changeSet:
                  id: check-not-valid
                  author: app
                  changes:
                    - addCheckConstraintOnline:
                        tableName: orders
                        constraintName: orders_note_short
                        checkCondition: length(note) < 100
                        validate: false
              - changeSet:
                  id: unique
                  author: app
                  runInTransaction: false
                  changes:
                    - addUniqueConstraintOnline:
                        tableName: customers
                        columnNames: email
                        constraintName: customers_email_key
              - changeSet:
                  id: pk
                  author: app
                  runInTransaction: false
                  changes:
                    - addUniqueConstraintOnline:
                        tableName: orders
                        columnNames: id
                        constraintName: orders_pkey
                        primaryKey: true
            """;

    static final String JSON = """
            {"databaseChangeLog": [
              {"changeSet": {"id": "index", "author": "app", "runInTransaction": false, "changes": [
                {"createIndexConcurrently": {"tableName": "orders", "indexName": "orders_total_idx", "where": "total > 0",
                  "columns": [{"column": {"name": "total"}},
                              {"column": {"name": "lower(note)", "computed": true, "descending": true}}]}}]}},
              {"changeSet": {"id": "unique-index", "author": "app", "runInTransaction": false, "changes": [
                {"createIndexConcurrently": {"tableName": "customers", "indexName": "customers_email_idx", "unique": true,
                  "columns": [{"column": {"name": "email"}}]}}]}},
              {"changeSet": {"id": "drop-index", "author": "app", "runInTransaction": false,
                "changes": [{"dropIndexConcurrently": {"indexName": "orders_note_idx"}}],
                "rollback": [{"createIndexConcurrently": {"tableName": "orders", "indexName": "orders_note_idx",
                  "columns": [{"column": {"name": "note"}}]}}]}},
              {"changeSet": {"id": "fk", "author": "app", "runInTransaction": false, "changes": [
                {"addForeignKeyConstraintOnline": {"baseTableName": "orders", "baseColumnNames": "customer_id",
                  "referencedTableName": "customers", "referencedColumnNames": "id",
                  "constraintName": "orders_customer_fk", "onDelete": "SET NULL"}}]}},
              {"changeSet": {"id": "check", "author": "app", "runInTransaction": false, "changes": [
                {"addCheckConstraintOnline": {"tableName": "orders", "constraintName": "orders_total_positive",
                  "checkCondition": "total >= 0"}}]}},
              {"changeSet": {"id": "check-not-valid", "author": "app", "changes": [
                {"addCheckConstraintOnline": {"tableName": "orders", "constraintName": "orders_note_short",
                  "checkCondition": "length(note) < 100", "validate": false}}]}},
              {"changeSet": {"id": "unique", "author": "app", "runInTransaction": false, "changes": [
                {"addUniqueConstraintOnline": {"tableName": "customers", "columnNames": "email",
                  "constraintName": "customers_email_key"}}]}},
              {"changeSet": {"id": "pk", "author": "app", "runInTransaction": false, "changes": [
                {"addUniqueConstraintOnline": {"tableName": "orders", "columnNames": "id", "constraintName": "orders_pkey",
                  "primaryKey": true}}]}}
            ]}
            """;

    @PostgresTest
    void theYamlFormLeavesTheSameStateAndRollsBack(PgDatabase db) throws Exception {
        appliesAndRollsBack(db, "changelog.yaml", YAML);
    }

    @PostgresTest
    void theJsonFormLeavesTheSameStateAndRollsBack(PgDatabase db) throws Exception {
        appliesAndRollsBack(db, "changelog.json", JSON);
    }

    private void appliesAndRollsBack(PgDatabase db, String file, String text) throws Exception {
        orders(db);
        CatalogState catalog = new CatalogState(db);
        LiquibaseRun run = strict(db, dir).changelog(file, text);
        run.update();
        assertEveryChangeApplied(catalog);
        run.rollbackCount(8);
        assertThat(catalog.ranChangeSets()).isEmpty();
        assertThat(catalog.constraintsButNotNull("public", "orders")).isEmpty();
        assertThat(catalog.indexes("public", "orders")).singleElement().asString().startsWith("orders_note_idx valid=true");
    }

    /** The XML form with both namespaces' XSDs: Liquibase's secure parsing allows no network lookup. */
    @PostgresTest
    void theXmlFormIsValidatedAgainstTheXsdFromTheClasspath(PgDatabase db) throws Exception {
        orders(db);
        strict(db, dir).set("liquibase.secureParsing", "true").changeSet(CHANGES).update();
        assertEveryChangeApplied(new CatalogState(db));

        assertThatThrownBy(strict(db, dir).changeSet("""
                <changeSet id="typo" author="app" runInTransaction="false">
                    <pg:dropIndexConcurrently indexNam="orders_note_idx"/>
                </changeSet>""")::update)
                .hasMessageContaining("Attribute 'indexNam' is not allowed to appear in element 'pg:dropIndexConcurrently'");
        assertThatThrownBy(strict(db, dir).changeSet("""
                <changeSet id="missing" author="app">
                    <pg:validateConstraint tableName="orders"/>
                </changeSet>""")::update)
                .hasMessageContaining("Attribute 'constraintName' must appear on element 'pg:validateConstraint'");
        assertThatThrownBy(strict(db, dir).changeSet("""
                <changeSet id="not-a-boolean" author="app" runInTransaction="false">
                    <pg:createIndexConcurrently tableName="orders" indexName="i" unique="yes"><column name="total"/></pg:createIndexConcurrently>
                </changeSet>""")::update)
                .hasMessageContaining("'yes'");
        assertThatThrownBy(strict(db, dir).changeSet("""
                <changeSet id="not-an-action" author="app" runInTransaction="false">
                    <pg:addForeignKeyConstraintOnline baseTableName="orders" baseColumnNames="customer_id"
                            referencedTableName="customers" referencedColumnNames="id" constraintName="fk"
                            onDelete="DROP TABLE customers"/>
                </changeSet>""")::update)
                .hasMessageContaining("'DROP TABLE customers'");
        assertThat(new CatalogState(db).ranChangeSets()).hasSize(8);
    }

    @Test
    void theXsdIsInTheExtensionUnderItsUrlWithoutTheScheme() {
        URL xsd = Thread.currentThread().getContextClassLoader()
                .getResource("pgsafety.dev/xml/ns/liquibase/pgsafety-liquibase.xsd");
        assertThat(xsd).isNotNull();
        assertThat(xsd.toString()).contains("liquibase-safety-ext");
    }
}
