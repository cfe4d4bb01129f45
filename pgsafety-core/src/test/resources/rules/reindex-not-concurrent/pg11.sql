-- fixture: pg=11 no-transaction
-- PostgreSQL 11 has no REINDEX CONCURRENTLY: still flagged, the fix builds a new index and swaps it in.
-- expect: reindex-not-concurrent
REINDEX INDEX orders_created_at_idx;

-- expect: reindex-not-concurrent
REINDEX TABLE orders;
