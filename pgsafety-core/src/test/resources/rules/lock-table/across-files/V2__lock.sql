-- A table from an earlier file is never new in a static lint.
-- expect: lock-table
LOCK TABLE job_queue IN EXCLUSIVE MODE;
