-- A table created earlier in the same migration is not in use yet: a plain index is fine.
CREATE TABLE invoices (id bigint PRIMARY KEY, customer_id bigint NOT NULL);
CREATE INDEX invoices_customer_id_idx ON invoices (customer_id);
create table "Audit Log" (id bigint primary key, at timestamptz);
create index on "Audit Log" (at);
