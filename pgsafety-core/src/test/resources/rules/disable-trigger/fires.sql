-- While disabled, the trigger is off for every session, and writes wait for the SHARE ROW EXCLUSIVE lock.
-- expect: disable-trigger warning
ALTER TABLE orders DISABLE TRIGGER orders_audit;
ALTER TABLE orders ENABLE TRIGGER orders_audit;

-- ALL also switches off foreign-key enforcement
-- expect: disable-trigger warning
alter table app."Orders" disable trigger all;
alter table app."Orders" enable trigger all;

-- expect: disable-trigger warning
ALTER TABLE IF EXISTS ONLY orders DISABLE TRIGGER USER, DISABLE TRIGGER "Sync To Search";
