package dev.pgsafety.flyway;

import dev.pgsafety.core.model.Statement;

/**
 * Which statements Flyway's PostgreSQL parser itself runs outside a transaction (read from Flyway 10-13):
 * CREATE/DROP DATABASE, TABLESPACE, SUBSCRIPTION; ALTER SYSTEM; CREATE [UNIQUE] INDEX CONCURRENTLY;
 * DROP INDEX CONCURRENTLY; REINDEX SCHEMA/DATABASE/SYSTEM; VACUUM; DISCARD ALL; ALTER TYPE ... ADD VALUE
 * before PostgreSQL 12. A script runs outside a transaction only if all its statements are such (the analyzer's
 * AUTO transaction mode applies that with this rule). Notably
 * REINDEX ... CONCURRENTLY of an index or table and DETACH PARTITION ... CONCURRENTLY are NOT detected:
 * Flyway runs them in a transaction and PostgreSQL refuses, unless the script's .conf says otherwise.
 */
final class FlywayTransactionModel {

    private FlywayTransactionModel() {
    }

    static boolean flywayRunsOutsideTransaction(Statement s, int pgMajor) {
        if (s instanceof Statement.CreateIndex ci) {
            return ci.concurrently();
        }
        if (s instanceof Statement.DropIndex di) {
            return di.concurrently();
        }
        if (s instanceof Statement.Reindex ri) {
            return ri.target().equals("schema") || ri.target().equals("database") || ri.target().equals("system");
        }
        if (s instanceof Statement.Vacuum || s instanceof Statement.DropDatabase) {
            return true;
        }
        if (s instanceof Statement.AlterTypeAddValue) {
            return pgMajor < 12;
        }
        if (s instanceof Statement.Other other) {
            String w = other.words();
            return w.equals("create database") || w.equals("create tablespace") || w.equals("drop tablespace")
                    || w.equals("create subscription") || w.equals("drop subscription") || w.equals("alter system")
                    || w.equals("discard");
        }
        return false;
    }
}
