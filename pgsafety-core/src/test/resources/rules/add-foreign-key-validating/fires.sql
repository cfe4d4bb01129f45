-- fixture: no-transaction
-- expect: add-foreign-key-validating
ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers (id);

-- Unnamed, with a referential action
-- expect: add-foreign-key-validating
ALTER TABLE orders ADD FOREIGN KEY (shipping_address_id) REFERENCES addresses ON DELETE CASCADE;

-- Quoted and schema-qualified names, odd case and whitespace
-- expect: add-foreign-key-validating
alter   table only public."Orders"
    add constraint "Orders_Cust_Fk" foreign key ("CustId") references "Customers" ("Id") not deferrable;

-- Inline REFERENCES on a new column cannot be NOT VALID
-- expect: add-foreign-key-validating
ALTER TABLE orders ADD COLUMN coupon_id bigint REFERENCES coupons (id) ON DELETE SET NULL;

-- Several subcommands: the one written NOT VALID is fine, the other two are flagged
-- expect: add-foreign-key-validating
-- expect: add-foreign-key-validating
ALTER TABLE orders
    ADD FOREIGN KEY (a_id) REFERENCES a,
    ADD FOREIGN KEY (b_id) REFERENCES b NOT VALID,
    ADD CONSTRAINT orders_c_fkey FOREIGN KEY (c_id) REFERENCES c (id);

-- NOT VALID only in comments does not count
-- expect: add-foreign-key-validating
ALTER TABLE orders /* NOT VALID */ ADD CONSTRAINT orders_d_fkey FOREIGN KEY (d_id) REFERENCES d -- NOT VALID
;
