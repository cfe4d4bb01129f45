package dev.pgsafety.liquibase.change;

import java.util.ArrayList;
import java.util.List;

import liquibase.change.ChangeMetaData;
import liquibase.change.DatabaseChange;
import liquibase.change.DatabaseChangeProperty;
import liquibase.database.Database;
import liquibase.exception.ValidationErrors;
import liquibase.statement.SqlStatement;

/**
 * A CHECK constraint added {@code NOT VALID} (a brief ACCESS EXCLUSIVE lock, no scan), then validated in its own
 * transaction (SHARE UPDATE EXCLUSIVE: reads and writes go on during the scan).
 */
@DatabaseChange(name = "addCheckConstraintOnline",
        description = "Adds a CHECK constraint without blocking the table during the check of existing rows: ADD"
                + " CONSTRAINT ... CHECK (...) NOT VALID, then VALIDATE CONSTRAINT in its own transaction. PostgreSQL only.",
        priority = ChangeMetaData.PRIORITY_DEFAULT)
public class AddCheckConstraintOnlineChange extends OnlineChange {

    private String schemaName;
    private String tableName;
    private String constraintName;
    private String checkCondition;
    private Boolean validate;

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

    @DatabaseChangeProperty(description = "Name of the constraint", requiredForDatabase = "all")
    public String getConstraintName() {
        return constraintName;
    }

    public void setConstraintName(String constraintName) {
        this.constraintName = constraintName;
    }

    @DatabaseChangeProperty(description = "The condition, in SQL: written into CHECK (...) as is, like the body of"
            + " Liquibase's addCheckConstraint", requiredForDatabase = "all")
    public String getCheckCondition() {
        return checkCondition;
    }

    public void setCheckCondition(String checkCondition) {
        this.checkCondition = checkCondition;
    }

    @DatabaseChangeProperty(description = "false: leave the constraint NOT VALID (validate later with validateConstraint);"
            + " default true", requiredForDatabase = "none")
    public Boolean getValidate() {
        return validate;
    }

    public void setValidate(Boolean validate) {
        this.validate = validate;
    }

    private boolean validates() {
        return !Boolean.FALSE.equals(validate);
    }

    @Override
    String needsOwnNonTransactionalChangeSet() {
        return validates() ? "adds the constraint NOT VALID and validates it in separate transactions" : null;
    }

    @Override
    void validateProperties(Database database, ValidationErrors errors) {
        require(errors, changeName(), "tableName", tableName);
        require(errors, changeName(), "constraintName", constraintName);
        require(errors, changeName(), "checkCondition", checkCondition);
        checkLength(errors, "constraintName", constraintName);
    }

    private String table(Database database) {
        return PgSql.table(database, schemaName, tableName);
    }

    @Override
    List<String> sql(Database database) {
        List<String> sql = new ArrayList<>();
        // The condition is SQL by design: it is the one value written without quoting.
        sql.add(PgSql.addConstraintIfAbsent(database, table(database), constraintName,
                "CHECK (" + checkCondition.trim() + ") NOT VALID"));
        if (validates()) {
            sql.add(PgSql.validateConstraint(database, table(database), constraintName));
        }
        return sql;
    }

    @Override
    public boolean supportsRollback(Database database) {
        return supports(database);
    }

    @Override
    public SqlStatement[] generateRollbackStatements(Database database) {
        return statements(List.of(PgSql.dropConstraintIfExists(database, table(database), constraintName)));
    }

    @Override
    public String getConfirmationMessage() {
        return "Check constraint " + constraintName + " added to " + tableName
                + (validates() ? " and validated" : " (NOT VALID)");
    }
}
