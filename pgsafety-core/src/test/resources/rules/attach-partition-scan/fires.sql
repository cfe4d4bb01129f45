-- fixture: no-transaction
-- An existing table without a validated CHECK: PostgreSQL scans it to prove the bound.
-- expect: attach-partition-scan warning
ALTER TABLE measurements ATTACH PARTITION measurements_2021 FOR VALUES FROM ('2021-01-01') TO ('2022-01-01');

-- List and hash bounds, quoted and schema-qualified names
-- expect: attach-partition-scan warning
alter table app."Orders By Region" attach partition app."Orders EU" for values in ('de', 'fr', 'it');

-- expect: attach-partition-scan warning
ALTER TABLE sessions ATTACH PARTITION sessions_p0 FOR VALUES WITH (MODULUS 4, REMAINDER 0);

-- A DEFAULT partition is scanned too
-- expect: attach-partition-scan warning
ALTER TABLE measurements ATTACH PARTITION measurements_other DEFAULT;

-- A CHECK added NOT VALID and never validated proves nothing
ALTER TABLE measurements_2022 ADD CONSTRAINT measurements_2022_bound CHECK (at >= '2022-01-01' AND at < '2023-01-01') NOT VALID;
-- expect: attach-partition-scan warning
ALTER TABLE measurements ATTACH PARTITION measurements_2022 FOR VALUES FROM ('2022-01-01') TO ('2023-01-01');

-- A validated CHECK (col IS NOT NULL) alone does not imply a bound
ALTER TABLE measurements_2023 ADD CONSTRAINT measurements_2023_at_not_null CHECK (at IS NOT NULL) NOT VALID;
ALTER TABLE measurements_2023 VALIDATE CONSTRAINT measurements_2023_at_not_null;
-- expect: attach-partition-scan warning
ALTER TABLE measurements ATTACH PARTITION measurements_2023 FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
