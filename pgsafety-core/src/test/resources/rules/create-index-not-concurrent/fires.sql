-- An index on a table this migration did not create blocks writes for the whole build.
-- expect: create-index-not-concurrent
CREATE INDEX orders_created_at_idx ON orders (created_at);

-- expect: create-index-not-concurrent
create unique index if not exists "Orders_Email_Key" on public."Orders" (lower(email));

-- Odd whitespace and comments inside the statement
-- expect: create-index-not-concurrent
CREATE
    /* no concurrently here */ INDEX
    ON app.orders
    USING btree (customer_id) WHERE deleted_at IS NULL;
