-- fixture: transactional
-- Liquibase runInTransaction="true"
-- expect: transaction-control
COMMIT;
