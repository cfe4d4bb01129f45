/* pgsafety:allow create-index-not-concurrent reason: tiny lookup table */
CREATE INDEX countries_code_idx ON countries (code);
