-- fixture: pg=11
-- Only ADD VALUE statements: on PostgreSQL 11 Flyway runs this script outside a transaction.
ALTER TYPE mood ADD VALUE IF NOT EXISTS 'meh';
ALTER TYPE mood ADD VALUE IF NOT EXISTS 'ok' AFTER 'meh';
