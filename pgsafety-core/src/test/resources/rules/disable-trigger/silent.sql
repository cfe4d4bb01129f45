-- A table created earlier in the same migration is not in use yet.
CREATE TABLE staging (id bigint PRIMARY KEY);
ALTER TABLE staging DISABLE TRIGGER ALL;
-- Enabling, and other DISABLE subcommands
ALTER TABLE orders ENABLE TRIGGER orders_audit;
ALTER TABLE orders ENABLE ALWAYS TRIGGER orders_audit;
ALTER TABLE orders DISABLE RULE orders_rule;
ALTER TABLE orders DISABLE ROW LEVEL SECURITY;
-- Look-alike text
SELECT 'ALTER TABLE orders DISABLE TRIGGER ALL';
-- Dollar-quoted look-alikes; a DO block that only mentions it
SELECT $x$ALTER TABLE orders DISABLE TRIGGER ALL$x$;
DO $$ BEGIN RAISE NOTICE 'ALTER TABLE orders DISABLE TRIGGER ALL;'; END $$;
