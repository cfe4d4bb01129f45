CREATE TABLE line_items (order_id bigint, line_no bigint, qty integer, PRIMARY KEY (order_id, line_no));
CREATE TABLE shipments (shipment_no bigint PRIMARY KEY, status text);
