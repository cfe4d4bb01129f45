-- fixture: no-transaction
-- expect: drop-schema-or-database
DROP SCHEMA legacy CASCADE;

-- expect: drop-schema-or-database
drop schema if exists "Old Stuff", staging restrict;

-- Even a schema created in the same migration: dropping schemas is a deliberate, manual act.
CREATE SCHEMA scratch;
-- expect: drop-schema-or-database
DROP SCHEMA scratch;

-- expect: drop-schema-or-database
DROP DATABASE IF EXISTS analytics;

-- expect: drop-schema-or-database
DO $$ BEGIN DROP SCHEMA IF EXISTS tmp CASCADE; END $$;
