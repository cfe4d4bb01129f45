-- fixture: no-transaction
-- Running application versions still read or write the column.
-- expect: drop-column
ALTER TABLE orders DROP COLUMN note;

-- expect: drop-column
alter table app."Orders" drop column if exists "Legacy Flag" cascade;

-- COLUMN is optional; several columns in one statement give one finding
-- expect: drop-column
ALTER TABLE orders DROP old_status, DROP COLUMN old_total RESTRICT;

-- expect: drop-column
DO $$ BEGIN ALTER TABLE orders DROP COLUMN tmp; END $$;
