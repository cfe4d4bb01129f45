-- expect: prefer-jsonb
CREATE TABLE webhooks (id bigint PRIMARY KEY, payload json NOT NULL);

-- expect: prefer-jsonb
create table app."Raw Events" ("Body" JSON, parts json[]);

-- expect: prefer-jsonb
ALTER TABLE webhooks ADD COLUMN headers json DEFAULT '{}';

-- expect: prefer-jsonb
ALTER TABLE webhooks ALTER COLUMN payload SET DATA TYPE json USING payload::json;

-- An existing table
-- expect: prefer-jsonb
ALTER TABLE orders ADD COLUMN metadata json;
