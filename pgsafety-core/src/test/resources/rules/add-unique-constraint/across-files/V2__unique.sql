-- A table from an earlier file is never new in a static lint.
-- expect: add-unique-constraint
ALTER TABLE accounts ADD CONSTRAINT accounts_email_key UNIQUE (email);
