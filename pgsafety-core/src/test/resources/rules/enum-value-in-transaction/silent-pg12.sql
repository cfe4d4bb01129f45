-- fixture: pg=12
-- PostgreSQL 12 allows ADD VALUE inside a transaction block.
CREATE TABLE moods_log (id bigint PRIMARY KEY, note text);
ALTER TYPE mood ADD VALUE 'meh';
SELECT 'ALTER TYPE mood ADD VALUE ''x''';
