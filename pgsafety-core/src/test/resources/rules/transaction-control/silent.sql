-- Savepoints work inside the tool's transaction
CREATE TABLE audit_events (id bigint PRIMARY KEY, at timestamptz);
SAVEPOINT before_insert;
INSERT INTO audit_events (id, at) VALUES (1, now());
ROLLBACK TO SAVEPOINT before_insert;
RELEASE SAVEPOINT before_insert;

-- Text and PL/pgSQL blocks that merely look like it
SELECT 'BEGIN; COMMIT;';
DO $$ BEGIN RAISE NOTICE 'commit'; END $$;
CREATE FUNCTION touch() RETURNS void LANGUAGE plpgsql AS $$ BEGIN PERFORM 1; END $$;

-- pgsafety:allow transaction-control reason: intentional, audit_events must stay even if a later statement fails
COMMIT;
