-- pgsafety:allow drop-schema-or-database reason: schema emptied and checked by the DBA on 2024-05-02 (ticket OPS-123)
DROP SCHEMA legacy;
