package dev.pgsafety.core.analysis;

import dev.pgsafety.core.model.AlterTableAction;
import dev.pgsafety.core.model.Statement;

/** Statements PostgreSQL refuses inside a transaction block ("cannot run inside a transaction block"). */
public final class NonTransactional {

    private NonTransactional() {
    }

    public static boolean refusedInTransaction(Statement statement, int pgMajor) {
        if (statement instanceof Statement.CreateIndex ci) {
            return ci.concurrently();
        }
        if (statement instanceof Statement.DropIndex di) {
            return di.concurrently();
        }
        if (statement instanceof Statement.Reindex ri) {
            return ri.concurrently() || ri.target().equals("database") || ri.target().equals("system");
        }
        if (statement instanceof Statement.AlterTable at) {
            return at.actions().stream().anyMatch(a -> a instanceof AlterTableAction.DetachPartition dp && dp.concurrently());
        }
        if (statement instanceof Statement.Vacuum || statement instanceof Statement.DropDatabase) {
            return true;
        }
        if (statement instanceof Statement.Cluster cl) {
            return cl.table() == null;
        }
        if (statement instanceof Statement.AlterTypeAddValue) {
            return pgMajor < 12;
        }
        if (statement instanceof Statement.Other other) {
            String w = other.words();
            return w.equals("create database") || w.equals("alter system") || w.equals("create tablespace")
                    || w.equals("drop tablespace") || w.equals("create subscription") || w.equals("drop subscription");
        }
        return false;
    }

    /** The concurrent operations: they must run outside a transaction and wait for older transactions. */
    public static boolean isConcurrentOperation(Statement statement) {
        if (statement instanceof Statement.CreateIndex ci) {
            return ci.concurrently();
        }
        if (statement instanceof Statement.DropIndex di) {
            return di.concurrently();
        }
        if (statement instanceof Statement.Reindex ri) {
            return ri.concurrently();
        }
        if (statement instanceof Statement.AlterTable at) {
            return at.actions().stream().anyMatch(a -> a instanceof AlterTableAction.DetachPartition dp && dp.concurrently());
        }
        return false;
    }
}
