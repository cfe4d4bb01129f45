-- Semicolons hide in every kind of quote and comment; each statement must reach the server whole.
CREATE TABLE notes (id bigint PRIMARY KEY, body text, "we;ird ""name""" text);
INSERT INTO notes VALUES (1, 'it''s; fine', 'a');
INSERT INTO notes VALUES (2, E'back\\slash \'quoted\'; here', 'b');
INSERT INTO notes VALUES (3, U&'d\0061t\+000061; unicode', 'c');
INSERT INTO notes VALUES (4, $$dollar; 'quoted' text$$, $tag$with $$ inside; $tag$);
/* block comment; /* nested; */ still comment; */
INSERT INTO notes VALUES (5, 'after nested comment', -- line comment; with semicolon
  'd');
SELECT body::text || ';' AS x, "we;ird ""name""" FROM notes WHERE body ~ ';' AND id >= 1;
COMMENT ON TABLE notes IS 'notes; with a semicolon';
UPDATE notes SET body = body || E'\n;' WHERE id = 1
