package dev.pgsafety.it.liquibase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;

import org.junit.jupiter.api.io.TempDir;

import dev.pgsafety.testkit.Sessions;
import dev.pgsafety.testkit.junit.PgDatabase;
import dev.pgsafety.testkit.junit.PostgresTest;

/**
 * pgsafety's change types on real PostgreSQL: the catalog state each leaves (validity flags included), that pgsafety's
 * own validation finds nothing unsafe in them, and rollback.
 */
class LiquibaseChangeTypesTest {

    @TempDir
    Path dir;

    /** Existing tables with rows, so every lock rule applies to them. */
    static void orders(PgDatabase db) throws Exception {
        try (Connection c = db.connect()) {
            Sessions.exec(c, """
                    CREATE TABLE customers (id bigint PRIMARY KEY, email text);
                    CREATE TABLE orders (id bigint NOT NULL, customer_id bigint, total int, note text);
                    INSERT INTO customers SELECT g, 'c' || g || '@example.com' FROM generate_series(1, 1000) g;
                    INSERT INTO orders SELECT g, g % 1000 + 1, g % 50, 'note ' || g FROM generate_series(1, 5000) g;
                    CREATE INDEX orders_note_idx ON orders (note);
                    ANALYZE customers; ANALYZE orders""");
        }
    }

    /** Every table counts as large, and a statement pgsafety cannot parse is an error. */
    static LiquibaseRun strict(PgDatabase db, Path dir) {
        return new LiquibaseRun(db, dir)
                .set("liquibase.safety.smallTableRows", "0")
                .set("liquibase.safety.smallTableBytes", "0")
                .set("liquibase.safety.strict", "true");
    }

    static final String CHANGES = """
            <changeSet id="index" author="app" runInTransaction="false">
                <pg:createIndexConcurrently tableName="orders" indexName="orders_total_idx" where="total &gt; 0">
                    <column name="total"/>
                    <column name="lower(note)" computed="true" descending="true"/>
                </pg:createIndexConcurrently>
            </changeSet>
            <changeSet id="unique-index" author="app" runInTransaction="false">
                <pg:createIndexConcurrently tableName="customers" indexName="customers_email_idx" unique="true">
                    <pg:column name="email"/>
                </pg:createIndexConcurrently>
            </changeSet>
            <changeSet id="drop-index" author="app" runInTransaction="false">
                <pg:dropIndexConcurrently indexName="orders_note_idx"/>
                <rollback>
                    <pg:createIndexConcurrently tableName="orders" indexName="orders_note_idx">
                        <column name="note"/>
                    </pg:createIndexConcurrently>
                </rollback>
            </changeSet>
            <changeSet id="fk" author="app" runInTransaction="false">
                <pg:addForeignKeyConstraintOnline baseTableName="orders" baseColumnNames="customer_id"
                        referencedTableName="customers" referencedColumnNames="id"
                        constraintName="orders_customer_fk" onDelete="SET NULL"/>
            </changeSet>
            <changeSet id="check" author="app" runInTransaction="false">
                <pg:addCheckConstraintOnline tableName="orders" constraintName="orders_total_positive"
                        checkCondition="total &gt;= 0"/>
            </changeSet>
            <changeSet id="check-not-valid" author="app">
                <pg:addCheckConstraintOnline tableName="orders" constraintName="orders_note_short"
                        checkCondition="length(note) &lt; 100" validate="false"/>
            </changeSet>
            <changeSet id="unique" author="app" runInTransaction="false">
                <pg:addUniqueConstraintOnline tableName="customers" columnNames="email" constraintName="customers_email_key"/>
            </changeSet>
            <changeSet id="pk" author="app" runInTransaction="false">
                <pg:addUniqueConstraintOnline tableName="orders" columnNames="id" constraintName="orders_pkey"
                        primaryKey="true"/>
            </changeSet>""";

    /** The state {@link #CHANGES} (or the same changes in YAML or JSON) leave. */
    static void assertEveryChangeApplied(CatalogState catalog) throws Exception {
        assertThat(catalog.ranChangeSets())
                .containsExactly("index", "unique-index", "drop-index", "fk", "check", "check-not-valid", "unique", "pk");
        assertThat(catalog.constraintsButNotNull("public", "orders")).containsExactly(
                "orders_customer_fk f true", "orders_note_short c false", "orders_pkey p true", "orders_total_positive c true");
        assertThat(catalog.constraintsButNotNull("public", "customers"))
                .containsExactly("customers_email_key u true", "customers_pkey p true");
        assertThat(catalog.indexes("public", "orders")).containsExactly(
                "orders_pkey valid=true unique=true primary=true: CREATE UNIQUE INDEX orders_pkey ON public.orders USING btree (id)",
                "orders_total_idx valid=true unique=false primary=false: CREATE INDEX orders_total_idx ON public.orders"
                        + " USING btree (total, lower(note) DESC) WHERE (total > 0)");
        assertThat(catalog.indexes("public", "customers")).containsExactly(
                "customers_email_idx valid=true unique=true primary=false: CREATE UNIQUE INDEX customers_email_idx ON"
                        + " public.customers USING btree (email)",
                "customers_email_key valid=true unique=true primary=false: CREATE UNIQUE INDEX customers_email_key ON"
                        + " public.customers USING btree (email)",
                "customers_pkey valid=true unique=true primary=true: CREATE UNIQUE INDEX customers_pkey ON public.customers"
                        + " USING btree (id)");
        assertThat(catalog.strings("SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = ?", "orders_customer_fk"))
                .containsExactly("FOREIGN KEY (customer_id) REFERENCES customers(id) ON DELETE SET NULL");
    }

