-- expect: unparsed-statement
ALTER TABLE orders FROBNICATE COLUMN x;

-- expect: unparsed-statement
CREATE INDEX ON;
