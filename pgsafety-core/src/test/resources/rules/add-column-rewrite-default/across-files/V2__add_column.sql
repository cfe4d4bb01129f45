-- A table from an earlier file is never new in a static lint: that file may have run years ago.
-- expect: add-column-rewrite-default
ALTER TABLE sessions ADD COLUMN nonce uuid NOT NULL DEFAULT gen_random_uuid();
