package dev.pgsafety.liquibase.change;

import liquibase.change.ChangeMetaData;
import liquibase.change.DatabaseChange;
import liquibase.change.DatabaseChangeProperty;
import liquibase.database.Database;
import liquibase.exception.ValidationErrors;

/**
 * A CHECK constraint added {@code NOT VALID} (a brief ACCESS EXCLUSIVE lock, no scan), then validated in its own
 * transaction (SHARE UPDATE EXCLUSIVE: reads and writes go on during the scan).
 */
@DatabaseChange(name = "addCheckConstraintOnline",
        description = "Adds a CHECK constraint without blocking the table during the check of existing rows: ADD"
                + " CONSTRAINT ... CHECK (...) NOT VALID, then VALIDATE CONSTRAINT in its own transaction. PostgreSQL only.",
        priority = ChangeMetaData.PRIORITY_DEFAULT)
public class AddCheckConstraintOnlineChange extends NotValidConstraintChange {

    private String schemaName;
    private String tableName;
    private String checkCondition;

    @DatabaseChangeProperty(description = "Schema of the table (default: Liquibase's default schema)", requiredForDatabase = "none")
    public String getSchemaName() {
        return schemaName;
    }

    public void setSchemaName(String schemaName) {
        this.schemaName = schemaName;
    }

    @DatabaseChangeProperty(description = "Table to constrain", requiredForDatabase = "all")
    public String getTableName() {
        return tableName;
    }

    public void setTableName(String tableName) {
        this.tableName = tableName;
    }

    @DatabaseChangeProperty(description = "The condition, in SQL: written into CHECK (...) as is, like the body of"
            + " Liquibase's addCheckConstraint", requiredForDatabase = "all")
    public String getCheckCondition() {
        return checkCondition;
    }

    public void setCheckCondition(String checkCondition) {
        this.checkCondition = checkCondition;
    }

    @Override
    void validateConstraintProperties(Database database, ValidationErrors errors) {
        require(errors, changeName(), "tableName", tableName);
        require(errors, changeName(), "checkCondition", checkCondition);
    }

    @Override
    String constrainedTable(Database database) {
        return PgSql.table(database, schemaName, tableName);
    }

    @Override
    String constrainedTableName() {
        return tableName;
    }

    @Override
    String definition(Database database) {
        // The condition is SQL by design: it is the one value written without quoting.
        return "CHECK (" + checkCondition.trim() + ")";
    }

    @Override
    String kind() {
        return "Check constraint";
    }
}
