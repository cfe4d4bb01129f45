-- Off unless configuration turns it on.
CREATE TABLE customers (id bigint PRIMARY KEY, email varchar(320) NOT NULL, country char(2));
