-- The ADD FOREIGN KEY ... NOT VALID (no ACCESS EXCLUSIVE) is recognised by PostgreSQL's default name.
ALTER TABLE payments ADD FOREIGN KEY (invoice_id) REFERENCES invoices NOT VALID;
-- expect: validate-in-same-transaction
ALTER TABLE payments VALIDATE CONSTRAINT payments_invoice_id_fkey;
