-- pgsafety:allow rename-table reason: the old name stays as an updatable view until release 43
ALTER TABLE orders RENAME TO purchases;
CREATE VIEW orders AS SELECT * FROM purchases;
