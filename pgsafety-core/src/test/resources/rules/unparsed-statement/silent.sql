-- Statements outside the modelled families are "other", not unparsed.
CREATE SEQUENCE order_numbers;
SELECT 1;
ALTER SEQUENCE order_numbers RESTART WITH 100;
