CREATE FUNCTION add_one(i integer) RETURNS integer
    LANGUAGE plpgsql
    AS $body$
BEGIN
    -- a comment; inside the body
    RETURN i + 1;
END;
$body$;

CREATE OR REPLACE FUNCTION quoted_body() RETURNS text LANGUAGE sql AS 'SELECT ''a;b''::text';

DO $$
DECLARE
    n integer := 0;
BEGIN
    IF n = 0 THEN
        RAISE NOTICE 'zero; really';
    END IF;
    CREATE TABLE IF NOT EXISTS from_do (id integer);
END
$$;

DO LANGUAGE plpgsql $do$ BEGIN PERFORM add_one(1); END $do$;

CREATE TABLE audit (id bigserial PRIMARY KEY, at timestamptz DEFAULT now());
CREATE FUNCTION audit_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO audit DEFAULT VALUES;
  RETURN NEW;
END $$;
CREATE TRIGGER notes_audit AFTER INSERT ON from_do FOR EACH ROW EXECUTE PROCEDURE audit_trigger();
