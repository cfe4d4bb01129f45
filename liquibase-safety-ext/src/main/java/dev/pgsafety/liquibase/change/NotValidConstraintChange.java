package dev.pgsafety.liquibase.change;

import java.util.ArrayList;
import java.util.List;

import liquibase.change.DatabaseChangeProperty;
import liquibase.database.Database;
import liquibase.exception.ValidationErrors;
import liquibase.statement.SqlStatement;

/**
 * A constraint added {@code NOT VALID} (a brief lock, no scan), then, unless {@code validate="false"}, validated in a
 * transaction of its own (reads and writes go on during the scan). Adding it is idempotent, so the changeSet can run
 * again after failing between the two steps. Public, like its getters, because Liquibase reads the change's
 * properties through them.
 */
public abstract class NotValidConstraintChange extends OnlineChange {

    private String constraintName;
    private Boolean validate;

    NotValidConstraintChange() {
    }

    @DatabaseChangeProperty(description = "Name of the constraint", requiredForDatabase = "all")
    public String getConstraintName() {
        return constraintName;
    }

    public void setConstraintName(String constraintName) {
        this.constraintName = constraintName;
    }

    @DatabaseChangeProperty(description = "false: leave the constraint NOT VALID (validate later with validateConstraint);"
            + " default true", requiredForDatabase = "none")
    public Boolean getValidate() {
        return validate;
    }

    public void setValidate(Boolean validate) {
        this.validate = validate;
    }

    final boolean validates() {
        return !Boolean.FALSE.equals(validate);
    }

    /** The table the constraint is on, as SQL. */
    abstract String constrainedTable(Database database);

    /** The table's name as the changelog gives it, for messages. */
    abstract String constrainedTableName();

    /** What follows {@code ADD CONSTRAINT name}, without {@code NOT VALID}; properties are valid. */
    abstract String definition(Database database);

    /** "Foreign key", "Check constraint": what the confirmation message calls it. */
    abstract String kind();

    /** Checks of the subclass's own properties. */
    abstract void validateConstraintProperties(Database database, ValidationErrors errors);

    @Override
    final String needsOwnNonTransactionalChangeSet() {
        return validates() ? "adds the constraint NOT VALID and validates it in separate transactions" : null;
    }

    @Override
    final void validateProperties(Database database, ValidationErrors errors) {
        validateConstraintProperties(database, errors);
        require(errors, changeName(), "constraintName", constraintName);
        checkLength(errors, "constraintName", constraintName);
    }

    @Override
    final List<String> sql(Database database) {
        String table = constrainedTable(database);
        List<String> sql = new ArrayList<>();
        sql.add(PgSql.addConstraintIfAbsent(database, table, constraintName, definition(database) + " NOT VALID"));
        if (validates()) {
            sql.add(PgSql.validateConstraint(database, table, constraintName));
        }
        return sql;
    }

    @Override
    public boolean supportsRollback(Database database) {
        return supports(database);
    }

    @Override
    public SqlStatement[] generateRollbackStatements(Database database) {
        return statements(List.of(PgSql.dropConstraintIfExists(database, constrainedTable(database), constraintName)));
    }

    @Override
    public String getConfirmationMessage() {
        return kind() + " " + constraintName + " added to " + constrainedTableName()
                + (validates() ? " and validated" : " (NOT VALID)");
    }
}
