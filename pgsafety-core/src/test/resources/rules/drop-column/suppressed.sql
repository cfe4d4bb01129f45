-- pgsafety:allow drop-column reason: no code reads orders.note since release 42
ALTER TABLE orders DROP COLUMN note;
