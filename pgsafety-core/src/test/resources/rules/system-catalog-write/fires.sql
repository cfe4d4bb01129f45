-- fixture: no-transaction
-- fixture: unbatched-backfill=off
-- (unbatched-backfill, which has its own fixtures, is off so that only this rule's findings are compared)
-- expect: system-catalog-write
UPDATE pg_catalog.pg_index SET indisvalid = true WHERE indexrelid = 'orders_email_key'::regclass;

-- Unqualified pg_ names resolve to pg_catalog first; names are case-folded
-- expect: system-catalog-write
update PG_ENUM set enumlabel = 'archived' where enumlabel = 'old';

-- expect: system-catalog-write
DELETE FROM pg_catalog.pg_description WHERE objoid = 'orders'::regclass;

-- expect: system-catalog-write
INSERT INTO pg_catalog.pg_enum (oid, enumtypid, enumsortorder, enumlabel)
VALUES (99999, 'mood'::regtype, 4, 'ecstatic');

-- expect: system-catalog-write
WITH target AS (SELECT 'orders'::regclass AS rel)
UPDATE pg_attribute SET attnotnull = true FROM target WHERE attrelid = target.rel AND attname = 'email';

-- expect: system-catalog-write
UPDATE "pg_catalog"."pg_class" SET relname = 'purchases' WHERE relname = 'orders';

-- expect: system-catalog-write
DO $$ BEGIN UPDATE pg_catalog.pg_trigger SET tgenabled = 'D' WHERE tgname = 'orders_audit'; END $$;
