-- fixture: no-transaction
-- A non-transactional migration may group statements into its own transactions.
BEGIN;
ALTER TABLE orders ADD CONSTRAINT orders_amount_positive CHECK (amount > 0) NOT VALID;
COMMIT;
START TRANSACTION;
ALTER TABLE orders VALIDATE CONSTRAINT orders_amount_positive;
END;
