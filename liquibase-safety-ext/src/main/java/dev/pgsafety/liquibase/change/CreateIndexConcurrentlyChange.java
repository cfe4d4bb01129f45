package dev.pgsafety.liquibase.change;

import java.util.ArrayList;
import java.util.List;

import liquibase.change.Change;
import liquibase.change.ChangeMetaData;
import liquibase.change.ChangeWithColumns;
import liquibase.change.ColumnConfig;
import liquibase.change.DatabaseChange;
import liquibase.change.DatabaseChangeProperty;
import liquibase.database.Database;
import liquibase.exception.ValidationErrors;
import liquibase.statement.SqlStatement;

/**
 * {@code CREATE [UNIQUE] INDEX CONCURRENTLY IF NOT EXISTS}: writes go on during the build. pgsafety's executor drops
 * an INVALID index of the same name left by an earlier failed build first and checks the new one is valid.
 */
@DatabaseChange(name = "createIndexConcurrently",
        description = "Builds an index without blocking writes (CREATE INDEX CONCURRENTLY IF NOT EXISTS). PostgreSQL"
                + " only; the changeSet needs runInTransaction=\"false\" and no other change.",
        priority = ChangeMetaData.PRIORITY_DEFAULT)
public class CreateIndexConcurrentlyChange extends TableChange implements ChangeWithColumns<ColumnConfig> {

    private String indexName;
    private Boolean unique;
    private String where;
    private List<ColumnConfig> columns = new ArrayList<>();

    @DatabaseChangeProperty(description = "Name of the index", requiredForDatabase = "all")
    public String getIndexName() {
        return indexName;
    }

    public void setIndexName(String indexName) {
        this.indexName = indexName;
    }

    @DatabaseChangeProperty(description = "true for a unique index (default false)", requiredForDatabase = "none")
    public Boolean getUnique() {
        return unique;
    }

    public void setUnique(Boolean unique) {
        this.unique = unique;
    }

    @DatabaseChangeProperty(description = "Predicate of a partial index, in SQL (written into the statement as is)",
            requiredForDatabase = "none")
    public String getWhere() {
        return where;
    }

    public void setWhere(String where) {
        this.where = where;
    }

    @Override
    @DatabaseChangeProperty(description = "Indexed columns: name, descending=\"true\", or computed=\"true\" for an"
            + " expression (SQL, as in createIndex)", requiredForDatabase = "all")
    public List<ColumnConfig> getColumns() {
        return columns;
    }

    @Override
    public void setColumns(List<ColumnConfig> columns) {
        this.columns = columns == null ? new ArrayList<>() : columns;
    }

    @Override
    public void addColumn(ColumnConfig column) {
        columns.add(column);
    }

    @Override
    String needsOwnNonTransactionalChangeSet() {
        return "runs CREATE INDEX CONCURRENTLY, which PostgreSQL refuses inside a transaction block";
    }

    @Override
    void validateProperties(Database database, ValidationErrors errors) {
        require(errors, changeName(), "tableName", getTableName());
        require(errors, changeName(), "indexName", indexName);
        checkLength(errors, "indexName", indexName);
        if (columns.isEmpty()) {
            errors.addError("columns are required for " + changeName() + ": at least one <column name=\"...\"/>");
        }
        for (ColumnConfig c : columns) {
            if (c.getName() == null || c.getName().isBlank()) {
                errors.addError("every column of " + changeName() + " needs a name (an expression with computed=\"true\")");
            }
        }
    }

    @Override
    List<String> sql(Database database) {
        return List.of(createIndex(database));
    }

    private String createIndex(Database database) {
        StringBuilder sql = new StringBuilder("CREATE ");
        if (Boolean.TRUE.equals(unique)) {
            sql.append("UNIQUE ");
        }
        sql.append("INDEX CONCURRENTLY IF NOT EXISTS ").append(PgSql.constraint(database, indexName))
                .append(" ON ").append(table(database)).append(" (");
        for (int i = 0; i < columns.size(); i++) {
            ColumnConfig c = columns.get(i);
            if (i > 0) {
                sql.append(", ");
            }
            if (Boolean.TRUE.equals(c.getComputed())) {
                // An expression, SQL by design (as in Liquibase's createIndex); parenthesized as PostgreSQL requires.
                sql.append('(').append(c.getName()).append(')');
            } else {
                sql.append(PgSql.column(database, c.getName()));
            }
            if (Boolean.TRUE.equals(c.getDescending())) {
                sql.append(" DESC");
            }
        }
        sql.append(')');
        String predicate = PgSql.trimToNull(where);
        if (predicate != null) {
            sql.append(" WHERE ").append(predicate);
        }
        return sql.toString();
    }

    @Override
    protected Change[] createInverses() {
        DropIndexConcurrentlyChange drop = new DropIndexConcurrentlyChange();
        drop.setSchemaName(getSchemaName());
        drop.setIndexName(indexName);
        return new Change[] {drop};
    }

    @Override
    public String getConfirmationMessage() {
        return "Index " + indexName + " built concurrently on " + getTableName();
    }
}
