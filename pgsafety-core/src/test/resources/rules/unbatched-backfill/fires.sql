-- A WHERE that picks rows by a property, not by key range: every matching row in one transaction
-- expect: unbatched-backfill
UPDATE orders SET total_cents = total * 100 WHERE total_cents IS NULL;

-- No WHERE at all
-- expect: unbatched-backfill
DELETE FROM sessions;

-- expect: unbatched-backfill
update app."Order Lines" set QTY = 0 returning id;

-- A join update
-- expect: unbatched-backfill
UPDATE orders o SET region = c.region FROM customers c WHERE o.customer_id = c.id;

-- Comments and strings that look like a bound do not bound anything
-- expect: unbatched-backfill
DELETE
    /* WHERE id < 100 is only a comment */
    FROM events WHERE kind = 'id < 100';

-- expect: unbatched-backfill
WITH moved AS (SELECT id FROM customers WHERE region = 'eu') UPDATE orders SET region = 'eu' WHERE customer_id IN (SELECT id FROM moved);
