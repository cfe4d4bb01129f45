package dev.pgsafety.bench.stall;

import static dev.pgsafety.bench.stall.Migration.flyway;
import static dev.pgsafety.bench.stall.Migration.liquibase;
import static dev.pgsafety.bench.stall.Migration.nonTransactional;
import static dev.pgsafety.bench.stall.Migration.script;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The six schema changes of the benchmark, each as a team would first write it (naive), as an expert would write
 * it by hand, and with pgsafety, for Flyway and for Liquibase.
 */
public final class Scenarios {

    private Scenarios() {
    }

    public static List<Scenario> all(long holdLockMillis) {
        return List.of(lockQueue(holdLockMillis), index(), foreignKey(), notNull(), unique(), backfill());
    }

    /** A cheap ALTER that still needs ACCESS EXCLUSIVE, queued behind a long report query. */
    static Scenario lockQueue(long holdLockMillis) {
        String addNote = "ALTER TABLE orders ADD COLUMN note text;\n";
        String changeSet = changeSet("add-note", true,
                "<addColumn tableName=\"orders\"><column name=\"note\" type=\"text\"/></addColumn>");
        Map<Variant, Migration> m = new LinkedHashMap<>();
        m.put(Variant.FLYWAY_NAIVE, flyway(script("V2__add_note.sql", addNote)));
        m.put(Variant.FLYWAY_HAND_SAFE, flyway(script("V2__add_note.sql", "SET lock_timeout = '500ms';\n" + addNote)));
        // Nothing to reject: the statement is fine once it cannot queue for long; pgsafety's runtime sees to that.
        m.put(Variant.FLYWAY_PGSAFETY_NAIVE, flyway(script("V2__add_note.sql", addNote)));
        m.put(Variant.LIQUIBASE_NAIVE, liquibase(changeSet));
        m.put(Variant.LIQUIBASE_PGSAFETY_NAIVE, liquibase(changeSet));
        return new Scenario("lock-queue", "ADD COLUMN queued behind a long transaction", List.of(), UnaryOperator.identity(),
                holdLockMillis, m,
                "SELECT count(*) = 1 FROM pg_attribute WHERE attrelid = 'orders'::regclass AND attname = 'note'", null);
    }

    static Scenario index() {
        Map<Variant, Migration> m = new LinkedHashMap<>();
        String naive = "CREATE INDEX orders_created_at_idx ON orders (created_at);\n";
        m.put(Variant.FLYWAY_NAIVE, flyway(script("V2__index.sql", naive)));
        m.put(Variant.FLYWAY_HAND_SAFE, flyway(script("V2__index.sql",
                "CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_created_at_idx ON orders (created_at);\n")));
        m.put(Variant.FLYWAY_PGSAFETY_NAIVE, flyway(script("V2__index.sql", naive)));
        m.put(Variant.FLYWAY_PGSAFETY_SAFE, m.get(Variant.FLYWAY_HAND_SAFE));
        String core = changeSet("index", true, "<createIndex tableName=\"orders\" indexName=\"orders_created_at_idx\">"
                + "<column name=\"created_at\"/></createIndex>");
        m.put(Variant.LIQUIBASE_NAIVE, liquibase(core));
        m.put(Variant.LIQUIBASE_PGSAFETY_NAIVE, liquibase(core));
        m.put(Variant.LIQUIBASE_PGSAFETY_ONLINE, liquibase(changeSet("index", false,
                "<pg:createIndexConcurrently tableName=\"orders\" indexName=\"orders_created_at_idx\">"
                        + "<column name=\"created_at\"/></pg:createIndexConcurrently>")));
        return new Scenario("index", "CREATE INDEX vs CREATE INDEX CONCURRENTLY", List.of(), UnaryOperator.identity(), 0, m,
                "SELECT coalesce((SELECT indisvalid FROM pg_index WHERE indexrelid = to_regclass('orders_created_at_idx')), false)", null);
    }

