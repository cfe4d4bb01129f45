CREATE TABLE staging_orders (id bigint PRIMARY KEY, payload text);
