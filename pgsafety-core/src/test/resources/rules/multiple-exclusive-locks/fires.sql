-- fixture: drop-table=off lock-table=off
-- The rules switched off above flag DROP TABLE and LOCK TABLE for their own reasons.
ALTER TABLE orders ADD COLUMN note text;

-- A second existing table in the same transaction
-- expect: multiple-exclusive-locks
ALTER TABLE customers ADD COLUMN note text;

-- Both locks are already held: nothing new is locked, nothing new to report
ALTER TABLE orders ALTER COLUMN note SET DEFAULT '';
alter table CUSTOMERS alter column NOTE drop default;

-- "Orders" (quoted) is not orders
-- expect: multiple-exclusive-locks
ALTER TABLE "Orders" ADD COLUMN note text;

-- expect: multiple-exclusive-locks
DROP TABLE legacy_a, app."Legacy B";

-- expect: multiple-exclusive-locks
LOCK TABLE app.settings;
