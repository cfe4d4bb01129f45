-- fixture: no-transaction
-- Running application versions still use the old name: their queries fail the moment this commits.
-- expect: rename-table
ALTER TABLE orders RENAME TO purchases;

-- expect: rename-table
alter table if exists app."Orders" rename to "Purchases";

-- expect: rename-table
ALTER TABLE
    -- a comment inside
    billing.invoices   RENAME   TO   bills;
