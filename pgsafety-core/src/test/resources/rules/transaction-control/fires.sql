-- A Flyway script runs in one transaction: its own BEGIN/COMMIT fight the tool's.
-- expect: transaction-control
BEGIN;
CREATE TABLE audit_events (id bigint PRIMARY KEY, at timestamptz);
-- expect: transaction-control
COMMIT;

-- expect: transaction-control
start transaction isolation level serializable;
-- expect: transaction-control
end;

-- expect: transaction-control
begin work;
-- expect: transaction-control
ROLLBACK;

-- expect: transaction-control
abort;
