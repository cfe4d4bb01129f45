-- fixture: no-transaction
-- The PostgreSQL 12+ pattern within one file, each statement committing on its own:
ALTER TABLE orders ADD CONSTRAINT orders_status_not_null CHECK (status IS NOT NULL) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_status_not_null;
ALTER TABLE orders ALTER COLUMN status SET NOT NULL;
ALTER TABLE orders DROP CONSTRAINT orders_status_not_null;

-- Quoted column, unnamed CHECK (PostgreSQL names it "Orders_Region_check"), odd spacing
ALTER TABLE "Orders" ADD CHECK ( "Region" IS NOT NULL ) NOT VALID;
ALTER TABLE "Orders" VALIDATE CONSTRAINT "Orders_Region_check";
alter table "Orders" alter column "Region" set not null;

-- Already NOT NULL: nothing to scan
ALTER TABLE orders ALTER COLUMN status SET NOT NULL;

-- Text that merely looks like the statement
SELECT 'ALTER TABLE orders ALTER COLUMN note SET NOT NULL';

-- pgsafety:allow set-not-null reason: countries has 250 rows
ALTER TABLE countries ALTER COLUMN code SET NOT NULL;
