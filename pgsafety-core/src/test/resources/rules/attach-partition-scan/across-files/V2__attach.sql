-- A table from an earlier file is never new in a static lint: it may be full of rows by now.
-- expect: attach-partition-scan warning
ALTER TABLE measurements ATTACH PARTITION measurements_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
