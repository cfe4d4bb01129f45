package dev.pgsafety.it.liquibase;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;

import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.RollbackCountCommandStep;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.UpdateSqlCommandStep;
import liquibase.command.core.ValidateCommandStep;
import liquibase.command.core.helpers.DatabaseChangelogCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;

import dev.pgsafety.liquibase.change.PgSafetyXml;
import dev.pgsafety.testkit.Sessions;
import dev.pgsafety.testkit.junit.PgDatabase;

/**
 * A Liquibase changelog in a temporary folder, run with pgsafety's extension on the classpath: the XML form built
 * from changeSets (pgsafety's namespace declared with the prefix {@code pg}), or any file written as is.
 */
final class LiquibaseRun {

    private final PgDatabase db;
    private final Path dir;
    private final Map<String, Object> settings = new HashMap<>();
    private final StringBuilder changeSets = new StringBuilder();
    private String file = "changelog.xml";
    private String content;

    LiquibaseRun(PgDatabase db, Path dir) {
        this.db = db;
        this.dir = dir;
    }

    /** Every table counts as large, so an index build on an empty table is an error. */
    static LiquibaseRun everyTableLarge(PgDatabase db, Path dir) {
        return new LiquibaseRun(db, dir).set("liquibase.safety.smallTableRows", "0");
    }

    /** An empty orders table (id, total, note). */
    static void createEmptyOrders(PgDatabase db) throws Exception {
        try (Connection c = db.connect()) {
            Sessions.exec(c, "CREATE TABLE orders (id bigint PRIMARY KEY, total int, note text)");
        }
    }

    /** The changeSets in DATABASECHANGELOG, in the order they ran: {@code id:EXECTYPE,...}. */
    static String ranChangeSets(PgDatabase db) throws Exception {
        return Sessions.query(db, "SELECT coalesce(string_agg(id || ':' || exectype, ',' ORDER BY orderexecuted), '')"
                + " FROM databasechangelog");
    }

    /** A liquibase.safety.* (or other Liquibase) setting, given as a scope value. */
    LiquibaseRun set(String key, String value) {
        settings.put(key, value);
        return this;
    }

    LiquibaseRun changeSet(String xml) {
        changeSets.append(xml).append('\n');
        return this;
    }

    /** Use this changelog file (YAML, JSON or a complete XML document) instead of the changeSets. */
    LiquibaseRun changelog(String fileName, String text) {
        this.file = fileName;
        this.content = text;
        return this;
    }

    void update() throws Exception {
        run(new CommandScope(UpdateCommandStep.COMMAND_NAME)
                .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, write()));
    }

    void validate() throws Exception {
        run(new CommandScope(ValidateCommandStep.COMMAND_NAME)
                .addArgumentValue(DatabaseChangelogCommandStep.CHANGELOG_FILE_ARG, write()));
    }

    void rollbackCount(int count) throws Exception {
        run(new CommandScope(RollbackCountCommandStep.COMMAND_NAME)
                .addArgumentValue(DatabaseChangelogCommandStep.CHANGELOG_FILE_ARG, write())
                .addArgumentValue(RollbackCountCommandStep.COUNT_ARG, count));
    }

    /** What update-sql prints for the pending changeSets. */
    String updateSql() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        run(new CommandScope(UpdateSqlCommandStep.COMMAND_NAME)
                .addArgumentValue(UpdateSqlCommandStep.CHANGELOG_FILE_ARG, write())
                .setOutput(out));
        return out.toString(StandardCharsets.UTF_8);
    }

    private String write() throws Exception {
        String text = content != null ? content : PgSafetyXml.changelog(changeSets.toString());
        Files.writeString(dir.resolve(file), text);
        return file;
    }

    private void run(CommandScope command) throws Exception {
        try (Connection c = db.connect()) {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
            Map<String, Object> scope = new HashMap<>(settings);
            scope.put(Scope.Attr.resourceAccessor.name(), new DirectoryResourceAccessor(dir));
            Scope.child(scope, () -> command
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                    .execute());
        }
    }
}
