package dev.pgsafety.core.analysis;

/** How the tool runs a migration's statements. */
public enum TransactionMode {
    /**
     * Flyway's rule for SQL scripts: one transaction, unless every statement is one PostgreSQL refuses
     * inside a transaction block (then each statement commits on its own).
     */
    AUTO,
    /** All statements in one transaction (Liquibase runInTransaction=true, Flyway executeInTransaction=true). */
    TRANSACTIONAL,
    /** Each statement commits on its own (runInTransaction=false, executeInTransaction=false, lint --no-transaction). */
    NON_TRANSACTIONAL
}
