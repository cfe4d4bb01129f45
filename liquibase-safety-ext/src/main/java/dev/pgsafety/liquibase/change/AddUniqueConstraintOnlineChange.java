package dev.pgsafety.liquibase.change;

import java.util.ArrayList;
import java.util.List;

import liquibase.change.ChangeMetaData;
import liquibase.change.DatabaseChange;
import liquibase.change.DatabaseChangeProperty;
import liquibase.database.Database;
import liquibase.exception.ValidationErrors;
import liquibase.statement.SqlStatement;
import liquibase.structure.core.Column;

/**
 * A unique index built concurrently (writes go on), then turned into a UNIQUE or PRIMARY KEY constraint with
 * {@code ADD CONSTRAINT ... USING INDEX} (a brief ACCESS EXCLUSIVE lock, no scan, no build).
 */
@DatabaseChange(name = "addUniqueConstraintOnline",
        description = "Adds a UNIQUE or PRIMARY KEY constraint without blocking writes during the index build: CREATE"
                + " UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT ... USING INDEX. PostgreSQL only; the changeSet needs"
                + " runInTransaction=\"false\" and no other change.",
        priority = ChangeMetaData.PRIORITY_DEFAULT)
public class AddUniqueConstraintOnlineChange extends TableChange {

    private String columnNames;
    private String constraintName;
    private String indexName;
    private Boolean primaryKey;

    @DatabaseChangeProperty(description = "Columns, comma-separated", requiredForDatabase = "all")
    public String getColumnNames() {
        return columnNames;
    }

    public void setColumnNames(String columnNames) {
        this.columnNames = columnNames;
    }

    @DatabaseChangeProperty(description = "Name of the constraint", requiredForDatabase = "all")
    public String getConstraintName() {
        return constraintName;
    }

    public void setConstraintName(String constraintName) {
        this.constraintName = constraintName;
    }

    @DatabaseChangeProperty(description = "Name of the index built first (default: the constraint's name, which"
            + " PostgreSQL gives the index anyway when the constraint takes it over)", requiredForDatabase = "none")
    public String getIndexName() {
        return indexName;
    }

    public void setIndexName(String indexName) {
        this.indexName = indexName;
    }

    @DatabaseChangeProperty(description = "true: a PRIMARY KEY instead of UNIQUE (the columns must be NOT NULL"
            + " already); default false", requiredForDatabase = "none")
    public Boolean getPrimaryKey() {
        return primaryKey;
    }

    public void setPrimaryKey(Boolean primaryKey) {
        this.primaryKey = primaryKey;
    }

    String effectiveIndexName() {
        String given = PgSql.trimToNull(indexName);
        return given != null ? given : constraintName;
    }

    private boolean isPrimaryKey() {
        return Boolean.TRUE.equals(primaryKey);
    }

    @Override
    String needsOwnNonTransactionalChangeSet() {
        return "runs CREATE UNIQUE INDEX CONCURRENTLY, which PostgreSQL refuses inside a transaction block";
    }

    @Override
    void validateProperties(Database database, ValidationErrors errors) {
        require(errors, changeName(), "tableName", getTableName());
        require(errors, changeName(), "columnNames", columnNames);
        require(errors, changeName(), "constraintName", constraintName);
        checkLength(errors, "constraintName", constraintName);
        checkLength(errors, "indexName", PgSql.trimToNull(indexName));
        if (columnNames != null && PgSql.names(columnNames).isEmpty()) {
            errors.addError("columnNames of " + changeName() + " names no column");
        }
        if (!errors.hasErrors() && !effectiveIndexName().equals(constraintName)) {
            errors.addWarning(changeName() + ": PostgreSQL renames index " + indexName + " to " + constraintName
                    + " when the constraint takes it over, so running the changeSet again after that step would build "
                    + indexName + " a second time; leaving indexName out avoids that");
        }
    }

    @Override
    List<String> sql(Database database) {
        String table = table(database);
        List<String> columns = PgSql.names(columnNames);
        List<String> sql = new ArrayList<>();
        if (isPrimaryKey()) {
            // A nullable column would make ADD PRIMARY KEY set NOT NULL itself, scanning under ACCESS EXCLUSIVE.
            StringBuilder names = new StringBuilder();
            for (String c : columns) {
                names.append(names.length() == 0 ? "" : ", ").append(PgSql.literal(PgSql.stored(database, c, Column.class)));
            }
            String where = " FROM pg_catalog.pg_attribute WHERE attrelid = " + PgSql.regclass(table)
                    + " AND attname IN (" + names + ") AND NOT attnotnull";
            sql.add(PgSql.doBlock("IF EXISTS (SELECT 1" + where + ") THEN\n"
                    + "    RAISE EXCEPTION USING MESSAGE = " + PgSql.literal("the primary key columns of " + getTableName()
                    + " must be NOT NULL before " + changeName() + " runs (or PostgreSQL would set NOT NULL with a full"
                    + " scan under an ACCESS EXCLUSIVE lock); make them NOT NULL first with addNotNullConstraintOnline: ")
                    + " || (SELECT pg_catalog.string_agg(attname::text, ', ' ORDER BY attnum)" + where + ");\n"
                    + "END IF;\n"));
        }
        sql.add("CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS " + PgSql.constraint(database, effectiveIndexName())
                + " ON " + table + " (" + PgSql.columnList(database, columns) + ")");
        sql.add(PgSql.addConstraintIfAbsent(database, table, constraintName,
                (isPrimaryKey() ? "PRIMARY KEY" : "UNIQUE") + " USING INDEX " + PgSql.constraint(database, effectiveIndexName())));
        return sql;
    }

    @Override
    public boolean supportsRollback(Database database) {
        return supports(database);
    }

    @Override
    public SqlStatement[] generateRollbackStatements(Database database) {
        // Drops the index with it (the constraint owns it, under the constraint's name).
        return statements(List.of(PgSql.dropConstraintIfExists(database, table(database),
                constraintName)));
    }

    @Override
    public String getConfirmationMessage() {
        return (isPrimaryKey() ? "Primary key " : "Unique constraint ") + constraintName + " added to " + getTableName()
                + " from an index built concurrently";
    }
}
