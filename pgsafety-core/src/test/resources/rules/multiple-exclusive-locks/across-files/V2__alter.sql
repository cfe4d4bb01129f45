-- invoices comes from an earlier file: never new in a static lint
ALTER TABLE invoices ADD COLUMN note text;

-- expect: multiple-exclusive-locks
ALTER TABLE orders ADD COLUMN invoice_note text;
