-- A table from an earlier file is never new in a static lint.
-- expect: drop-table
DROP TABLE import_batch;
