-- expect: unused-suppression
-- pgsafety:allow create-index-not-concurrent reason: left over from an earlier version
CREATE TABLE t (id bigint PRIMARY KEY);

-- expect: unused-suppression
-- pgsafety:allow no-such-rule reason: typo
SELECT 1;
