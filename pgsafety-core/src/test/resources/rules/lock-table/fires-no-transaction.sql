-- fixture: no-transaction
-- Outside a transaction block PostgreSQL refuses it outright.
-- expect: lock-table
LOCK TABLE orders IN SHARE UPDATE EXCLUSIVE MODE;
