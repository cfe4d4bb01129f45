-- fixture: no-transaction
-- EXECUTE of a constant string: the fix is the statement itself
-- expect: dynamic-sql
DO $$ BEGIN EXECUTE 'ALTER TABLE orders ADD COLUMN note text'; END $$;

-- expect: dynamic-sql
do $body$ begin execute format('ALTER TABLE %I ADD COLUMN note text',
    'orders');
end $body$;

-- Two EXECUTEs in one block: two findings
-- expect: dynamic-sql
-- expect: dynamic-sql
DO $$ BEGIN EXECUTE 'SET LOCAL lock_timeout = ''2s'''; EXECUTE 'ANALYZE orders'; END $$;

-- A loop over partitions. The finding carries the line of the EXECUTE inside the body; the fixture harness
-- counts it for the DO statement that spans that line.
-- expect: dynamic-sql
DO $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT tablename FROM pg_tables WHERE tablename LIKE 'events_%' LOOP
        EXECUTE format('CREATE INDEX %I ON %I (created_at)', r.tablename || '_created_at_idx', r.tablename);
    END LOOP;
END
$$;
SELECT 1;
