-- fixture: no-transaction
-- expect: truncate-table
TRUNCATE orders;

-- expect: truncate-table
-- expect: multiple-exclusive-locks
truncate table only app."Orders", audit_log restart identity cascade;

-- expect: truncate-table
TRUNCATE
    -- a comment
    TABLE sessions   CONTINUE IDENTITY   RESTRICT;
