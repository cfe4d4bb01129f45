-- min-pg: 14
CREATE TABLE scores (id integer PRIMARY KEY, score integer);
CREATE FUNCTION bump(i integer) RETURNS integer LANGUAGE sql
BEGIN ATOMIC
    UPDATE scores SET score = score + 1 WHERE id = i;
    SELECT CASE WHEN i > 0 THEN 1 ELSE 0 END;
END;
CREATE PROCEDURE reset_scores() LANGUAGE sql
BEGIN ATOMIC
    UPDATE scores SET score = 0;
END;
SELECT bump(1);
