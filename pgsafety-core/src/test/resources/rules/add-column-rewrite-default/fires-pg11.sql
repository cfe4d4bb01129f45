-- fixture: pg=11
-- The oldest supported major: a volatile default rewrites, a stable one does not (PostgreSQL 11+).
-- expect: add-column-rewrite-default
ALTER TABLE orders ADD COLUMN token uuid DEFAULT uuid_generate_v4();
