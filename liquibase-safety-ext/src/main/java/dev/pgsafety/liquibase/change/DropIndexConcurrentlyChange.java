package dev.pgsafety.liquibase.change;

import java.util.List;

import liquibase.change.ChangeMetaData;
import liquibase.change.DatabaseChange;
import liquibase.change.DatabaseChangeProperty;
import liquibase.database.Database;
import liquibase.exception.ValidationErrors;
import liquibase.statement.SqlStatement;

/** {@code DROP INDEX CONCURRENTLY IF EXISTS}: reads and writes go on while the index is dropped. */
@DatabaseChange(name = "dropIndexConcurrently",
        description = "Drops an index without blocking reads and writes (DROP INDEX CONCURRENTLY IF EXISTS). PostgreSQL"
                + " only; the changeSet needs runInTransaction=\"false\" and no other change.",
        priority = ChangeMetaData.PRIORITY_DEFAULT)
public class DropIndexConcurrentlyChange extends OnlineChange {

    private String schemaName;
    private String indexName;

    @DatabaseChangeProperty(description = "Schema of the index (default: Liquibase's default schema)", requiredForDatabase = "none")
    public String getSchemaName() {
        return schemaName;
    }

    public void setSchemaName(String schemaName) {
        this.schemaName = schemaName;
    }

    @DatabaseChangeProperty(description = "Name of the index to drop", requiredForDatabase = "all")
    public String getIndexName() {
        return indexName;
    }

    public void setIndexName(String indexName) {
        this.indexName = indexName;
    }

    @Override
    String needsOwnNonTransactionalChangeSet() {
        return "runs DROP INDEX CONCURRENTLY, which PostgreSQL refuses inside a transaction block";
    }

    @Override
    void validateProperties(Database database, ValidationErrors errors) {
        require(errors, changeName(), "indexName", indexName);
        checkLength(errors, "indexName", indexName);
    }

    @Override
    List<String> sql(Database database) {
        return List.of("DROP INDEX CONCURRENTLY IF EXISTS " + PgSql.index(database, schemaName, indexName));
    }

    @Override
    public boolean supportsRollback(Database database) {
        // The dropped index's definition is not known here: give the rollback as a createIndexConcurrently.
        return false;
    }

    @Override
    public String getConfirmationMessage() {
        return "Index " + indexName + " dropped concurrently";
    }
}
