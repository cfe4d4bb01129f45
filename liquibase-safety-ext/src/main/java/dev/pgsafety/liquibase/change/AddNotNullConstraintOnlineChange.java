package dev.pgsafety.liquibase.change;

import java.util.List;

import liquibase.change.ChangeMetaData;
import liquibase.change.DatabaseChange;
import liquibase.change.DatabaseChangeProperty;
import liquibase.database.Database;
import liquibase.exception.ValidationErrors;
import liquibase.statement.SqlStatement;
import liquibase.structure.core.Column;
import liquibase.structure.core.Index;

/**
 * Makes a column NOT NULL without scanning the table under an ACCESS EXCLUSIVE lock.
 * <ul>
 *   <li>PostgreSQL 12 to 17: {@code ADD CONSTRAINT c CHECK (col IS NOT NULL) NOT VALID}; {@code VALIDATE CONSTRAINT c}
 *       (SHARE UPDATE EXCLUSIVE, reads and writes go on); {@code SET NOT NULL} (PostgreSQL sees the validated CHECK and
 *       skips the scan); {@code DROP CONSTRAINT c}.</li>
 *   <li>PostgreSQL 18 and later: {@code ADD CONSTRAINT c NOT NULL col NOT VALID} (new rows are checked at once, and
 *       attnotnull is already true); {@code VALIDATE CONSTRAINT c}.</li>
 *   <li>PostgreSQL 11: refused in validation, since SET NOT NULL always scans there.</li>
 * </ul>
 * Each step checks the catalog first, so running the changeSet again after a failure between steps completes it.
 */
@DatabaseChange(name = "addNotNullConstraintOnline",
        description = "Makes a column NOT NULL without a long exclusive lock: a CHECK (col IS NOT NULL) NOT VALID,"
                + " validated, then SET NOT NULL (PostgreSQL 12-17), or a NOT NULL NOT VALID constraint, validated"
                + " (PostgreSQL 18+). PostgreSQL 12 or newer; the changeSet needs runInTransaction=\"false\" and no other change.",
        priority = ChangeMetaData.PRIORITY_DEFAULT)
public class AddNotNullConstraintOnlineChange extends TableChange {

    /** The first major whose NOT NULL constraints can be NOT VALID and validated later. */
    static final int NOT_NULL_NOT_VALID_MAJOR = 18;

    private String columnName;
    private String constraintName;

    @DatabaseChangeProperty(description = "Column to make NOT NULL", requiredForDatabase = "all")
    public String getColumnName() {
        return columnName;
    }

    public void setColumnName(String columnName) {
        this.columnName = columnName;
    }

    @DatabaseChangeProperty(description = "Name of the (temporary on PostgreSQL 12-17) constraint; default"
            + " <table>_<column>_not_null, the name PostgreSQL 18 gives NOT NULL constraints", requiredForDatabase = "none")
    public String getConstraintName() {
        return constraintName;
    }

    public void setConstraintName(String constraintName) {
        this.constraintName = constraintName;
    }

    /** The constraint's name: the one given, or PostgreSQL 18's own default for a NOT NULL constraint. */
    String effectiveConstraintName() {
        String given = PgSql.trimToNull(constraintName);
        return given != null ? given : PgSql.shorten(getTableName() + "_" + columnName + "_not_null");
    }

    @Override
    String needsOwnNonTransactionalChangeSet() {
        return "adds a NOT VALID constraint, validates it and sets NOT NULL in separate transactions";
    }

    @Override
    void validateProperties(Database database, ValidationErrors errors) {
        require(errors, changeName(), "tableName", getTableName());
        require(errors, changeName(), "columnName", columnName);
        checkLength(errors, "constraintName", PgSql.trimToNull(constraintName));
        int major = major(database);
        if (major > 0 && major < 12) {
            errors.addError(changeName() + " needs PostgreSQL 12 or newer; this server runs " + major + ". On PostgreSQL "
                    + major + ", SET NOT NULL always scans the whole table under an ACCESS EXCLUSIVE lock (no reads or"
                    + " writes meanwhile), even when a validated CHECK (" + columnName + " IS NOT NULL) exists. Instead:"
                    + " enforce it with addCheckConstraintOnline (checkCondition=\"" + columnName + " IS NOT NULL\"),"
                    + " which checks existing rows without blocking and guarantees the same data, and set NOT NULL after"
                    + " upgrading; or, for a small table, accept the lock with addNotNullConstraint and a"
                    + " <comment>pgsafety:allow set-not-null reason: ...</comment> on its changeSet.");
        }
    }

