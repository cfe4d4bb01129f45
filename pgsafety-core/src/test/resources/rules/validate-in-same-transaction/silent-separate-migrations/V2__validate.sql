-- A later migration: its own transaction.
ALTER TABLE orders VALIDATE CONSTRAINT orders_amount_positive;
