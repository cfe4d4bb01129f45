-- fixture: unbatched-backfill=off
-- pgsafety:allow system-catalog-write reason: documented workaround from the extension vendor, reviewed by the DBA
UPDATE pg_catalog.pg_extension SET extrelocatable = true WHERE extname = 'legacy_ext';
