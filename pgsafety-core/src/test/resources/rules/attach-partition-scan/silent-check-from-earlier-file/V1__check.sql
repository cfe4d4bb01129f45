ALTER TABLE measurements_2021 ADD CONSTRAINT measurements_2021_bound
    CHECK (at IS NOT NULL AND at >= '2021-01-01' AND at < '2022-01-01') NOT VALID;
