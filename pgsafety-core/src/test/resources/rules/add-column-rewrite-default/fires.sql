-- fixture: no-transaction
-- (each statement commits on its own, so only this rule's findings show, not the ones about locks held together)

-- A volatile default is computed for every existing row: the whole table is rewritten under ACCESS EXCLUSIVE.
-- expect: add-column-rewrite-default
ALTER TABLE orders ADD COLUMN token uuid DEFAULT gen_random_uuid();

-- expect: add-column-rewrite-default
alter table public."Orders" add column if not exists score double precision default RANDOM();

-- Odd whitespace, NOT NULL after the default, a space before the parentheses
-- expect: add-column-rewrite-default
ALTER   TABLE app.events
    ADD COLUMN   seen_at timestamptz   DEFAULT   clock_timestamp ( )   NOT NULL;

-- Schema-qualified call inside an expression
-- expect: add-column-rewrite-default
ALTER TABLE orders ADD COLUMN bucket integer DEFAULT (pg_catalog.random() * 100)::integer;

-- expect: add-column-rewrite-default
ALTER TABLE orders ADD COLUMN ticket bigint DEFAULT nextval('orders_ticket_seq'::regclass);

-- One finding for the statement, whichever of its columns rewrites
-- expect: add-column-rewrite-default
ALTER TABLE orders ADD COLUMN note text, ADD COLUMN legacy_id uuid DEFAULT uuid_generate_v4();

-- expect: add-column-rewrite-default
ALTER TABLE orders ADD COLUMN stamp text DEFAULT timeofday();

-- expect: add-column-rewrite-default
ALTER TABLE orders ADD COLUMN created_xid bigint DEFAULT txid_current();

-- expect: add-column-rewrite-default
ALTER TABLE orders ADD COLUMN mac_uuid uuid DEFAULT uuid_generate_v1mc();

-- A quoted function name is still the function
-- expect: add-column-rewrite-default
ALTER TABLE orders ADD COLUMN r2 float8 DEFAULT "random"();

-- A comment between the name and the parenthesis
-- expect: add-column-rewrite-default
ALTER TABLE orders ADD COLUMN r3 float8 DEFAULT random /* why not */ ();

-- Statements inside a DO block are checked like top-level ones
-- expect: add-column-rewrite-default
DO $$ BEGIN ALTER TABLE orders ADD COLUMN u uuid DEFAULT gen_random_uuid(); END $$;
