-- A table created earlier in the same migration is not in use yet.
CREATE TABLE drafts (id bigint PRIMARY KEY, body text, tmp text);
ALTER TABLE drafts DROP COLUMN tmp;
-- Dropping a constraint or a default is not dropping a column; look-alike text
ALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_note_check;
ALTER TABLE orders ALTER COLUMN note DROP DEFAULT;
SELECT 'ALTER TABLE orders DROP COLUMN note';
-- Dollar-quoted look-alikes; a DO block that only mentions it
SELECT $x$ALTER TABLE orders DROP COLUMN note$x$;
DO $$ BEGIN RAISE NOTICE 'ALTER TABLE orders DROP COLUMN note;'; END $$;
