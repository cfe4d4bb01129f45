package dev.pgsafety.liquibase;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import liquibase.change.AbstractSQLChange;
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
            String withComments = sqlWithComments(change);
            if (withComments != null) {
                // On a line of its own: the text may end in a line comment.
                sql.append(withComments).append(withComments.endsWith(";") ? "\n" : "\n;\n");
                continue;
            }
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

    /**
     * The SQL of an {@code sql}/{@code sqlFile} change (or a formatted SQL changeset) as written, when Liquibase will strip
     * its comments before running it (formatted SQL does by default): the generated SQL would have lost the
     * {@code -- pgsafety:allow} lines. Null when the generated SQL keeps them, or when a custom end delimiter makes
     * Liquibase split the text in a way the analyzer would not.
     */
    private static String sqlWithComments(Change change) {
        if (!(change instanceof AbstractSQLChange sqlChange) || !Boolean.TRUE.equals(sqlChange.isStripComments())
                || Boolean.FALSE.equals(sqlChange.isSplitStatements())) {
            return null;
        }
        String delimiter = sqlChange.getEndDelimiter();
        if (delimiter != null && !delimiter.isBlank() && !delimiter.trim().equals(";")) {
            return null;
        }
        String text = sqlChange.getSql();
        return text == null || text.isBlank() ? null : text.strip();
    }
}