CREATE TABLE invoices (id bigint PRIMARY KEY, customer_id bigint);
