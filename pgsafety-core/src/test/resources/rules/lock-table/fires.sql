-- fixture: multiple-exclusive-locks=off
-- (multiple-exclusive-locks, which has its own fixtures, is off so that only this rule's findings are compared)
-- An explicit lock is held until the migration's transaction ends.
-- expect: lock-table
LOCK TABLE orders;

-- expect: lock-table
lock app."Orders" in share row exclusive mode nowait;

-- expect: lock-table
LOCK TABLE ONLY orders, audit_log IN ACCESS SHARE MODE;

-- expect: lock-table
LOCK
    /* comment */ TABLE   sessions   IN   EXCLUSIVE   MODE;

-- expect: lock-table
LOCK TABLE payments IN SHARE MODE;
