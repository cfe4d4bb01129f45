-- A table from an earlier file is never new in a static lint.
-- expect: truncate-table
TRUNCATE staging_orders;
