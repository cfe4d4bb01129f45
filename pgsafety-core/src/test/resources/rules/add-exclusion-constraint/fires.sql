-- fixture: no-transaction
-- expect: add-exclusion-constraint
ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&);

-- Unnamed, with a WHERE, quoted and schema-qualified
-- expect: add-exclusion-constraint
alter table app."Bookings"
    add exclude using gist ("RoomId" with =, during with &&) where (not cancelled);
