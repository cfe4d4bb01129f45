-- fixture: no-transaction
-- A stored generated column is computed for every existing row: a rewrite under ACCESS EXCLUSIVE.
-- expect: add-column-generated-stored
ALTER TABLE orders ADD COLUMN total numeric GENERATED ALWAYS AS (price * quantity) STORED;

-- expect: add-column-generated-stored
alter table app."Line Items"
    add column search tsvector
    generated always as (to_tsvector('simple', coalesce("Title", '') || ' virtual')) stored;
