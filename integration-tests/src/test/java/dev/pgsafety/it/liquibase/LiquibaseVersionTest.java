package dev.pgsafety.it.liquibase;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which Liquibase a Surefire execution put on the classpath (the liquibase-5 execution swaps in 5.0.4). */
class LiquibaseVersionTest {

    @Test
    void theExpectedLiquibaseIsOnTheClasspath() {
        String expected = System.getProperty("liquibase.expected.version", "4.31.1");
        assertThat(liquibase.Liquibase.class.getProtectionDomain().getCodeSource().getLocation().toString())
                .contains("liquibase-core-" + expected);
    }
}
