-- A table created earlier in the same migration, still empty: nobody can be using it.
CREATE TABLE customers (id bigint PRIMARY KEY, name text);
ALTER TABLE customers ADD COLUMN email text NOT NULL;
-- With rows, columns that give the rows a value are fine.
CREATE TABLE regions (id bigint PRIMARY KEY, name text NOT NULL);
INSERT INTO regions (id, name) VALUES (1, 'EU');
ALTER TABLE regions ADD COLUMN code text NOT NULL DEFAULT '';
ALTER TABLE regions ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY NOT NULL;
ALTER TABLE regions ADD COLUMN label text NOT NULL GENERATED ALWAYS AS (upper(name)) STORED;
ALTER TABLE regions ADD COLUMN ordinal bigserial NOT NULL;
