-- fixture: no-transaction
-- Each statement commits on its own: never two exclusive locks at once.
ALTER TABLE orders ADD COLUMN note text;
ALTER TABLE customers ADD COLUMN note text;
ALTER TABLE "Orders" ADD COLUMN note text;
