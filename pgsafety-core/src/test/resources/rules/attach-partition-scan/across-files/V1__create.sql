CREATE TABLE measurements_2025 (id bigint NOT NULL, at timestamptz NOT NULL);