    static Scenario foreignKey() {
        Map<Variant, Migration> m = new LinkedHashMap<>();
        String add = "ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey"
                + " FOREIGN KEY (customer_id) REFERENCES customers (id)";
        m.put(Variant.FLYWAY_NAIVE, flyway(script("V2__fk.sql", add + ";\n")));
        m.put(Variant.FLYWAY_HAND_SAFE, flyway(script("V2__fk.sql", add + " NOT VALID;\n"),
                script("V3__fk_validate.sql", "ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_id_fkey;\n")));
        m.put(Variant.FLYWAY_PGSAFETY_NAIVE, m.get(Variant.FLYWAY_NAIVE));
        m.put(Variant.FLYWAY_PGSAFETY_SAFE, m.get(Variant.FLYWAY_HAND_SAFE));
        String attributes = " baseTableName=\"orders\" baseColumnNames=\"customer_id\" referencedTableName=\"customers\""
                + " referencedColumnNames=\"id\" constraintName=\"orders_customer_id_fkey\"/>";
        String core = changeSet("fk", true, "<addForeignKeyConstraint" + attributes);
        m.put(Variant.LIQUIBASE_NAIVE, liquibase(core));
        m.put(Variant.LIQUIBASE_PGSAFETY_NAIVE, liquibase(core));
        m.put(Variant.LIQUIBASE_PGSAFETY_ONLINE, liquibase(changeSet("fk", false, "<pg:addForeignKeyConstraintOnline" + attributes)));
        return new Scenario("foreign-key", "ADD FOREIGN KEY vs NOT VALID + VALIDATE", List.of(), UnaryOperator.identity(), 0, m,
                "SELECT coalesce((SELECT convalidated FROM pg_constraint WHERE conname = 'orders_customer_id_fkey'), false)", null);
    }

    static Scenario notNull() {
        Map<Variant, Migration> m = new LinkedHashMap<>();
        String naive = "ALTER TABLE orders ALTER COLUMN currency SET NOT NULL;\n";
        m.put(Variant.FLYWAY_NAIVE, flyway(script("V2__currency_not_null.sql", naive)));
        m.put(Variant.FLYWAY_HAND_SAFE, flyway(
                script("V2__currency_check.sql", "ALTER TABLE orders ADD CONSTRAINT orders_currency_not_null"
                        + " CHECK (currency IS NOT NULL) NOT VALID;\n"),
                script("V3__currency_validate.sql", "ALTER TABLE orders VALIDATE CONSTRAINT orders_currency_not_null;\n"),
                script("V4__currency_not_null.sql", naive
                        + "ALTER TABLE orders DROP CONSTRAINT orders_currency_not_null;\n")));
        m.put(Variant.FLYWAY_PGSAFETY_NAIVE, m.get(Variant.FLYWAY_NAIVE));
        m.put(Variant.FLYWAY_PGSAFETY_SAFE, m.get(Variant.FLYWAY_HAND_SAFE));
        String core = changeSet("currency-not-null", true,
                "<addNotNullConstraint tableName=\"orders\" columnName=\"currency\" columnDataType=\"text\"/>");
        m.put(Variant.LIQUIBASE_NAIVE, liquibase(core));
        m.put(Variant.LIQUIBASE_PGSAFETY_NAIVE, liquibase(core));
        m.put(Variant.LIQUIBASE_PGSAFETY_ONLINE, liquibase(changeSet("currency-not-null", false,
                "<pg:addNotNullConstraintOnline tableName=\"orders\" columnName=\"currency\"/>")));
        return new Scenario("not-null", "SET NOT NULL vs the CHECK pattern", List.of(), UnaryOperator.identity(), 0, m,
                "SELECT attnotnull FROM pg_attribute WHERE attrelid = 'orders'::regclass AND attname = 'currency'", null);
    }

