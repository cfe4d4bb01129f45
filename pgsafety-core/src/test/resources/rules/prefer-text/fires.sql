-- fixture: prefer-text=warning
-- prefer-text is off by default; the option above turns it on for this file.
-- expect: prefer-text warning
CREATE TABLE customers (id bigint PRIMARY KEY, email varchar(320) NOT NULL, country char(2));

-- Spelled out, upper case, quoted names
-- expect: prefer-text
create table app."People" ("Name" CHARACTER VARYING(100), initial CHARACTER);

-- ADD COLUMN on a table created above: the CHECK can go inline
-- expect: prefer-text
ALTER TABLE customers ADD COLUMN phone varchar(32);

-- ADD COLUMN on an existing table: CHECK ... NOT VALID in the fix
-- expect: prefer-text
ALTER TABLE orders ADD COLUMN coupon varchar(20);

-- expect: prefer-text
ALTER TABLE customers ALTER COLUMN email TYPE varchar(254);
