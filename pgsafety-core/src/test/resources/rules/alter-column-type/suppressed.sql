-- fixture: no-transaction
-- pgsafety:allow alter-column-type reason: widens varchar(50) to varchar(200): binary-coercible, no rewrite
ALTER TABLE orders ALTER COLUMN email TYPE varchar(200);
