package dev.pgsafety.core.model;

import java.util.List;

/**
 * The typed model of one SQL statement: just what the rules need, nothing more. A statement the parser
 * does not model is {@link Other}; one in a modelled family that it could not parse is {@link Unparsed}.
 */
public sealed interface Statement {

    record CreateIndex(boolean unique, boolean concurrently, boolean ifNotExists, String name, QualifiedName table,
                       List<String> columns, boolean partial) implements Statement {
        public CreateIndex {
            columns = List.copyOf(columns);
        }
    }

    record DropIndex(boolean concurrently, boolean ifExists, List<QualifiedName> indexes, boolean cascade)
            implements Statement {
        public DropIndex {
            indexes = List.copyOf(indexes);
        }
    }

    record AlterTable(boolean ifExists, boolean only, QualifiedName table, List<AlterTableAction> actions)
            implements Statement {
        public AlterTable {
            actions = List.copyOf(actions);
        }
    }

    record CreateTable(QualifiedName table, boolean ifNotExists, boolean temporary, List<ColumnDef> columns,
                       List<TableConstraint> constraints, boolean asQuery, QualifiedName partitionOf,
                       boolean partitioned) implements Statement {
        public CreateTable {
            columns = List.copyOf(columns);
            constraints = List.copyOf(constraints);
        }
    }

    record DropTable(List<QualifiedName> tables, boolean ifExists, boolean cascade) implements Statement {
        public DropTable {
            tables = List.copyOf(tables);
        }
    }

    record DropSchema(List<String> schemas, boolean ifExists, boolean cascade) implements Statement {
        public DropSchema {
            schemas = List.copyOf(schemas);
        }
    }

    record DropDatabase(String database, boolean ifExists) implements Statement {
    }

    record Truncate(List<QualifiedName> tables, boolean cascade) implements Statement {
        public Truncate {
            tables = List.copyOf(tables);
        }
    }

    /** REINDEX {INDEX|TABLE|SCHEMA|DATABASE|SYSTEM} [CONCURRENTLY] name; {@code target} is lower case. */
    record Reindex(String target, QualifiedName name, boolean concurrently) implements Statement {
    }

    record RefreshMaterializedView(QualifiedName view, boolean concurrently, boolean withNoData) implements Statement {
    }

    /** VACUUM; {@code tables} is empty for the whole database. */
    record Vacuum(boolean full, List<QualifiedName> tables) implements Statement {
        public Vacuum {
            tables = List.copyOf(tables);
        }
    }

    /** CLUSTER; {@code table} is null for "every previously clustered table". */
    record Cluster(QualifiedName table) implements Statement {
    }

    record LockTable(List<QualifiedName> tables, String mode) implements Statement {
        public LockTable {
            tables = List.copyOf(tables);
        }
    }

    record AlterTypeAddValue(QualifiedName type, String value, boolean ifNotExists) implements Statement {
    }

    /** How a WHERE clause limits the rows an UPDATE or DELETE touches. */
    enum WhereShape {
        /** No WHERE at all: every row. */
        NONE,
        /** A WHERE that does not bound the work by key range or LIMIT (e.g. {@code WHERE col IS NULL}). */
        UNBOUNDED,
        /** Key equality or range, {@code IN (...)} of values, a LIMIT subquery, {@code WHERE CURRENT OF}. */
        BOUNDED
    }

    /** UPDATE; {@code set} is the SET list as written (for the backfill directive). */
    record Update(QualifiedName table, WhereShape where, SqlText whereText, SqlText set) implements Statement {
    }

    record Delete(QualifiedName table, WhereShape where, SqlText whereText) implements Statement {
    }

    record Insert(QualifiedName table, boolean fromQuery) implements Statement {
    }

    /** SET [LOCAL|SESSION] name {TO|=} value; {@code name} is lower case. */
    record SetVariable(String name, String value, boolean local) implements Statement {
    }

    /** RESET name | ALL. */
    record ResetVariable(String name) implements Statement {
    }

    enum TransactionKind { BEGIN, COMMIT, ROLLBACK, SAVEPOINT, RELEASE_SAVEPOINT, ROLLBACK_TO_SAVEPOINT, PREPARE_TRANSACTION }

    record TransactionControl(TransactionKind kind) implements Statement {
    }

    /** CREATE FUNCTION or PROCEDURE; {@code body} is the AS string or the BEGIN ATOMIC block, {@code bodyOffset} its position in the statement text. */
    record CreateFunction(QualifiedName name, boolean procedure, String language, String body, int bodyOffset)
            implements Statement {
    }

    record CreateTrigger(String name, QualifiedName table) implements Statement {
    }

    record CreateView(QualifiedName name, boolean materialized, boolean withData) implements Statement {
    }

    /** DO block; {@code body} is the code, {@code bodyOffset} where it starts in the statement text. */
    record DoBlock(String language, String body, int bodyOffset) implements Statement {
    }

    record Comment(String objectKind) implements Statement {
    }

    record Grant(boolean revoke) implements Statement {
    }

    /** A statement no rule is about, named by its leading key words ("create sequence", "select"). */
    record Other(String words) implements Statement {
    }

    /** A statement of a family the rules care about that the parser could not follow. */
    record Unparsed(String family, String reason) implements Statement {
    }
}
