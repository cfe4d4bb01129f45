-- One transaction, but the constraint being validated belongs to another table than the one locked.
ALTER TABLE invoices ADD CONSTRAINT invoices_order_fkey FOREIGN KEY (order_id) REFERENCES orders (id) NOT VALID;
ALTER TABLE payments VALIDATE CONSTRAINT payments_invoice_fkey;
