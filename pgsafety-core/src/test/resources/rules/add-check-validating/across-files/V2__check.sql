-- A table from an earlier file is never new in a static lint.
-- expect: add-check-validating
ALTER TABLE invoices ADD CHECK (amount >= 0);
