-- fixture: no-transaction
REINDEX INDEX CONCURRENTLY orders_pkey;
reindex table concurrently public."Orders";
REINDEX (VERBOSE, CONCURRENTLY) TABLE orders;
REINDEX SCHEMA CONCURRENTLY app;

-- Text that merely looks like the statement
SELECT 'REINDEX TABLE orders';
DO $$ BEGIN RAISE NOTICE 'REINDEX TABLE orders;'; END $$;

-- pgsafety:allow reindex-not-concurrent reason: countries has a dozen rows
REINDEX TABLE countries;
