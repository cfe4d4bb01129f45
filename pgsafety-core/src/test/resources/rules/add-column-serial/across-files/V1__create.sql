CREATE TABLE shipments (code text NOT NULL);
