-- A table created earlier in the same migration is not in use yet.
CREATE TABLE drafts (id bigint PRIMARY KEY, body text);
ALTER TABLE drafts RENAME COLUMN body TO content;
-- Renaming a constraint is not renaming a column; look-alike text
ALTER TABLE orders RENAME CONSTRAINT orders_note_check TO orders_remark_check;
SELECT 'ALTER TABLE orders RENAME COLUMN note TO remark';
-- Dollar-quoted look-alikes; a DO block that only mentions it
SELECT $x$ALTER TABLE orders RENAME COLUMN a TO b$x$;
DO $$ BEGIN RAISE NOTICE 'ALTER TABLE orders RENAME COLUMN a TO b;'; END $$;
