-- A table created earlier in the same migration is empty and unused.
CREATE TABLE reservations (
    id bigint PRIMARY KEY,
    room_id bigint NOT NULL,
    during tstzrange NOT NULL,
    CONSTRAINT reservations_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&)
);
ALTER TABLE reservations ADD CONSTRAINT reservations_no_overlap2 EXCLUDE USING gist (during WITH &&);

-- Text that merely looks like the statement
SELECT 'ALTER TABLE bookings ADD EXCLUDE USING gist (during WITH &&)';

-- pgsafety:allow add-exclusion-constraint reason: runs in the Sunday maintenance window, table has 3k rows
ALTER TABLE meeting_rooms ADD CONSTRAINT meeting_rooms_no_overlap EXCLUDE USING gist (during WITH &&);
