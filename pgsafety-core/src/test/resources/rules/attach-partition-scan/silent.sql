-- fixture: no-transaction
-- The safe pattern: a matching CHECK added NOT VALID, validated, then the attach skips its scan.
ALTER TABLE measurements_2021 ADD CONSTRAINT measurements_2021_bound
    CHECK (at IS NOT NULL AND at >= '2021-01-01' AND at < '2022-01-01') NOT VALID;
ALTER TABLE measurements_2021 VALIDATE CONSTRAINT measurements_2021_bound;
ALTER TABLE measurements ATTACH PARTITION measurements_2021 FOR VALUES FROM ('2021-01-01') TO ('2022-01-01');
ALTER TABLE measurements_2021 DROP CONSTRAINT measurements_2021_bound;

-- Text that merely looks like the statement
SELECT 'ALTER TABLE measurements ATTACH PARTITION measurements_2020 FOR VALUES IN (1)';

-- pgsafety:allow attach-partition-scan reason: measurements_2020 was loaded and checked by the archiver, 40k rows
ALTER TABLE measurements ATTACH PARTITION measurements_2020 FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');
