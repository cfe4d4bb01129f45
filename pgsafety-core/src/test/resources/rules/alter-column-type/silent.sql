-- A table created earlier in the same migration is not in use yet.
CREATE TABLE carts (id bigint PRIMARY KEY, total integer);
ALTER TABLE carts ALTER COLUMN total TYPE bigint;
ALTER TABLE carts ALTER COLUMN total TYPE numeric USING total::numeric;
-- Other column changes, and look-alike text
ALTER TABLE orders ALTER COLUMN note SET DEFAULT 'ALTER COLUMN x TYPE bigint';
SELECT 'ALTER TABLE orders ALTER COLUMN amount TYPE bigint';
