-- fixture: no-transaction
-- The current types come from the earlier file (schema knowledge): binary-coercible changes are silent.
ALTER TABLE items ALTER COLUMN name TYPE varchar(40);
ALTER TABLE items ALTER COLUMN name2 TYPE character varying;
ALTER TABLE items ALTER COLUMN name3 TYPE text;
ALTER TABLE items ALTER COLUMN name4 TYPE varchar(20);
ALTER TABLE items ALTER COLUMN title TYPE text;
ALTER TABLE items ALTER COLUMN body TYPE varchar;
ALTER TABLE items ALTER COLUMN price TYPE numeric(12,2);
ALTER TABLE items ALTER COLUMN price2 TYPE decimal;
ALTER TABLE items ALTER COLUMN price5 TYPE numeric(12);
ALTER TABLE items ALTER COLUMN flags TYPE varbit(16);
ALTER TABLE items ALTER COLUMN flags2 TYPE bit varying;
ALTER TABLE items ALTER COLUMN net TYPE inet;
ALTER TABLE items ALTER COLUMN qty2 TYPE int4;
ALTER TABLE items ALTER COLUMN tags TYPE text[];

-- Not binary-coercible
-- expect: alter-column-type
ALTER TABLE items ALTER COLUMN qty TYPE bigint;
-- expect: alter-column-type
ALTER TABLE items ALTER COLUMN name5 TYPE varchar(10);
-- expect: alter-column-type
ALTER TABLE items ALTER COLUMN price3 TYPE numeric(12,4);
-- expect: alter-column-type
ALTER TABLE items ALTER COLUMN price4 TYPE numeric(8,2);
-- expect: alter-column-type
ALTER TABLE items ALTER COLUMN price6 TYPE numeric(10,2);
-- expect: alter-column-type
ALTER TABLE items ALTER COLUMN body2 TYPE varchar(100);
-- expect: alter-column-type
ALTER TABLE items ALTER COLUMN addr TYPE cidr;
-- expect: alter-column-type
ALTER TABLE items ALTER COLUMN code TYPE char(10);
-- expect: alter-column-type
ALTER TABLE items ALTER COLUMN tags TYPE varchar(10)[];
-- The same type, but USING computes every row anew
-- expect: alter-column-type
ALTER TABLE items ALTER COLUMN at TYPE timestamptz USING at + interval '1 hour';
