-- A table created earlier in the same migration is not in use yet.
CREATE TABLE invoices (id bigint PRIMARY KEY, customer_id bigint NOT NULL);
CREATE INDEX invoices_customer_id_idx ON invoices (customer_id);
REINDEX INDEX invoices_customer_id_idx;
REINDEX TABLE invoices;
