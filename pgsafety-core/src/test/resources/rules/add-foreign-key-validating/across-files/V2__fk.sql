-- A table from an earlier file is never new in a static lint: it may hold millions of rows by now.
-- expect: add-foreign-key-validating
ALTER TABLE invoices ADD FOREIGN KEY (customer_id) REFERENCES customers (id);
