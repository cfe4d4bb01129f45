-- pgsafety:allow drop-table reason: no code reads orders_archive since release 42
DROP TABLE orders_archive;
