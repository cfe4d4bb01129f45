-- pgsafety:allow rename-column reason: no released code reads orders.tmp_flag, it was added in this release
ALTER TABLE orders RENAME COLUMN tmp_flag TO is_flagged;
