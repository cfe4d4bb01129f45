-- fixture: no-transaction
-- A non-volatile default is stored in the catalog (PostgreSQL 11+): old rows read it, old INSERTs get it.
ALTER TABLE orders ADD COLUMN status text NOT NULL DEFAULT 'new';
ALTER TABLE orders ADD COLUMN placed_at timestamptz NOT NULL DEFAULT now();
-- Nullable columns
ALTER TABLE orders ADD COLUMN remark text;
ALTER TABLE orders ADD COLUMN note text NULL;
-- NOT NULL in a comment or a string
ALTER TABLE orders ADD COLUMN hint text /* NOT NULL */ DEFAULT 'NOT NULL';
-- pgsafety:allow add-column-required reason: the table is empty and no code inserts into it yet
ALTER TABLE feature_flags ADD COLUMN owner text NOT NULL;
