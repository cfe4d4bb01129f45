-- fixture: no-transaction
-- expect: reindex-not-concurrent
REINDEX INDEX orders_pkey;

-- Options in parentheses, quoted and schema-qualified name
-- expect: reindex-not-concurrent
reindex (verbose) table public."Orders";

-- expect: reindex-not-concurrent
REINDEX SCHEMA app;

-- expect: reindex-not-concurrent
REINDEX DATABASE shop;

-- No concurrent form at all for the system catalogs
-- expect: reindex-not-concurrent
REINDEX SYSTEM shop;

-- A comment is not CONCURRENTLY
-- expect: reindex-not-concurrent
REINDEX /* CONCURRENTLY */ TABLE
    orders;
