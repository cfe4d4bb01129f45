-- A table created earlier in the same migration is not in use yet.
CREATE TABLE invoices (id bigint PRIMARY KEY, net numeric NOT NULL, tax numeric NOT NULL);
ALTER TABLE invoices ADD COLUMN gross numeric GENERATED ALWAYS AS (net + tax) STORED;
