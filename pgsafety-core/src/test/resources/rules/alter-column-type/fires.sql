-- fixture: no-transaction
-- (each statement commits on its own, so only this rule's findings show, not the ones about locks held together)

-- The current type is unknown (no earlier migration declares it, no connection): it may be a rewrite.
-- expect: alter-column-type
ALTER TABLE orders ALTER COLUMN amount TYPE numeric(12,2);

-- expect: alter-column-type
alter table app."Orders" alter column "Note" set data type text;

-- USING computes every row anew: always a rewrite
-- expect: alter-column-type
ALTER TABLE orders ALTER COLUMN code TYPE integer USING code::integer;

-- Several columns in one statement: one finding
-- expect: alter-column-type
ALTER TABLE IF EXISTS ONLY orders
    ALTER amount TYPE numeric(14,2),
    ALTER COLUMN   quantity   TYPE   bigint;

-- expect: alter-column-type
DO $$ BEGIN ALTER TABLE orders ALTER COLUMN ref TYPE uuid USING ref::uuid; END $$;
