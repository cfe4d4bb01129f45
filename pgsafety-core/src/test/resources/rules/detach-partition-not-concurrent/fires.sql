-- fixture: no-transaction
-- expect: detach-partition-not-concurrent
ALTER TABLE measurements DETACH PARTITION measurements_2020;

-- Quoted and schema-qualified, odd case and spacing
-- expect: detach-partition-not-concurrent
alter table   app."Measurements"
    detach partition app."Measurements 2021";
