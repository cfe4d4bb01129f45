CREATE TABLE invoices (id bigint PRIMARY KEY, net numeric NOT NULL, tax numeric NOT NULL);
