-- fixture: exclusive-lock-held=off
ALTER TABLE countries ADD CONSTRAINT countries_code_check CHECK (length(code) = 2) NOT VALID;
-- pgsafety:allow validate-in-same-transaction reason: countries has 250 rows; one migration keeps it simple
ALTER TABLE countries VALIDATE CONSTRAINT countries_code_check;
