-- fixture: no-transaction
-- EXECUTE of a prepared statement at the top level is not dynamic SQL
PREPARE recent_orders AS SELECT * FROM orders WHERE created_at > now() - interval '1 day';
EXECUTE recent_orders;
DEALLOCATE recent_orders;

-- Static statements, PERFORM, and text that only mentions EXECUTE
DO $$
BEGIN
    -- EXECUTE 'DROP TABLE orders';
    PERFORM pg_sleep(0);
    RAISE NOTICE 'EXECUTE %', 'nothing';
    INSERT INTO migration_log (note) VALUES ('EXECUTE format(...)');
END $$;

-- Bodies of other languages are not PL/pgSQL: not analyzed
DO LANGUAGE plpython3u $$ plpy.execute("SELECT 1") $$;

-- A function body is not run by the migration here
CREATE FUNCTION rebuild(t text) RETURNS void LANGUAGE plpgsql AS $$ BEGIN EXECUTE format('REINDEX TABLE %I', t); END $$;

-- Suppressed: a suppression above the DO covers the statements inside it
-- pgsafety:allow dynamic-sql reason: creates one partition per month, checked by hand: CREATE TABLE only
DO $$ BEGIN EXECUTE format('CREATE TABLE IF NOT EXISTS %I PARTITION OF events FOR VALUES FROM (%L) TO (%L)', 'events_2025_01', '2025-01-01', '2025-02-01'); END $$;
