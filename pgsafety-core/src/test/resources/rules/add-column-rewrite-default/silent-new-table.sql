-- A table created earlier in the same migration is not in use yet: rewriting it blocks nobody.
CREATE TABLE api_tokens (id bigint PRIMARY KEY, owner text NOT NULL);
ALTER TABLE api_tokens ADD COLUMN value uuid DEFAULT gen_random_uuid();
create table "Sessions" (id bigint primary key);
alter table "Sessions" add column nonce double precision default random();
