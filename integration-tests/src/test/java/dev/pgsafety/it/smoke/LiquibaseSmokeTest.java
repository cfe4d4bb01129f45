package dev.pgsafety.it.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.Map;

import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

import dev.pgsafety.it.Catalog;
import dev.pgsafety.testkit.junit.PgDatabase;
import dev.pgsafety.testkit.junit.PostgresTest;

/** Plain Liquibase (no pgsafety) on every supported major: the ground the extension stands on. */
class LiquibaseSmokeTest {

    @PostgresTest
    void updatesASmallXmlChangelog(PgDatabase db) throws Exception {
        try (Connection c = db.connect()) {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
            Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor()), () ->
                    new CommandScope(UpdateCommandStep.COMMAND_NAME)
                            .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                            .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, "smoke/liquibase/changelog.xml")
                            .execute());
        }
        try (Connection c = db.connect()) {
            Catalog catalog = new Catalog(c);
            assertThat(catalog.columns("customers"))
                    .containsExactly("id bigint not null", "email text not null", "name text");
            assertThat(catalog.validIndexes("customers")).containsExactly("customers_email_idx", "customers_pkey");
            assertThat(catalog.strings("SELECT id FROM databasechangelog WHERE author = ? ORDER BY orderexecuted", "smoke"))
                    .containsExactly("1", "2");
        }
    }
}
