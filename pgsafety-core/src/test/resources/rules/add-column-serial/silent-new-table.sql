-- A table created earlier in the same migration is not in use yet.
CREATE TABLE shipments (code text NOT NULL);
ALTER TABLE shipments ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY;
ALTER TABLE shipments ADD COLUMN seq bigserial;
