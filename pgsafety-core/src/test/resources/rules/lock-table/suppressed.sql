-- pgsafety:allow lock-table reason: the queue table must not take writes between these two statements; both are instant
LOCK TABLE job_queue IN SHARE ROW EXCLUSIVE MODE;