    @Override
    List<String> sql(Database database) {
        String table = table(database);
        String oid = PgSql.regclass(table);
        String column = PgSql.column(database, columnName);
        String storedColumn = PgSql.stored(database, columnName, Column.class);
        String name = effectiveConstraintName();
        String constraint = PgSql.constraint(database, name);
        String storedName = PgSql.stored(database, name, Index.class);
        String exists = PgSql.constraintExists(oid, storedName);
        if (major(database) >= NOT_NULL_NOT_VALID_MAJOR) {
            // Every NOT NULL column has a not-null constraint (contype 'n') on 18; a column has at most one.
            String notNullOfColumn = "SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_attribute a"
                    + " ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)"
                    + " WHERE c.conrelid = " + oid + " AND c.contype = 'n' AND a.attname = " + PgSql.literal(storedColumn);
            return List.of(
                    PgSql.doBlock("IF NOT EXISTS (" + notNullOfColumn + ") THEN\n"
                            + "    ALTER TABLE " + table + " ADD CONSTRAINT " + constraint + " NOT NULL " + column + " NOT VALID;\n"
                            + "END IF;\n"),
                    PgSql.doBlock("IF EXISTS (SELECT 1 FROM pg_catalog.pg_constraint WHERE conrelid = " + oid
                            + " AND conname = " + PgSql.literal(storedName) + " AND NOT convalidated) THEN\n"
                            + "    ALTER TABLE " + table + " VALIDATE CONSTRAINT " + constraint + ";\n"
                            + "ELSIF EXISTS (" + notNullOfColumn + " AND NOT c.convalidated) THEN\n"
                            + "    RAISE EXCEPTION USING MESSAGE = " + PgSql.literal("column " + columnName + " of " + getTableName()
                            + " already has a NOT VALID not-null constraint of another name than " + name
                            + ": validate that one with validateConstraint") + ";\n"
                            + "END IF;\n"));
        }
        String expectedDefinition = "'CHECK ((' || pg_catalog.quote_ident(" + PgSql.literal(storedColumn) + ") || ' IS NOT NULL))'";
        return List.of(
                PgSql.doBlock("IF EXISTS (SELECT 1 FROM pg_catalog.pg_constraint WHERE conrelid = " + oid
                        + " AND conname = " + PgSql.literal(storedName) + " AND (contype <> 'c' OR NOT pg_catalog.starts_with("
                        + "pg_catalog.pg_get_constraintdef(oid), " + expectedDefinition + "))) THEN\n"
                        + "    RAISE EXCEPTION USING MESSAGE = " + PgSql.literal("constraint " + name + " on " + getTableName()
                        + " exists and is not CHECK (" + columnName + " IS NOT NULL): give " + "addNotNullConstraintOnline"
                        + " another constraintName") + ";\n"
                        + "ELSIF NOT " + exists + " AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = "
                        + oid + " AND attname = " + PgSql.literal(storedColumn) + " AND attnotnull) THEN\n"
                        + "    ALTER TABLE " + table + " ADD CONSTRAINT " + constraint + " CHECK (" + column + " IS NOT NULL) NOT VALID;\n"
                        + "END IF;\n"),
                PgSql.doBlock("IF EXISTS (SELECT 1 FROM pg_catalog.pg_constraint WHERE conrelid = " + oid
                        + " AND conname = " + PgSql.literal(storedName) + " AND NOT convalidated) THEN\n"
                        + "    ALTER TABLE " + table + " VALIDATE CONSTRAINT " + constraint + ";\n"
                        + "END IF;\n"),
                "ALTER TABLE " + table + " ALTER COLUMN " + column + " SET NOT NULL",
                PgSql.dropConstraintIfExists(database, table, name));
    }

    @Override
    public boolean supportsRollback(Database database) {
        return supports(database);
    }

    @Override
    public SqlStatement[] generateRollbackStatements(Database database) {
        return statements(List.of("ALTER TABLE " + table(database) + " ALTER COLUMN "
                + PgSql.column(database, columnName) + " DROP NOT NULL"));
    }

    @Override
    public String getConfirmationMessage() {
        return "Column " + getTableName() + "." + columnName + " set NOT NULL online";
    }
}
