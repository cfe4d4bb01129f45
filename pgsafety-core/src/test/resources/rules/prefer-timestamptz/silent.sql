CREATE TABLE events (
    id bigint PRIMARY KEY,
    happened_at timestamptz NOT NULL DEFAULT now(),
    logged_at timestamp with time zone,
    "timestamp" text,
    starts time,
    day date,
    imported_at timestamptz DEFAULT '2020-01-01 00:00'::timestamp
);
ALTER TABLE events ADD COLUMN processed_at TIMESTAMPTZ(3);
ALTER TABLE events ALTER COLUMN logged_at TYPE timestamptz;

-- Temporary tables do not outlive the session
CREATE TEMP TABLE import_rows (at timestamp);

-- Text that merely looks like one
SELECT 'created_at timestamp';
SELECT now()::timestamp;

-- Suppressed
-- pgsafety:allow prefer-timestamptz reason: local wall-clock opening hours, deliberately without a zone
CREATE TABLE opening_hours (id bigint PRIMARY KEY, opens_at timestamp NOT NULL);
