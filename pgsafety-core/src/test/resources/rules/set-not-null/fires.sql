-- fixture: no-transaction
-- No CHECK (status IS NOT NULL) is known: full scan under ACCESS EXCLUSIVE.
-- expect: set-not-null
ALTER TABLE orders ALTER COLUMN status SET NOT NULL;

-- Quoted and schema-qualified, COLUMN omitted, odd case
-- expect: set-not-null
alter table public."Orders" alter "Status" set not null;

-- A CHECK added NOT VALID but never validated proves nothing
ALTER TABLE orders ADD CONSTRAINT orders_note_not_null CHECK (note IS NOT NULL) NOT VALID;
-- expect: set-not-null
ALTER TABLE orders ALTER COLUMN note SET NOT NULL;

-- A validated CHECK on another column does not help this one
ALTER TABLE orders ADD CONSTRAINT orders_region_not_null CHECK (region IS NOT NULL) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_region_not_null;
-- expect: set-not-null
ALTER TABLE orders ALTER COLUMN country SET NOT NULL;

-- Several columns in one statement: one finding each
-- expect: set-not-null
-- expect: set-not-null
ALTER TABLE orders
    ALTER COLUMN a SET NOT NULL,
    ALTER COLUMN b SET NOT NULL;
