-- fixture: no-transaction
-- Running application versions still use the old name: their queries fail the moment this commits.
-- expect: rename-column
ALTER TABLE orders RENAME COLUMN note TO remark;

-- COLUMN is optional; quoted, schema-qualified names
-- expect: rename-column
alter table if exists only app."Orders" rename "Note" to "Remark";

-- expect: rename-column
ALTER TABLE orders
    RENAME   COLUMN   /* old */ customer   TO   /* new */ client;
