-- fixture: no-transaction
-- A quoted column name with a space: the validated CHECK ("a b" IS NOT NULL) is recognised (PG 12+).
ALTER TABLE orders ADD CONSTRAINT orders_a_b_not_null CHECK ("a b" IS NOT NULL) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_a_b_not_null;
ALTER TABLE orders ALTER COLUMN "a b" SET NOT NULL;
