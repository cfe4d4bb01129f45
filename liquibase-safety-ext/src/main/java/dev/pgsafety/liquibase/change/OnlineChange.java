package dev.pgsafety.liquibase.change;

import java.util.List;

import liquibase.change.AbstractChange;
import liquibase.change.Change;
import liquibase.change.DatabaseChange;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.core.CockroachDatabase;
import liquibase.database.core.PostgresDatabase;
import liquibase.exception.DatabaseException;
import liquibase.exception.ValidationErrors;
import liquibase.statement.SqlStatement;
import liquibase.statement.core.RawParameterizedSqlStatement;

/**
 * What pgsafety's change types share: PostgreSQL only, clear validation messages, the XML namespace, and the rule
 * that a change running a concurrent statement or several transactions needs a non-transactional changeSet of its own.
 */
abstract class OnlineChange extends AbstractChange {

    /** The XML namespace of pgsafety's change types. */
    static final String NAMESPACE = PgSafetyXml.NAMESPACE;

    /** The change type's name as written in changelogs. */
    final String changeName() {
        return getClass().getAnnotation(DatabaseChange.class).name();
    }

    @Override
    public boolean supports(Database database) {
        return database instanceof PostgresDatabase && !(database instanceof CockroachDatabase);
    }

    @Override
    public boolean generateStatementsVolatile(Database database) {
        return false;
    }

    @Override
    public boolean generateRollbackStatementsVolatile(Database database) {
        return false;
    }

    @Override
    public String getSerializedObjectNamespace() {
        return NAMESPACE;
    }

    /**
     * Why this change must run outside a transaction block, alone in its changeSet ("it runs CREATE INDEX
     * CONCURRENTLY, ..."), or null when it may share a transaction.
     */
    abstract String needsOwnNonTransactionalChangeSet();

    /** Checks of the change's own properties; the database is PostgreSQL. */
    abstract void validateProperties(Database database, ValidationErrors errors);

    /** The statements, in order; the properties have passed {@link #validateProperties}. */
    abstract List<String> sql(Database database);

    /**
     * The statements of {@link #sql}, or none while the change is invalid (Liquibase asks for them before it reports
     * validation errors, e.g. for warnings, and so does pgsafety's analysis; the errors say what is wrong).
     */
    @Override
    public final SqlStatement[] generateStatements(Database database) {
        if (!supports(database)) {
            return new SqlStatement[0];
        }
        ValidationErrors errors = new ValidationErrors();
        validateProperties(database, errors);
        return errors.hasErrors() ? new SqlStatement[0] : statements(sql(database));
    }

    @Override
    public ValidationErrors validate(Database database) {
        ValidationErrors errors = new ValidationErrors(this);
        if (!supports(database)) {
            errors.addError(changeName() + " is a PostgreSQL-only change type (pgsafety), not available on "
                    + database.getDisplayName() + ": limit its changeSet to PostgreSQL with dbms=\"postgresql\"");
            return errors;
        }
        validateProperties(database, errors);
        if (!errors.hasErrors()) {
            validateChangeSet(errors);
        }
        return errors;
    }

    private void validateChangeSet(ValidationErrors errors) {
        String why = needsOwnNonTransactionalChangeSet();
        ChangeSet changeSet = getChangeSet();
        if (why == null || changeSet == null) {
            return;
        }
        List<Change> siblings = siblings(changeSet);
        boolean transactional = changeSet.isRunInTransaction();
        boolean shared = siblings.size() > 1;
        if (!transactional && !shared) {
            return;
        }
        String tag = "<changeSet id=\"" + changeSet.getId() + "\" author=\"" + changeSet.getAuthor() + "\">";
        StringBuilder message = new StringBuilder(changeName()).append(' ').append(why).append(": ");
        if (transactional) {
            message.append("add runInTransaction=\"false\" to ").append(tag);
        }
        if (shared) {
            message.append(transactional ? " and " : "").append("put ").append(changeName())
                    .append(" in a changeSet of its own");
            if (!transactional) {
                message.append(" (").append(tag).append(" has ").append(siblings.size()).append(" changes)");
            }
        }
        message.append(". Each of its statements then commits on its own, and running it again after a failure"
                + " half-way completes it.");
        errors.addError(message.toString());
    }

    /** The changes this one runs with: its changeSet's, or those of the changeSet's rollback block it sits in. */
    private List<Change> siblings(ChangeSet changeSet) {
        if (changeSet.getRollback() != null) {
            for (Change c : changeSet.getRollback().getChanges()) {
                if (c == this) {
                    return changeSet.getRollback().getChanges();
                }
            }
        }
        return changeSet.getChanges();
    }

    static void require(ValidationErrors errors, String changeName, String property, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            errors.addError(property + " is required for " + changeName);
        }
    }

    /** Names pgsafety looks up in the catalog to make re-runs safe must not be cut by PostgreSQL. */
    static void checkLength(ValidationErrors errors, String property, String name) {
        if (PgSql.tooLong(name)) {
            errors.addError(property + " \"" + name + "\" is longer than PostgreSQL's " + PgSql.MAX_IDENTIFIER_BYTES
                    + "-byte limit for names: PostgreSQL would cut it to \"" + PgSql.shorten(name)
                    + "\"; give a shorter name");
        }
    }

    static SqlStatement[] statements(List<String> sql) {
        SqlStatement[] out = new SqlStatement[sql.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = new RawParameterizedSqlStatement(sql.get(i));
        }
        return out;
    }

    /** The server's major version, or -1 when there is no connection to ask (offline or update-sql without one). */
    static int major(Database database) {
        try {
            return database.getConnection() == null ? -1 : database.getDatabaseMajorVersion();
        } catch (DatabaseException | RuntimeException e) {
            return -1;
        }
    }
}
