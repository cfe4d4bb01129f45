-- fixture: no-transaction
ALTER TABLE orders ADD COLUMN seq bigint;
-- Columns named like the types, of other types
ALTER TABLE orders ADD COLUMN serial_no text;
ALTER TABLE orders ADD COLUMN "serial" bigint DEFAULT 0;
-- Text that looks like the statement
SELECT 'ALTER TABLE orders ADD COLUMN x bigserial';
-- pgsafety:allow add-column-serial reason: table with 12 rows, the rewrite is instant
ALTER TABLE currencies ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY;
