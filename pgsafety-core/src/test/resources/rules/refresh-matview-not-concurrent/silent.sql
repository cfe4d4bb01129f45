-- fixture: no-transaction
REFRESH MATERIALIZED VIEW CONCURRENTLY daily_sales;
refresh materialized view concurrently reporting."Daily Sales";

-- WITH NO DATA empties the view without running its query (and CONCURRENTLY does not allow it)
REFRESH MATERIALIZED VIEW daily_sales WITH NO DATA;

-- Text that merely looks like the statement
SELECT 'REFRESH MATERIALIZED VIEW daily_sales';

-- pgsafety:allow refresh-matview-not-concurrent reason: nightly job view, nobody reads it during deploys
REFRESH MATERIALIZED VIEW nightly_export;
