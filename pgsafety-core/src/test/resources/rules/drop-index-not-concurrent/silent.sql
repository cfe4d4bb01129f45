-- fixture: no-transaction
DROP INDEX CONCURRENTLY IF EXISTS orders_created_at_idx;

drop index concurrently "Orders_Email_Key";

-- Text that merely looks like the statement
SELECT 'DROP INDEX orders_created_at_idx';
DO $$ BEGIN RAISE NOTICE 'DROP INDEX x;'; END $$;
/* DROP INDEX orders_created_at_idx; */

-- pgsafety:allow drop-index-not-concurrent reason: countries has a dozen rows
DROP INDEX countries_code_idx;