    static Scenario unique() {
        Map<Variant, Migration> m = new LinkedHashMap<>();
        m.put(Variant.FLYWAY_NAIVE, flyway(script("V2__unique_reference.sql",
                "ALTER TABLE orders ADD CONSTRAINT orders_reference_key UNIQUE (reference);\n")));
        m.put(Variant.FLYWAY_HAND_SAFE, flyway(
                script("V2__unique_reference_index.sql",
                        "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS orders_reference_key ON orders (reference);\n"),
                script("V3__unique_reference.sql",
                        "ALTER TABLE orders ADD CONSTRAINT orders_reference_key UNIQUE USING INDEX orders_reference_key;\n")));
        m.put(Variant.FLYWAY_PGSAFETY_NAIVE, m.get(Variant.FLYWAY_NAIVE));
        m.put(Variant.FLYWAY_PGSAFETY_SAFE, m.get(Variant.FLYWAY_HAND_SAFE));
        String attributes = " tableName=\"orders\" columnNames=\"reference\" constraintName=\"orders_reference_key\"/>";
        String core = changeSet("unique-reference", true, "<addUniqueConstraint" + attributes);
        m.put(Variant.LIQUIBASE_NAIVE, liquibase(core));
        m.put(Variant.LIQUIBASE_PGSAFETY_NAIVE, liquibase(core));
        m.put(Variant.LIQUIBASE_PGSAFETY_ONLINE, liquibase(changeSet("unique-reference", false,
                "<pg:addUniqueConstraintOnline" + attributes)));
        return new Scenario("unique", "ADD UNIQUE vs unique index concurrently + USING INDEX", List.of(),
                UnaryOperator.identity(), 0, m,
                "SELECT count(*) = 1 FROM pg_constraint WHERE conname = 'orders_reference_key' AND contype = 'u'", null);
    }

    /**
     * Filling a new column of every row while the application, already writing both columns (expand), updates
     * the same rows.
     */
    static Scenario backfill() {
        Map<Variant, Migration> m = new LinkedHashMap<>();
        String update = "UPDATE orders SET total_amount = total_cents / 100.0 WHERE total_amount IS NULL;\n";
        m.put(Variant.FLYWAY_NAIVE, flyway(script("V2__backfill_total_amount.sql", update)));
        m.put(Variant.FLYWAY_HAND_SAFE, flyway(nonTransactional("V2__backfill_total_amount.sql", """
                DO $$
                DECLARE
                    last_id bigint := 0;
                    max_id bigint;
                BEGIN
                    SELECT max(id) INTO max_id FROM orders;
                    WHILE last_id < max_id LOOP
                        UPDATE orders SET total_amount = total_cents / 100.0
                         WHERE id > last_id AND id <= last_id + 5000 AND total_amount IS NULL;
                        last_id := last_id + 5000;
                        COMMIT;
                    END LOOP;
                END $$;
                """)));
        m.put(Variant.FLYWAY_PGSAFETY_NAIVE, m.get(Variant.FLYWAY_NAIVE));
        m.put(Variant.FLYWAY_PGSAFETY_SAFE, flyway(nonTransactional("V2__backfill_total_amount.sql",
                "-- pgsafety:backfill\n" + update)));
        String core = changeSet("backfill-total-amount", true, "<update tableName=\"orders\">"
                + "<column name=\"total_amount\" valueComputed=\"total_cents / 100.0\"/>"
                + "<where>total_amount IS NULL</where></update>");
        m.put(Variant.LIQUIBASE_NAIVE, liquibase(core));
        m.put(Variant.LIQUIBASE_PGSAFETY_NAIVE, liquibase(core));
        m.put(Variant.LIQUIBASE_PGSAFETY_ONLINE, liquibase(changeSet("backfill-total-amount", false,
                "<pg:backfill tableName=\"orders\" set=\"total_amount = total_cents / 100.0\" where=\"total_amount IS NULL\"/>")));
        UnaryOperator<dev.pgsafety.testkit.traffic.TrafficOptions> dualWrites = t -> t.withStatements(
                "INSERT INTO orders (customer_id, reference, status, currency, total_cents, total_amount)"
                        + " SELECT c, r, 'new', 'EUR', t, t / 100.0 FROM (VALUES (?::bigint, ?::text, ?::bigint)) AS v (c, r, t)",
                "UPDATE orders SET total_cents = total_cents + 1, total_amount = (total_cents + 1) / 100.0,"
                        + " version = version + 1, updated_at = now() WHERE id = ?");
        return new Scenario("backfill", "one UPDATE of every row vs a batched backfill, with concurrent updates",
                List.of("ALTER TABLE orders ADD COLUMN total_amount numeric"), dualWrites, 0, m,
                "SELECT count(*) = 0 FROM orders WHERE total_amount IS NULL",
                "SELECT count(*) FROM orders WHERE total_amount IS DISTINCT FROM total_cents / 100.0");
    }

    private static String changeSet(String id, boolean inTransaction, String change) {
        return "<changeSet id=\"" + id + "\" author=\"bench\"" + (inTransaction ? "" : " runInTransaction=\"false\"")
                + ">\n    " + change + "\n</changeSet>";
    }
}
