-- A table created earlier in the same migration is empty and unused.
CREATE TABLE invoices (id bigint PRIMARY KEY, status text);
ALTER TABLE invoices ALTER COLUMN status SET NOT NULL;
ALTER TABLE invoices ADD COLUMN note text;
ALTER TABLE invoices ALTER COLUMN note SET NOT NULL;
