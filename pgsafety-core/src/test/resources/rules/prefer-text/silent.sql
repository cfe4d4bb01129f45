-- fixture: prefer-text=warning
CREATE TABLE customers (
    id bigint PRIMARY KEY,
    email text NOT NULL CHECK (length(email) <= 320),
    name varchar,
    kind "char",
    code bpchar,
    tags varchar(20)[]
);
ALTER TABLE customers ADD COLUMN phone text;
ALTER TABLE customers ALTER COLUMN name TYPE text;

-- Temporary tables do not outlive the session
CREATE TEMP TABLE import_rows (code varchar(10));

-- Text that merely looks like one
SELECT 'email varchar(320)';
SELECT 'x'::varchar(10);

-- Suppressed
-- pgsafety:allow prefer-text reason: ISO 3166 alpha-2 codes are exactly two letters by definition
CREATE TABLE countries (id bigint PRIMARY KEY, code char(2) NOT NULL);
