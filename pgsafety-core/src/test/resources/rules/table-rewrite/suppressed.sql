-- fixture: no-transaction
-- pgsafety:allow table-rewrite reason: 3 MB table, runs in the nightly maintenance window
VACUUM FULL countries;
