-- fixture: add-foreign-key-validating=off
CREATE TABLE customers (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
CREATE TABLE sessions (id uuid PRIMARY KEY, customer_id bigint REFERENCES customers (id));
CREATE TABLE visits (id bigserial PRIMARY KEY, hits integer NOT NULL, rank smallint UNIQUE);

-- Not a key column: an int is fine
ALTER TABLE customers ADD COLUMN age integer;

-- A constraint on a column that already exists is not a new column
ALTER TABLE invoices ADD CONSTRAINT invoices_legacy_fk FOREIGN KEY (legacy_id) REFERENCES legacy (id) NOT VALID;

-- Temporary tables do not outlive the session
CREATE TEMP TABLE import_ids (id integer PRIMARY KEY);

-- Text that merely looks like a narrow key
SELECT 'CREATE TABLE t (id int PRIMARY KEY)';
COMMENT ON TABLE customers IS 'id serial PRIMARY KEY';

-- Suppressed
-- pgsafety:allow prefer-bigint reason: one row per ISO country; 300 values at most
CREATE TABLE countries (id smallint PRIMARY KEY, code text NOT NULL);
