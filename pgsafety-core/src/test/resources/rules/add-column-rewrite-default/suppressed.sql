-- fixture: no-transaction
-- pgsafety:allow add-column-rewrite-default reason: lookup table with 40 rows, rewrite takes milliseconds
ALTER TABLE countries ADD COLUMN uid uuid DEFAULT gen_random_uuid();
