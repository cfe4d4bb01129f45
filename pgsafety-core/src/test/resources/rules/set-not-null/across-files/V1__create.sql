CREATE TABLE invoices (id bigint PRIMARY KEY, status text);
