-- fixture: pg=11 no-transaction
BEGIN;
-- expect: enum-value-in-transaction
ALTER TYPE mood ADD VALUE IF NOT EXISTS 'meh';
COMMIT;

-- on its own: fine
ALTER TYPE mood ADD VALUE IF NOT EXISTS 'ok';
