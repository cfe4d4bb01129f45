package dev.pgsafety.liquibase.change;

import java.util.List;

import liquibase.change.Change;
import liquibase.change.ChangeMetaData;
import liquibase.change.DatabaseChange;
import liquibase.change.DatabaseChangeProperty;
import liquibase.database.Database;
import liquibase.exception.ValidationErrors;
import liquibase.statement.SqlStatement;

/**
 * {@code ALTER TABLE ... VALIDATE CONSTRAINT}: checks existing rows against a NOT VALID constraint under SHARE UPDATE
 * EXCLUSIVE (reads and writes go on). A no-op for a constraint that is valid already.
 */
@DatabaseChange(name = "validateConstraint",
        description = "Validates a NOT VALID foreign key, CHECK or (PostgreSQL 18) NOT NULL constraint without blocking"
                + " reads and writes (ALTER TABLE ... VALIDATE CONSTRAINT). PostgreSQL only.",
        priority = ChangeMetaData.PRIORITY_DEFAULT)
public class ValidateConstraintChange extends TableChange {

    private String constraintName;

    @DatabaseChangeProperty(description = "Name of the constraint to validate", requiredForDatabase = "all")
    public String getConstraintName() {
        return constraintName;
    }

    public void setConstraintName(String constraintName) {
        this.constraintName = constraintName;
    }

    @Override
    String needsOwnNonTransactionalChangeSet() {
        // One statement; pgsafety's validation flags it if the same transaction added the constraint.
        return null;
    }

    @Override
    void validateProperties(Database database, ValidationErrors errors) {
        require(errors, changeName(), "tableName", getTableName());
        require(errors, changeName(), "constraintName", constraintName);
        checkLength(errors, "constraintName", constraintName);
    }

    @Override
    List<String> sql(Database database) {
        return List.of(PgSql.validateConstraint(database, table(database), constraintName));
    }

    @Override
    protected Change[] createInverses() {
        // A validated constraint cannot be made NOT VALID again, and need not be: rolling back is a no-op.
        return new Change[0];
    }

    @Override
    public String getConfirmationMessage() {
        return "Constraint " + constraintName + " on " + getTableName() + " validated";
    }
}
