-- A table from an earlier file is never new in a static lint.
-- expect: table-rewrite
ALTER TABLE staging SET LOGGED;
