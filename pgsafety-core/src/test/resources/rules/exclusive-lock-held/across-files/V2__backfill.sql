-- A table from an earlier file is never new in a static lint: that file may have run years ago.
ALTER TABLE invoices ADD COLUMN note text;

-- expect: exclusive-lock-held
UPDATE invoices SET note = '' WHERE id <= 1000;
