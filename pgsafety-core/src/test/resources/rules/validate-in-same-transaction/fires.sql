-- fixture: exclusive-lock-held=off
-- One Flyway transaction: the ACCESS EXCLUSIVE lock of the ADD is still held while VALIDATE scans.
ALTER TABLE orders ADD CONSTRAINT orders_amount_positive CHECK (amount > 0) NOT VALID;
-- expect: validate-in-same-transaction
ALTER TABLE orders VALIDATE CONSTRAINT orders_amount_positive;

-- Unnamed: PostgreSQL's default name is what VALIDATE uses
ALTER TABLE orders ADD CHECK (status IS NOT NULL) NOT VALID;
-- expect: validate-in-same-transaction
alter table public.orders validate constraint orders_status_check;
