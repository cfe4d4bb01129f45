-- fixture: add-check-validating=off add-foreign-key-validating=off add-unique-constraint=off add-exclusion-constraint=off alter-column-type=off set-not-null=off table-rewrite=off add-column-rewrite-default=off add-column-serial=off add-column-generated-stored=off reindex-not-concurrent=off refresh-matview-not-concurrent=off validate-in-same-transaction=off
-- The rules switched off above flag some of these statements for their own reasons; this file is about the
-- ACCESS EXCLUSIVE lock on orders that the first statement takes and the whole transaction keeps.
ALTER TABLE orders ADD COLUMN note text;

-- DML: fires even when the statement is bounded, because the lock on orders is held meanwhile
-- expect: exclusive-lock-held
UPDATE orders SET note = '' WHERE id = 42;

-- expect: exclusive-lock-held
-- expect: unbatched-backfill
UPDATE orders SET note = '' WHERE note IS NULL;

-- expect: exclusive-lock-held
DELETE FROM order_events WHERE created_at < now() - interval '1 year';

-- expect: exclusive-lock-held
INSERT INTO orders_archive SELECT * FROM orders WHERE created_at < '2020-01-01';

-- expect: exclusive-lock-held
insert into "Audit"."Log" (order_id, at) (select id, now() from orders);

-- An index build on another table is just as long
-- expect: exclusive-lock-held
-- expect: create-index-not-concurrent
CREATE INDEX payments_order_id_idx ON payments (order_id);

-- Scans that take weaker locks themselves, on another table
-- expect: exclusive-lock-held
ALTER TABLE payments VALIDATE CONSTRAINT payments_order_id_fkey;

-- expect: exclusive-lock-held
ALTER TABLE payments ADD CONSTRAINT payments_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id);

-- Long ALTER TABLE actions on the locked table itself
-- expect: exclusive-lock-held
ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0);

-- expect: exclusive-lock-held
ALTER TABLE orders ADD UNIQUE (number);

-- expect: exclusive-lock-held
alter table ORDERS
    alter column TOTAL type numeric(12, 2);

-- expect: exclusive-lock-held
ALTER TABLE orders ALTER COLUMN note SET NOT NULL;

-- expect: exclusive-lock-held
ALTER TABLE orders SET TABLESPACE fast_disks;

-- expect: exclusive-lock-held
ALTER TABLE orders ADD COLUMN token uuid DEFAULT gen_random_uuid();

-- expect: exclusive-lock-held
ALTER TABLE orders ADD COLUMN seq bigserial;

-- expect: exclusive-lock-held
ALTER TABLE orders ADD COLUMN total_x2 numeric GENERATED ALWAYS AS (total * 2) STORED;

-- Maintenance
-- expect: exclusive-lock-held
REINDEX TABLE orders;

-- expect: exclusive-lock-held
CLUSTER orders USING orders_pkey;

-- (PostgreSQL would also refuse VACUUM inside a transaction block)
-- expect: exclusive-lock-held
VACUUM (ANALYZE) orders;

-- The refresh also takes ACCESS EXCLUSIVE on a second relation, the view
-- expect: exclusive-lock-held
-- expect: multiple-exclusive-locks
REFRESH MATERIALIZED VIEW order_totals;
