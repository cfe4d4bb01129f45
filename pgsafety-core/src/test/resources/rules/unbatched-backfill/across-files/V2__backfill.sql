-- Tables from an earlier file are never new in a static lint; their primary keys are known from it.
-- expect: unbatched-backfill
UPDATE line_items SET qty = 1 WHERE qty IS NULL;

-- expect: unbatched-backfill
DELETE FROM shipments WHERE status = 'cancelled';
