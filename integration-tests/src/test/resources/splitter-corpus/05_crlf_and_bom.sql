CREATE TABLE crlf_t (id integer);
INSERT INTO crlf_t VALUES (1);
SELECT 'multi
line;' AS x;
