-- A table created earlier in the same migration is empty and unused: checking it is instant.
CREATE TABLE invoices (
    id bigint PRIMARY KEY,
    customer_id bigint REFERENCES customers (id),
    order_id bigint,
    CONSTRAINT invoices_order_id_fkey FOREIGN KEY (order_id) REFERENCES orders (id)
);
ALTER TABLE invoices ADD CONSTRAINT invoices_customer_fk2 FOREIGN KEY (customer_id) REFERENCES customers (id);
ALTER TABLE invoices ADD COLUMN coupon_id bigint REFERENCES coupons (id);
