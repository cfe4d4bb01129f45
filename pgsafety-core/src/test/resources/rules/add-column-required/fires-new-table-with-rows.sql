-- A table created earlier in the same migration that rows were already put into: the ALTER fails.
CREATE TABLE settings (id bigint PRIMARY KEY, name text NOT NULL);
INSERT INTO settings (id, name) VALUES (1, 'theme');
-- expect: add-column-required
ALTER TABLE settings ADD COLUMN value text NOT NULL;

CREATE TABLE order_archive AS SELECT id, status FROM orders WHERE false;
-- expect: add-column-required
ALTER TABLE order_archive ADD COLUMN archived_at timestamptz NOT NULL;
