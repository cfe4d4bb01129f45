-- A table created earlier in the same migration is not in use yet: dropping its index is fine.
CREATE TABLE invoices (id bigint PRIMARY KEY, customer_id bigint NOT NULL);
CREATE INDEX invoices_customer_id_idx ON invoices (customer_id);
DROP INDEX invoices_customer_id_idx;

create table "Audit Log" (id bigint primary key, at timestamptz);
create index "Audit_At_Idx" on "Audit Log" (at);
drop index if exists "Audit_At_Idx";
