-- fixture: pg=14 no-transaction
-- PostgreSQL 14 is the first with DETACH PARTITION ... CONCURRENTLY
-- expect: detach-partition-not-concurrent
ALTER TABLE measurements DETACH PARTITION measurements_2020;
