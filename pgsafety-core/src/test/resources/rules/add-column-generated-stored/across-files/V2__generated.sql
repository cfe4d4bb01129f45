-- A table from an earlier file is never new in a static lint.
-- expect: add-column-generated-stored
ALTER TABLE invoices ADD COLUMN gross numeric GENERATED ALWAYS AS (net + tax) STORED;
