-- fixture: no-transaction
-- expect: add-check-validating
ALTER TABLE orders ADD CONSTRAINT orders_amount_positive CHECK (amount > 0);

-- Unnamed, quoted names, NO INHERIT
-- expect: add-check-validating
alter table public."Orders" add check ("Amount" >= 0) no inherit;

-- A CHECK (col IS NOT NULL) without NOT VALID scans just the same
-- expect: add-check-validating
ALTER TABLE orders ADD CONSTRAINT orders_status_not_null CHECK (status IS NOT NULL);

-- Inline CHECK on a new column cannot be NOT VALID
-- expect: add-check-validating
ALTER TABLE app.orders ADD COLUMN discount numeric CHECK (discount BETWEEN 0 AND 1);

-- NOT VALID in a string or a comment does not count
-- expect: add-check-validating
ALTER TABLE orders ADD CONSTRAINT orders_note_check CHECK (note <> 'NOT VALID') /* NOT VALID */;

-- One subcommand NOT VALID, the other not
-- expect: add-check-validating
ALTER TABLE orders
    ADD CONSTRAINT orders_a_check CHECK (a > 0) NOT VALID,
    ADD CONSTRAINT orders_b_check CHECK (b > 0);
