CREATE TABLE webhooks (id bigint PRIMARY KEY, payload jsonb NOT NULL, "json" text, raw_json text);
ALTER TABLE webhooks ADD COLUMN headers jsonb DEFAULT '{}'::jsonb;
ALTER TABLE webhooks ALTER COLUMN raw_json TYPE jsonb USING raw_json::jsonb;

-- Temporary tables do not outlive the session
CREATE TEMP TABLE import_rows (doc json);

-- Text that merely looks like one
SELECT '{"type": "json"}'::json;
COMMENT ON COLUMN webhooks.payload IS 'was: payload json';

-- Suppressed
-- pgsafety:allow prefer-jsonb reason: signed webhook bodies must be kept byte for byte
CREATE TABLE signed_webhooks (id bigint PRIMARY KEY, body json NOT NULL);
