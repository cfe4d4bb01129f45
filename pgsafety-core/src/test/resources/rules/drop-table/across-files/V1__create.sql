CREATE TABLE import_batch (id bigint PRIMARY KEY, payload text);
