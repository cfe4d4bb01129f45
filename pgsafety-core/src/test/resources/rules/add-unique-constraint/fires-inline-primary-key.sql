-- fixture: no-transaction add-column-required=off
-- expect: add-unique-constraint
ALTER TABLE legacy_events ADD COLUMN event_id bigint CONSTRAINT legacy_events_pkey PRIMARY KEY;
