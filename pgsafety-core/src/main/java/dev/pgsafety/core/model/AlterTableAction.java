package dev.pgsafety.core.model;

/** One subcommand of ALTER TABLE. */
public sealed interface AlterTableAction {

    record AddColumn(ColumnDef column, boolean ifNotExists) implements AlterTableAction {
    }

    record DropColumn(String column, boolean ifExists, boolean cascade) implements AlterTableAction {
    }

    record RenameColumn(String from, String to) implements AlterTableAction {
    }

    record RenameTable(String to) implements AlterTableAction {
    }

    record RenameConstraint(String from, String to) implements AlterTableAction {
    }

    record AddConstraint(TableConstraint constraint) implements AlterTableAction {
    }

    record ValidateConstraint(String name) implements AlterTableAction {
    }

    record DropConstraint(String name, boolean ifExists, boolean cascade) implements AlterTableAction {
    }

    record AlterColumnType(String column, TypeName type, SqlText using) implements AlterTableAction {
    }

    record SetNotNull(String column) implements AlterTableAction {
    }

    record DropNotNull(String column) implements AlterTableAction {
    }

    record SetDefault(String column, SqlText expression) implements AlterTableAction {
    }

    record DropDefault(String column) implements AlterTableAction {
    }

    /** SET TABLESPACE, SET LOGGED, SET UNLOGGED, SET ACCESS METHOD: each rewrites the table. */
    record Rewrite(String what) implements AlterTableAction {
    }

    record AttachPartition(QualifiedName partition, SqlText bound) implements AlterTableAction {
    }

    record DetachPartition(QualifiedName partition, boolean concurrently, boolean finalizeDetach) implements AlterTableAction {
    }

    /** DISABLE TRIGGER name | ALL | USER; {@code trigger} is lower-cased "all"/"user" for those. */
    record DisableTrigger(String trigger) implements AlterTableAction {
    }

    /** A subcommand no rule is about (OWNER TO, SET (...), ENABLE TRIGGER, ...), kept by its leading words. */
    record OtherAction(String words) implements AlterTableAction {
    }
}
