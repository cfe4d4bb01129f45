package dev.pgsafety.liquibase.backfill;

import liquibase.database.Database;
import liquibase.exception.ValidationErrors;
import liquibase.sql.Sql;
import liquibase.sql.UnparsedSql;
import liquibase.sqlgenerator.SqlGeneratorChain;
import liquibase.sqlgenerator.core.AbstractSqlGenerator;

import dev.pgsafety.liquibase.LiquibaseSources;

/** The SQL form of a {@link BackfillStatement}: what update-sql prints and pgsafety's validation analyzes. */
public class BackfillSqlGenerator extends AbstractSqlGenerator<BackfillStatement> {

    @Override
    public boolean supports(BackfillStatement statement, Database database) {
        return LiquibaseSources.isPostgres(database);
    }

    @Override
    public ValidationErrors validate(BackfillStatement statement, Database database, SqlGeneratorChain<BackfillStatement> chain) {
        return new ValidationErrors();
    }

    @Override
    public Sql[] generateSql(BackfillStatement statement, Database database, SqlGeneratorChain<BackfillStatement> chain) {
        return new Sql[] {new UnparsedSql(statement.sql())};
    }
}
