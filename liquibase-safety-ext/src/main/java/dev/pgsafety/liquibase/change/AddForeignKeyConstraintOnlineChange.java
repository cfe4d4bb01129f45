package dev.pgsafety.liquibase.change;

import java.util.Locale;
import java.util.Set;

import liquibase.change.ChangeMetaData;
import liquibase.change.DatabaseChange;
import liquibase.change.DatabaseChangeProperty;
import liquibase.database.Database;
import liquibase.exception.ValidationErrors;

/**
 * A foreign key added {@code NOT VALID} (a brief lock on both tables, no scan), then validated in its own
 * transaction (SHARE UPDATE EXCLUSIVE on the table, ROW SHARE on the referenced one: reads and writes go on).
 */
@DatabaseChange(name = "addForeignKeyConstraintOnline",
        description = "Adds a foreign key without blocking writes during the check of existing rows: ADD CONSTRAINT ..."
                + " NOT VALID, then VALIDATE CONSTRAINT in its own transaction. PostgreSQL only.",
        priority = ChangeMetaData.PRIORITY_DEFAULT)
public class AddForeignKeyConstraintOnlineChange extends NotValidConstraintChange {

    static final Set<String> ACTIONS = Set.of("CASCADE", "SET NULL", "SET DEFAULT", "RESTRICT", "NO ACTION");

    private String baseTableSchemaName;
    private String baseTableName;
    private String baseColumnNames;
    private String referencedTableSchemaName;
    private String referencedTableName;
    private String referencedColumnNames;
    private String onDelete;
    private String onUpdate;

    @DatabaseChangeProperty(description = "Schema of the referencing table (default: Liquibase's default schema)", requiredForDatabase = "none")
    public String getBaseTableSchemaName() {
        return baseTableSchemaName;
    }

    public void setBaseTableSchemaName(String baseTableSchemaName) {
        this.baseTableSchemaName = baseTableSchemaName;
    }

    @DatabaseChangeProperty(description = "Referencing table", requiredForDatabase = "all")
    public String getBaseTableName() {
        return baseTableName;
    }

    public void setBaseTableName(String baseTableName) {
        this.baseTableName = baseTableName;
    }

    @DatabaseChangeProperty(description = "Referencing columns, comma-separated", requiredForDatabase = "all")
    public String getBaseColumnNames() {
        return baseColumnNames;
    }

    public void setBaseColumnNames(String baseColumnNames) {
        this.baseColumnNames = baseColumnNames;
    }

    @DatabaseChangeProperty(description = "Schema of the referenced table (default: Liquibase's default schema)", requiredForDatabase = "none")
    public String getReferencedTableSchemaName() {
        return referencedTableSchemaName;
    }

    public void setReferencedTableSchemaName(String referencedTableSchemaName) {
        this.referencedTableSchemaName = referencedTableSchemaName;
    }

    @DatabaseChangeProperty(description = "Referenced table", requiredForDatabase = "all")
    public String getReferencedTableName() {
        return referencedTableName;
    }

    public void setReferencedTableName(String referencedTableName) {
        this.referencedTableName = referencedTableName;
    }

    @DatabaseChangeProperty(description = "Referenced columns, comma-separated", requiredForDatabase = "all")
    public String getReferencedColumnNames() {
        return referencedColumnNames;
    }

    public void setReferencedColumnNames(String referencedColumnNames) {
        this.referencedColumnNames = referencedColumnNames;
    }

    @DatabaseChangeProperty(description = "CASCADE, SET NULL, SET DEFAULT, RESTRICT or NO ACTION", requiredForDatabase = "none")
    public String getOnDelete() {
        return onDelete;
    }

    public void setOnDelete(String onDelete) {
        this.onDelete = onDelete;
    }

    @DatabaseChangeProperty(description = "CASCADE, SET NULL, SET DEFAULT, RESTRICT or NO ACTION", requiredForDatabase = "none")
    public String getOnUpdate() {
        return onUpdate;
    }

    public void setOnUpdate(String onUpdate) {
        this.onUpdate = onUpdate;
    }

    @Override
    void validateConstraintProperties(Database database, ValidationErrors errors) {
        require(errors, changeName(), "baseTableName", baseTableName);
        require(errors, changeName(), "baseColumnNames", baseColumnNames);
        require(errors, changeName(), "referencedTableName", referencedTableName);
        require(errors, changeName(), "referencedColumnNames", referencedColumnNames);
        if (baseColumnNames != null && referencedColumnNames != null
                && PgSql.names(baseColumnNames).size() != PgSql.names(referencedColumnNames).size()) {
            errors.addError("baseColumnNames and referencedColumnNames of " + changeName()
                    + " must name the same number of columns");
        }
        checkAction(errors, "onDelete", onDelete);
        checkAction(errors, "onUpdate", onUpdate);
    }

    static void checkAction(ValidationErrors errors, String property, String value) {
        if (value != null && !value.isBlank() && !ACTIONS.contains(action(value))) {
            errors.addError(property + " \"" + value + "\" is not a referential action: use CASCADE, SET NULL,"
                    + " SET DEFAULT, RESTRICT or NO ACTION");
        }
    }

    private static String action(String value) {
        return value.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }

    @Override
    String constrainedTable(Database database) {
        return PgSql.table(database, baseTableSchemaName, baseTableName);
    }

    @Override
    String constrainedTableName() {
        return baseTableName;
    }

    @Override
    String definition(Database database) {
        StringBuilder fk = new StringBuilder("FOREIGN KEY (")
                .append(PgSql.columnList(database, PgSql.names(baseColumnNames)))
                .append(") REFERENCES ").append(PgSql.table(database, referencedTableSchemaName, referencedTableName))
                .append(" (").append(PgSql.columnList(database, PgSql.names(referencedColumnNames))).append(')');
        if (PgSql.trimToNull(onDelete) != null) {
            fk.append(" ON DELETE ").append(action(onDelete));
        }
        if (PgSql.trimToNull(onUpdate) != null) {
            fk.append(" ON UPDATE ").append(action(onUpdate));
        }
        return fk.toString();
    }

    @Override
    String kind() {
        return "Foreign key";
    }
}
