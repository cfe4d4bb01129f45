-- A table from an earlier file is never new in a static lint.
-- expect: rename-column
ALTER TABLE drafts RENAME COLUMN body TO content;
