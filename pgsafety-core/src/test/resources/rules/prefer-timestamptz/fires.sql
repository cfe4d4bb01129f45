-- expect: prefer-timestamptz
CREATE TABLE events (id bigint PRIMARY KEY, happened_at timestamp NOT NULL DEFAULT now());

-- Spelled out, with precision, in upper case, as an array, quoted name
-- expect: prefer-timestamptz
create table "Audit" ("At" TIMESTAMP(3) WITHOUT TIME ZONE, seen timestamp[]);

-- expect: prefer-timestamptz
ALTER TABLE events ADD COLUMN processed_at timestamp;

-- expect: prefer-timestamptz
ALTER TABLE events ALTER COLUMN happened_at TYPE timestamp(0) without time zone;

-- An existing table (adding a nullable column without default is otherwise fine)
-- expect: prefer-timestamptz
ALTER TABLE app.orders ADD COLUMN shipped_at timestamp without time zone;
