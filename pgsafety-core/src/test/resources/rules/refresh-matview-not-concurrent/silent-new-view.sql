-- A materialized view created earlier in the same migration is not read by anyone yet.
CREATE MATERIALIZED VIEW weekly_sales AS SELECT date_trunc('week', created_at) AS week, sum(amount) AS total FROM orders GROUP BY 1 WITH NO DATA;
REFRESH MATERIALIZED VIEW weekly_sales;
create materialized view if not exists reporting."Top Customers" as select customer_id from orders;
refresh materialized view reporting."Top Customers";
