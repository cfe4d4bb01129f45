-- fixture: no-transaction
-- PostgreSQL 18: a virtual generated column is computed when read, no rewrite (also the default there).
ALTER TABLE orders ADD COLUMN total numeric GENERATED ALWAYS AS (price * quantity) VIRTUAL;
ALTER TABLE orders ADD COLUMN total2 numeric GENERATED ALWAYS AS (price * quantity);
-- A plain column, and look-alike text
ALTER TABLE orders ADD COLUMN note text DEFAULT 'GENERATED ALWAYS AS (x) STORED';
-- pgsafety:allow add-column-generated-stored reason: table with 30 rows, the rewrite is instant
ALTER TABLE currencies ADD COLUMN label text GENERATED ALWAYS AS (upper(code)) STORED;
