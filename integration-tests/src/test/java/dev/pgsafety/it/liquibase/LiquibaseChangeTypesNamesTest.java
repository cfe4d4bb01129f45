package dev.pgsafety.it.liquibase;

import static dev.pgsafety.it.liquibase.LiquibaseChangeTypesTest.orders;
import static dev.pgsafety.it.liquibase.LiquibaseChangeTypesTest.strict;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;

import org.junit.jupiter.api.io.TempDir;

import dev.pgsafety.testkit.Sessions;
import dev.pgsafety.testkit.junit.PgDatabase;
import dev.pgsafety.testkit.junit.PostgresTest;

/**
 * Names are identifiers, never SQL: mixed case, spaces, quotes, backslashes, dollar-quote tags and attempted injection
 * all name the objects they spell, and the changeSet's objectQuotingStrategy decides quoting as it does for Liquibase's
 * own change types.
 */
class LiquibaseChangeTypesNamesTest {

    @TempDir
    Path dir;

    static final String SCHEMA = "Sch\"ema $pgsafety$ it's";
    static final String TABLE = "o\"; DROP TABLE canary; --";
    static final String ID = "ID \"x\"";
    static final String COLUMN = "It's \"Total\" \\x";
    /**
     * The column made NOT NULL has no whitespace: pgsafety-core's analyzer does not recognise a validated
     * CHECK ("a b" IS NOT NULL) on a quoted name with whitespace (SchemaState.NOT_NULL_CHECK matches \S+), so it
     * would flag the SET NOT NULL step on 12 to 17 although the CHECK is there.
     */
    static final String REQUIRED = "Nn\"x'\\$pgsafety$";
    static final String REF = "Cust'omers\"";
    static final String INDEX = "Idx\"; DROP TABLE canary; --";
    static final String FK = "fk\"; DROP TABLE canary; --";
    static final String CHECK = "chk $pgsafety$ END; $$";
    static final String LATER = "Later' \\\"";
    static final String UNIQUE = "Uq\"; --";
    static final String PK = "Pk \"x\"";

