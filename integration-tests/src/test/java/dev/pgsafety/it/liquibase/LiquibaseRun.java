package dev.pgsafety.it.liquibase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;

import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;

import dev.pgsafety.testkit.junit.PgDatabase;

/** A Liquibase changelog in a temporary folder, updated with pgsafety's extension on the classpath. */
final class LiquibaseRun {

    private final PgDatabase db;
    private final Path dir;
    private final Map<String, Object> settings = new HashMap<>();
    private final StringBuilder changeSets = new StringBuilder();

    LiquibaseRun(PgDatabase db, Path dir) {
        this.db = db;
        this.dir = dir;
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

    void update() throws Exception {
        Files.writeString(dir.resolve("changelog.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <databaseChangeLog
                        xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                        xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
                            http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">
                """ + changeSets + "</databaseChangeLog>\n");
        try (Connection c = db.connect()) {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
            Map<String, Object> scope = new HashMap<>(settings);
            scope.put(Scope.Attr.resourceAccessor.name(), new DirectoryResourceAccessor(dir));
            Scope.child(scope, () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                    .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, "changelog.xml")
                    .execute());
        }
    }
}
