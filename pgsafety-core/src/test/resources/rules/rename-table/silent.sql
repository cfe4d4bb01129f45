-- A table created earlier in the same migration is not in use yet.
CREATE TABLE drafts (id bigint PRIMARY KEY, body text);
ALTER TABLE drafts RENAME TO draft_documents;
-- Other objects and look-alike text
ALTER INDEX orders_note_idx RENAME TO orders_remark_idx;
ALTER SEQUENCE orders_id_seq RENAME TO purchases_id_seq;
SELECT 'ALTER TABLE orders RENAME TO purchases';
-- Dollar-quoted look-alikes; a DO block that only mentions it
SELECT $x$ALTER TABLE orders RENAME TO purchases$x$;
DO $$ BEGIN RAISE NOTICE 'ALTER TABLE orders RENAME TO purchases;'; END $$;
