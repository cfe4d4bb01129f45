package dev.pgsafety.liquibase.change;

import liquibase.change.DatabaseChangeProperty;
import liquibase.database.Database;

/**
 * A pgsafety change on one table named by {@code schemaName} and {@code tableName}. Public, like its getters, because
 * Liquibase reads the change's properties through them.
 */
public abstract class TableChange extends OnlineChange {

    private String schemaName;
    private String tableName;

    TableChange() {
    }

    @DatabaseChangeProperty(description = "Schema of the table (default: Liquibase's default schema)", requiredForDatabase = "none")
    public String getSchemaName() {
        return schemaName;
    }

    public void setSchemaName(String schemaName) {
        this.schemaName = schemaName;
    }

    @DatabaseChangeProperty(description = "The table", requiredForDatabase = "all")
    public String getTableName() {
        return tableName;
    }

    public void setTableName(String tableName) {
        this.tableName = tableName;
    }

    /** The table as SQL, schema-qualified the way Liquibase would write it. */
    String table(Database database) {
        return PgSql.table(database, schemaName, tableName);
    }
}
