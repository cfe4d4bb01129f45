-- A table from an earlier file is never new in a static lint.
-- expect: drop-column
ALTER TABLE drafts DROP COLUMN tmp;
