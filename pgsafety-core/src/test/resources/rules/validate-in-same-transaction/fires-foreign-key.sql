-- The ADD FOREIGN KEY ... NOT VALID took SHARE ROW EXCLUSIVE on both tables, held until commit.
ALTER TABLE "Invoices" ADD CONSTRAINT "Invoices_Order_Fk" FOREIGN KEY (order_id) REFERENCES orders (id) NOT VALID;
-- expect: validate-in-same-transaction
ALTER TABLE "Invoices"   VALIDATE   CONSTRAINT "Invoices_Order_Fk";
