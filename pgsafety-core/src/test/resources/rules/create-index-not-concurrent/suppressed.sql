-- pgsafety:allow create-index-not-concurrent reason: lookup table with 12 rows
CREATE INDEX countries_code_idx ON countries (code);

-- expect: suppression-without-reason
-- expect: create-index-not-concurrent
-- pgsafety:allow create-index-not-concurrent
CREATE INDEX countries_name_idx ON countries (name);
