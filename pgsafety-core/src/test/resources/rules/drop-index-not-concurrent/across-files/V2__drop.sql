-- A table from an earlier file is never new in a static lint: that file may have run years ago.
-- expect: drop-index-not-concurrent
DROP INDEX invoices_customer_id_idx;