    @PostgresTest
    void everyChangeTypeLeavesTheExpectedCatalogStateAndPgsafetyFindsNothingUnsafe(PgDatabase db) throws Exception {
        orders(db);
        CatalogState catalog = new CatalogState(db);
        LiquibaseRun run = strict(db, dir).changeSet(CHANGES);
        run.update();

        assertEveryChangeApplied(catalog);

        // The NOT VALID check is validated by validateConstraint in a later changeSet (a transactional one is fine).
        run.changeSet("""
                <changeSet id="validate" author="app">
                    <pg:validateConstraint tableName="orders" constraintName="orders_note_short"/>
                </changeSet>""");
        run.update();
        assertThat(catalog.constraintsButNotNull("public", "orders")).contains("orders_note_short c true");

        // The same tables count as large for pgsafety: Liquibase's own validating changes are refused.
        LiquibaseRun core = strict(db, dir).changeSet(CHANGES).changeSet("""
                <changeSet id="validate" author="app">
                    <pg:validateConstraint tableName="orders" constraintName="orders_note_short"/>
                </changeSet>
                <changeSet id="core" author="app">
                    <addUniqueConstraint tableName="orders" columnNames="note" constraintName="orders_note_key"/>
                </changeSet>""");
        assertThatThrownBy(core::update).hasMessageContaining("[add-unique-constraint]");
    }

    @PostgresTest
    void everyChangeRollsBack(PgDatabase db) throws Exception {
        orders(db);
        CatalogState catalog = new CatalogState(db);
        LiquibaseRun run = strict(db, dir).changeSet(CHANGES).changeSet("""
                <changeSet id="validate" author="app">
                    <pg:validateConstraint tableName="orders" constraintName="orders_note_short"/>
                </changeSet>""");
        run.update();

        run.rollbackCount(1);
        assertThat(catalog.constraintsButNotNull("public", "orders")).as("validateConstraint rolls back as a no-op")
                .contains("orders_note_short c true");
        run.rollbackCount(2);
        assertThat(catalog.constraintsButNotNull("public", "orders")).doesNotContain("orders_pkey p true");
        assertThat(catalog.constraintsButNotNull("public", "customers")).containsExactly("customers_pkey p true");
        assertThat(catalog.indexes("public", "customers")).noneMatch(i -> i.startsWith("customers_email_key"));
        run.rollbackCount(6);
        assertThat(catalog.ranChangeSets()).isEmpty();
        assertThat(catalog.constraintsButNotNull("public", "orders")).isEmpty();
        assertThat(catalog.indexes("public", "orders")).containsExactly(
                "orders_note_idx valid=true unique=false primary=false: CREATE INDEX orders_note_idx ON public.orders"
                        + " USING btree (note)");
        assertThat(catalog.indexes("public", "customers")).containsExactly(
                "customers_pkey valid=true unique=true primary=true: CREATE UNIQUE INDEX customers_pkey ON public.customers"
                        + " USING btree (id)");

        run.update();
        assertThat(catalog.ranChangeSets()).hasSize(9);
    }

    @PostgresTest(newestOnly = true)
    void updateSqlShowsTheStatementsAsTheyRun(PgDatabase db) throws Exception {
        orders(db);
        String sql = strict(db, dir).changeSet(CHANGES).updateSql();
        assertThat(sql)
                .contains("CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_total_idx ON public.orders (total, (lower(note)) DESC)"
                        + " WHERE total > 0;")
                .contains("CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS customers_email_idx ON public.customers (email);")
                .contains("DROP INDEX CONCURRENTLY IF EXISTS public.orders_note_idx;")
                .contains("""
                        DO $pgsafety$
                        BEGIN
                        IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint WHERE conrelid = E'public.orders'::pg_catalog.regclass\
                         AND conname = E'orders_customer_fk') THEN
                            ALTER TABLE public.orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id)\
                         REFERENCES public.customers (id) ON DELETE SET NULL NOT VALID;
                        END IF;
                        END
                        $pgsafety$;""")
                .contains("ALTER TABLE public.orders VALIDATE CONSTRAINT orders_customer_fk;")
                .contains("CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS orders_pkey ON public.orders (id);")
                .contains("ALTER TABLE public.orders ADD CONSTRAINT orders_pkey PRIMARY KEY USING INDEX orders_pkey;");
    }
}
