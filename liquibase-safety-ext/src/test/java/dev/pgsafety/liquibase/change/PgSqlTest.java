package dev.pgsafety.liquibase.change;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import liquibase.database.ObjectQuotingStrategy;
import liquibase.database.core.PostgresDatabase;
import liquibase.structure.core.Table;

class PgSqlTest {

    private final PostgresDatabase database = new PostgresDatabase();

    @Test
    void quotesWhereLiquibaseWouldAndDoublesQuotesLiquibaseLeavesAlone() {
        // Liquibase's LEGACY strategy writes mixed-case names as "..." without doubling the quotes inside.
        assertThat(database.escapeObjectName("o\"; DROP TABLE x; --", Table.class)).isEqualTo("\"o\"; DROP TABLE x; --\"");
        assertThat(PgSql.ident(database, "o\"; DROP TABLE x; --", Table.class)).isEqualTo("\"o\"\"; DROP TABLE x; --\"");
        assertThat(PgSql.ident(database, "orders", Table.class)).isEqualTo("orders");
        assertThat(PgSql.ident(database, "Orders", Table.class)).isEqualTo("\"Orders\"");
        assertThat(PgSql.ident(database, "ORDERS", Table.class)).isEqualTo("ORDERS");
        assertThat(PgSql.ident(database, "user", Table.class)).isEqualTo("\"user\"");
        assertThat(PgSql.ident(database, "my table", Table.class)).isEqualTo("\"my table\"");
        assertThat(PgSql.stored(database, "ORDERS", Table.class)).isEqualTo("orders");
        assertThat(PgSql.stored(database, "Orders", Table.class)).isEqualTo("Orders");
    }

    @Test
    void followsTheQuotingStrategy() {
        database.setObjectQuotingStrategy(ObjectQuotingStrategy.QUOTE_ONLY_RESERVED_WORDS);
        assertThat(PgSql.ident(database, "Orders", Table.class)).isEqualTo("Orders");
        assertThat(PgSql.stored(database, "Orders", Table.class)).isEqualTo("orders");
        database.setObjectQuotingStrategy(ObjectQuotingStrategy.QUOTE_ALL_OBJECTS);
        assertThat(PgSql.ident(database, "orders", Table.class)).isEqualTo("\"orders\"");
    }

    @Test
    void literalsReadTheSameWhateverStandardConformingStringsSays() {
        assertThat(PgSql.literal("it's a \\ test")).isEqualTo("E'it''s a \\\\ test'");
    }

    @Test
    void theDollarQuoteTagDoesNotOccurInTheBody() {
        assertThat(PgSql.doBlock("SELECT 1;\n")).startsWith("DO $pgsafety$\n").endsWith("\n$pgsafety$");
        assertThat(PgSql.doBlock("SELECT '$pgsafety$ $pgsafety1$';\n")).startsWith("DO $pgsafety2$\n").endsWith("\n$pgsafety2$");
    }

    @Test
    void namesAreCutLikePostgresqlCutsThem() {
        String name = "é".repeat(40);
        assertThat(PgSql.tooLong(name)).isTrue();
        assertThat(PgSql.shorten(name)).isEqualTo("é".repeat(31));
        assertThat(PgSql.tooLong("x".repeat(63))).isFalse();
    }
}
