-- expect: suppression-without-reason
-- expect: create-index-not-concurrent
-- pgsafety:allow create-index-not-concurrent
CREATE INDEX countries_code_idx ON countries (code);
