-- fixture: no-transaction
ALTER TABLE measurements DETACH PARTITION measurements_2020 CONCURRENTLY;
-- Finishing an interrupted concurrent detach
ALTER TABLE measurements DETACH PARTITION measurements_2020 FINALIZE;

-- Text that merely looks like the statement
SELECT 'ALTER TABLE measurements DETACH PARTITION measurements_2020';

-- pgsafety:allow detach-partition-not-concurrent reason: measurements has a default partition, CONCURRENTLY is not allowed
ALTER TABLE measurements DETACH PARTITION measurements_2019;
