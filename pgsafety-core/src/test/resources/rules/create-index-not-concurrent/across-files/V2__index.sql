-- A table from an earlier file is never new in a static lint: that file may have run years ago.
-- expect: create-index-not-concurrent
CREATE INDEX invoices_customer_id_idx ON invoices (customer_id);
