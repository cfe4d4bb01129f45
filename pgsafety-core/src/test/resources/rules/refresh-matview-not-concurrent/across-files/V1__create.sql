CREATE MATERIALIZED VIEW weekly_sales AS SELECT date_trunc('week', created_at) AS week, sum(amount) AS total FROM orders GROUP BY 1;
