-- fixture: pg=13 no-transaction
-- No concurrent form before PostgreSQL 14: nothing better to suggest.
ALTER TABLE measurements DETACH PARTITION measurements_2020;
