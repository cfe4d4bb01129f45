-- fixture: transactional
-- Liquibase runInTransaction="true" (the default): even a changeset of concurrent statements only runs in a transaction.
-- expect: concurrently-in-transaction
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_customer_id_idx ON orders (customer_id);
