-- fixture: pg=11
-- A normal statement makes this script transactional; PostgreSQL 11 refuses ADD VALUE in a transaction block.
CREATE TABLE moods_log (id bigint PRIMARY KEY, note text);

-- expect: enum-value-in-transaction
ALTER TYPE mood ADD VALUE 'meh';

-- expect: enum-value-in-transaction
alter type public."Mood"   add value if not exists 'ok' before 'meh';

-- pgsafety:allow enum-value-in-transaction reason: the type was created in this same transaction, which PG 11 allows
ALTER TYPE mood ADD VALUE 'great';
