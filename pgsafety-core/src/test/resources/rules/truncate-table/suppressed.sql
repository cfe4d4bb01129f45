-- pgsafety:allow truncate-table reason: cache table rebuilt by the app at startup, nothing reads it during deploys
TRUNCATE report_cache;
