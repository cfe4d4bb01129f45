-- fixture: no-transaction
-- Each statement commits on its own: VALIDATE runs under SHARE UPDATE EXCLUSIVE only.
ALTER TABLE orders ADD CONSTRAINT orders_amount_positive CHECK (amount > 0) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_amount_positive;

-- Validating an older constraint, no lock on the table yet
ALTER TABLE invoices VALIDATE CONSTRAINT invoices_order_fkey;

-- Text that merely looks like the statement
SELECT 'ALTER TABLE orders VALIDATE CONSTRAINT orders_amount_positive';
