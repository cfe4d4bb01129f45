-- fixture: no-transaction
-- expect: add-unique-constraint
ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);

-- Unnamed, quoted and schema-qualified names, several columns
-- expect: add-unique-constraint
alter table public."Users" add unique ("Email", tenant_id);

-- expect: add-unique-constraint
ALTER TABLE users ADD PRIMARY KEY (id);

-- Index options do not make it online
-- expect: add-unique-constraint
ALTER TABLE users ADD CONSTRAINT users_handle_key UNIQUE (handle) INCLUDE (display_name) WITH (fillfactor = 90);

-- Inline in ADD COLUMN
-- expect: add-unique-constraint
ALTER TABLE users ADD COLUMN external_ref text UNIQUE;

-- Comments that mention USING INDEX do not count
-- expect: add-unique-constraint
ALTER TABLE users ADD CONSTRAINT users_ssn_key /* USING INDEX users_ssn_key */ UNIQUE (ssn);
