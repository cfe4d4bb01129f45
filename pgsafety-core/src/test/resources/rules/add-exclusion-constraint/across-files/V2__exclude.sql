-- A table from an earlier file is never new in a static lint.
-- expect: add-exclusion-constraint
ALTER TABLE reservations ADD CONSTRAINT reservations_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&);
