-- fixture: no-transaction
-- expect: drop-table
DROP TABLE orders_archive;

-- Several tables in one statement give one finding
-- expect: drop-table
-- expect: multiple-exclusive-locks
drop table if exists app."Old Orders", legacy_orders cascade;

-- A table created in this migration next to one that was not
CREATE TABLE scratch (id bigint PRIMARY KEY);
-- expect: drop-table
DROP TABLE scratch, old_scratch;

-- expect: drop-table
DO $$ BEGIN DROP TABLE IF EXISTS tmp_import; END $$;
