-- fixture: no-transaction
-- fixture: add-unique-constraint=off
-- (add-unique-constraint, which has its own fixtures, also flags the inline PRIMARY KEY; it is off here)
-- PRIMARY KEY implies NOT NULL.
-- expect: add-column-required
ALTER TABLE legacy_codes ADD COLUMN code text PRIMARY KEY;
