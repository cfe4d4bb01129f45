-- A table from an earlier file is never new in a static lint.
-- expect: set-not-null
ALTER TABLE invoices ALTER COLUMN status SET NOT NULL;
