-- A table from an earlier file is never new in a static lint: it may hold rows by now.
-- expect: add-column-required
ALTER TABLE customers ADD COLUMN email text NOT NULL;
