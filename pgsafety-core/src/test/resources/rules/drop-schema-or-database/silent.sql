-- Other DROP statements, look-alike text
DROP VIEW IF EXISTS legacy_summary;
DROP SEQUENCE IF EXISTS legacy_seq;
DROP OWNED BY legacy_role;
SELECT 'DROP SCHEMA legacy CASCADE', 'DROP DATABASE x';
COMMENT ON SCHEMA legacy IS 'DROP SCHEMA legacy after release 50';
-- Dollar-quoted look-alikes; a DO block that only mentions it
SELECT $x$DROP SCHEMA public CASCADE$x$;
DO $$ BEGIN RAISE NOTICE 'DROP SCHEMA public CASCADE;'; END $$;
