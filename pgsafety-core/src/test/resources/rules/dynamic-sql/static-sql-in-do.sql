-- Static SQL inside a DO body is analyzed like top-level SQL, and reported at its own line.
-- expect: create-index-not-concurrent
DO $$ BEGIN CREATE INDEX orders_note_idx ON orders (note); END $$;

-- Inside IF ... THEN: reported at the CREATE INDEX's own line, which the DO statement spans.
-- expect: create-index-not-concurrent
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_indexes WHERE indexname = 'orders_total_idx') THEN
        RAISE NOTICE 'creating orders_total_idx';
        CREATE INDEX orders_total_idx ON orders (total);
    END IF;
END $$;
SELECT 1;

-- A table created in the same DO block is new, as at top level
DO $$ BEGIN CREATE TABLE tags (id bigint PRIMARY KEY, label text); CREATE INDEX tags_label_idx ON tags (label); END $$;
