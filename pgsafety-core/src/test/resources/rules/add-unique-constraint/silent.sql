-- fixture: no-transaction
-- The safe pattern: build the index concurrently, then attach it.
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS users_email_key ON users (email);
ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_key;
alter table public."Users" add constraint "Users_pkey" primary key using index "Users_pkey";

-- Text that merely looks like the statement
SELECT 'ALTER TABLE users ADD UNIQUE (email)';
DO $$ BEGIN RAISE NOTICE 'ALTER TABLE users ADD PRIMARY KEY (id)'; END $$;

-- pgsafety:allow add-unique-constraint reason: currencies has 180 rows
ALTER TABLE currencies ADD CONSTRAINT currencies_code_key UNIQUE (code);
