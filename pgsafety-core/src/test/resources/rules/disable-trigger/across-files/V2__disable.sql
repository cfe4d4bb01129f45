-- A table from an earlier file is never new in a static lint.
-- expect: disable-trigger warning
ALTER TABLE job_queue DISABLE TRIGGER ALL;
ALTER TABLE job_queue ENABLE TRIGGER ALL;
