-- A table from an earlier file is never new in a static lint.
-- expect: rename-table
ALTER TABLE drafts RENAME TO draft_documents;
