-- fixture: strict
-- expect: unparsed-statement error
ALTER TABLE orders FROBNICATE COLUMN x;
