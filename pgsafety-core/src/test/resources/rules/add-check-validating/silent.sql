-- fixture: no-transaction
-- The safe pattern: NOT VALID here, VALIDATE in a later migration
ALTER TABLE orders ADD CONSTRAINT orders_amount_positive CHECK (amount > 0) NOT VALID;

-- Text that merely looks like the statement
SELECT 'ALTER TABLE orders ADD CHECK (amount > 0)';
DO $$ BEGIN RAISE NOTICE 'ALTER TABLE orders ADD CHECK (amount > 0)'; END $$;

-- pgsafety:allow add-check-validating reason: orders has a few hundred rows in every environment
ALTER TABLE orders ADD CONSTRAINT orders_b_check CHECK (b > 0);
