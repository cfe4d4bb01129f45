-- A table created earlier in the same migration is empty and unused.
CREATE TABLE invoices (id bigint PRIMARY KEY, amount numeric CHECK (amount >= 0));
ALTER TABLE invoices ADD CONSTRAINT invoices_amount_check2 CHECK (amount < 1000000);
ALTER TABLE invoices ADD COLUMN discount numeric CHECK (discount BETWEEN 0 AND 1);