    static String q(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    static String x(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }

    @PostgresTest
    void hostileNamesNameObjectsAndInjectNothing(PgDatabase db) throws Exception {
        try (Connection c = db.connect()) {
            Sessions.exec(c, "CREATE TABLE canary (x int);"
                    + "CREATE SCHEMA " + q(SCHEMA) + ";"
                    + "CREATE TABLE " + q(SCHEMA) + "." + q(REF) + " (" + q(ID) + " bigint PRIMARY KEY);"
                    + "INSERT INTO " + q(SCHEMA) + "." + q(REF) + " SELECT g FROM generate_series(1, 100) g;"
                    + "CREATE TABLE " + q(SCHEMA) + "." + q(TABLE) + " (" + q(ID) + " bigint NOT NULL, ref bigint, "
                    + q(COLUMN) + " int, " + q(REQUIRED) + " int);"
                    + "INSERT INTO " + q(SCHEMA) + "." + q(TABLE) + " SELECT g, g, g, g FROM generate_series(1, 100) g");
        }
        String s = x(SCHEMA);
        String t = x(TABLE);
        StringBuilder changes = new StringBuilder("""
                <changeSet id="index" author="app" runInTransaction="false">
                    <pg:createIndexConcurrently schemaName="%1$s" tableName="%2$s" indexName="%3$s"><column name="%4$s"/></pg:createIndexConcurrently>
                </changeSet>
                <changeSet id="fk" author="app" runInTransaction="false">
                    <pg:addForeignKeyConstraintOnline baseTableSchemaName="%1$s" baseTableName="%2$s" baseColumnNames="ref"
                            referencedTableSchemaName="%1$s" referencedTableName="%5$s" referencedColumnNames="%6$s"
                            constraintName="%7$s"/>
                </changeSet>
                <changeSet id="check" author="app" runInTransaction="false">
                    <pg:addCheckConstraintOnline schemaName="%1$s" tableName="%2$s" constraintName="%8$s"
                            checkCondition="%9$s &gt;= 0"/>
                </changeSet>
                <changeSet id="check-later" author="app">
                    <pg:addCheckConstraintOnline schemaName="%1$s" tableName="%2$s" constraintName="%10$s"
                            checkCondition="%9$s &lt; 1000" validate="false"/>
                </changeSet>
                <changeSet id="validate" author="app">
                    <pg:validateConstraint schemaName="%1$s" tableName="%2$s" constraintName="%10$s"/>
                </changeSet>
                <changeSet id="unique" author="app" runInTransaction="false">
                    <pg:addUniqueConstraintOnline schemaName="%1$s" tableName="%2$s" columnNames="%4$s" constraintName="%11$s"/>
                </changeSet>
                <changeSet id="pk" author="app" runInTransaction="false">
                    <pg:addUniqueConstraintOnline schemaName="%1$s" tableName="%2$s" columnNames="%6$s" constraintName="%12$s"
                            primaryKey="true"/>
                </changeSet>
                <changeSet id="drop-index" author="app" runInTransaction="false">
                    <pg:dropIndexConcurrently schemaName="%1$s" indexName="%3$s"/>
                    <rollback>
                        <pg:createIndexConcurrently schemaName="%1$s" tableName="%2$s" indexName="%3$s"><column name="%4$s"/></pg:createIndexConcurrently>
                    </rollback>
                </changeSet>
                """.formatted(s, t, x(INDEX), x(COLUMN), x(REF), x(ID), x(FK), x(CHECK), x(q(COLUMN)), x(LATER),
                x(UNIQUE), x(PK)));
        if (db.major() >= 12) {
            changes.append("""
                    <changeSet id="not-null" author="app" runInTransaction="false">
                        <pg:addNotNullConstraintOnline schemaName="%1$s" tableName="%2$s" columnName="%3$s"/>
                    </changeSet>""".formatted(s, t, x(REQUIRED)));
        }
        LiquibaseRun run = strict(db, dir).changeSet(changes.toString());
        CatalogState catalog = new CatalogState(db);
        run.update();

        assertThat(catalog.tableExists("public", "canary")).isTrue();
        assertThat(catalog.constraintsButNotNull(SCHEMA, TABLE)).containsExactlyInAnyOrder(
                CHECK + " c true", LATER + " c true", FK + " f true", PK + " p true", UNIQUE + " u true");
        assertThat(catalog.indexes(SCHEMA, TABLE)).extracting(i -> i.substring(0, i.indexOf(':')))
                .containsExactlyInAnyOrder(PK + " valid=true unique=true primary=true",
                        UNIQUE + " valid=true unique=true primary=false");
        if (db.major() >= 12) {
            assertThat(catalog.notNull(SCHEMA, TABLE, REQUIRED)).isTrue();
        }

        run.rollbackCount(db.major() >= 12 ? 9 : 8);
        assertThat(catalog.tableExists("public", "canary")).isTrue();
        assertThat(catalog.constraintsButNotNull(SCHEMA, TABLE)).isEmpty();
        assertThat(catalog.indexes(SCHEMA, TABLE)).isEmpty();
        assertThat(catalog.notNull(SCHEMA, TABLE, REQUIRED)).isFalse();
    }

    @PostgresTest
    void theChangeSetsObjectQuotingStrategyDecidesQuoting(PgDatabase db) throws Exception {
        orders(db);
        CatalogState catalog = new CatalogState(db);
        // Not quoted under QUOTE_ONLY_RESERVED_WORDS, so PostgreSQL folds "Orders" to orders; all quoted under
        // QUOTE_ALL_OBJECTS, which names the lower-case objects exactly.
        strict(db, dir).changeSet("""
                <changeSet id="reserved-only" author="app" runInTransaction="false" objectQuotingStrategy="QUOTE_ONLY_RESERVED_WORDS">
                    <pg:createIndexConcurrently tableName="Orders" indexName="Orders_Total_Idx"><column name="Total"/></pg:createIndexConcurrently>
                </changeSet>
                <changeSet id="all" author="app" runInTransaction="false" objectQuotingStrategy="QUOTE_ALL_OBJECTS">
                    <pg:addCheckConstraintOnline tableName="orders" constraintName="orders_total_positive" checkCondition="total &gt;= 0"/>
                </changeSet>""").update();
        assertThat(catalog.indexes("public", "orders")).anyMatch(i -> i.startsWith("orders_total_idx valid=true"));
        assertThat(catalog.constraintsButNotNull("public", "orders")).containsExactly("orders_total_positive c true");

        // Liquibase's default (LEGACY) quotes mixed case: "Orders" is another table, which does not exist.
        LiquibaseRun legacy = strict(db, dir).changeSet("""
                <changeSet id="legacy" author="app" runInTransaction="false">
                    <pg:createIndexConcurrently tableName="Orders" indexName="Orders_Note_Idx"><column name="note"/></pg:createIndexConcurrently>
                </changeSet>""");
        assertThatThrownBy(legacy::update).hasMessageContaining("relation \"public.Orders\" does not exist");
    }
}
