-- fixture: no-transaction
-- Non-volatile defaults are evaluated once and stored in the catalog (PostgreSQL 11+): no rewrite.
ALTER TABLE orders ADD COLUMN created_at timestamptz DEFAULT now();
ALTER TABLE orders ADD COLUMN status text NOT NULL DEFAULT 'new';
ALTER TABLE orders ADD COLUMN placed_at timestamptz DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE orders ADD COLUMN seen_at timestamptz DEFAULT statement_timestamp();
ALTER TABLE orders ADD COLUMN region text DEFAULT lower('EU');
ALTER TABLE orders ADD COLUMN remark text;

-- Look-alike text in strings, dollar quotes and comments
ALTER TABLE orders ADD COLUMN label text DEFAULT 'random()';
ALTER TABLE orders ADD COLUMN label2 text DEFAULT E'it\'s gen_random_uuid()';
ALTER TABLE orders ADD COLUMN label3 text DEFAULT $q$nextval('x')$q$;
ALTER TABLE orders ADD COLUMN label4 text /* DEFAULT random() */ DEFAULT 'x' -- clock_timestamp()
;

-- Names that merely contain a volatile function's name, or name it without calling it
ALTER TABLE orders ADD COLUMN code text DEFAULT make_random_code();
ALTER TABLE orders ADD COLUMN random integer DEFAULT 4;

-- SET DEFAULT only applies to rows inserted later: no rewrite
ALTER TABLE orders ALTER COLUMN token SET DEFAULT gen_random_uuid();
