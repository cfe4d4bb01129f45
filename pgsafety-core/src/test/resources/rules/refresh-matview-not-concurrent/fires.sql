-- fixture: no-transaction
-- expect: refresh-matview-not-concurrent
REFRESH MATERIALIZED VIEW daily_sales;

-- Quoted and schema-qualified, explicit WITH DATA, odd spacing
-- expect: refresh-matview-not-concurrent
refresh   materialized view reporting."Daily Sales"
    with data;

-- A comment is not CONCURRENTLY
-- expect: refresh-matview-not-concurrent
REFRESH MATERIALIZED VIEW /* CONCURRENTLY */ monthly_sales;
