-- A table from an earlier file is never new in a static lint.
-- expect: reindex-not-concurrent
REINDEX INDEX invoices_customer_id_idx;
