-- A table created earlier in the same migration is empty and unused.
CREATE TABLE accounts (id bigint, email text, handle text);
ALTER TABLE accounts ADD PRIMARY KEY (id);
ALTER TABLE accounts ADD CONSTRAINT accounts_email_key UNIQUE (email);
ALTER TABLE accounts ADD COLUMN external_ref text UNIQUE;
