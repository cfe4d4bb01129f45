-- fixture: no-transaction
-- NOT NULL without a default: fails on a table with rows; on an empty one, old code's INSERTs fail.
-- expect: add-column-required
ALTER TABLE orders ADD COLUMN status text NOT NULL;

-- expect: add-column-required
alter table app."Orders" add column "Region" varchar(20) not null;

-- An explicit DEFAULT NULL is no default at all
-- expect: add-column-required
ALTER TABLE orders ADD COLUMN tenant_id bigint NOT NULL DEFAULT NULL;

-- expect: add-column-required
ALTER TABLE IF EXISTS orders
    ADD COLUMN IF NOT EXISTS
        approved   boolean   CONSTRAINT orders_approved_nn NOT NULL,
    ADD COLUMN comment text;
