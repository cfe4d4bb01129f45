package dev.pgsafety.liquibase;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import liquibase.change.Change;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.core.CockroachDatabase;
import liquibase.database.core.PostgresDatabase;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorFactory;

import dev.pgsafety.core.analysis.MigrationSource;
import dev.pgsafety.core.analysis.TransactionMode;

/** A changeset as the analyzer sees it: the SQL Liquibase generates for PostgreSQL, in the changeset's transaction mode. */
public final class LiquibaseSources {

    private static final Pattern ALLOW = Pattern.compile("pgsafety:allow\\b[^\\n]*");

    private LiquibaseSources() {
    }

    public static boolean isPostgres(Database database) {
        return database instanceof PostgresDatabase && !(database instanceof CockroachDatabase);
    }

    /** {@code path::id::author}, how findings name the changeset. */
    static String name(ChangeSet changeSet) {
        return changeSet.getFilePath() + "::" + changeSet.getId() + "::" + changeSet.getAuthor();
    }

    static MigrationSource of(ChangeSet changeSet, Database database) {
        StringBuilder sql = new StringBuilder();
        // pgsafety:allow with pgsafety:reason as changeSet attributes cover the whole changeset.
        String suppression = ChangeSetSettings.suppressionComment(changeSet);
        if (suppression != null) {
            sql.append(suppression).append('\n');
        }
        // So does a pgsafety:allow in the changeset's comment.
        String comments = changeSet.getComments();
        if (comments != null) {
            Matcher m = ALLOW.matcher(comments);
            while (m.find()) {
                sql.append("-- ").append(m.group().replaceFirst("pgsafety:allow\\b", "pgsafety:allow-file")).append('\n');
            }
        }
        for (Change change : changeSet.getChanges()) {
            for (Sql s : SqlGeneratorFactory.getInstance().generateSql(change, database)) {
                String text = s.toSql().strip();
                if (!text.isEmpty()) {
                    sql.append(text);
                    if (!text.endsWith(";")) {
                        sql.append(';');
                    }
                    sql.append('\n');
                }
            }
        }
        TransactionMode mode = changeSet.isRunInTransaction() ? TransactionMode.TRANSACTIONAL : TransactionMode.NON_TRANSACTIONAL;
        return new MigrationSource(name(changeSet), sql.toString(), mode);
    }
}
