package dev.pgsafety.flyway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FlywayVersionTest {

    @Test
    void statementEventsExistFrom1012() {
        assertThat(FlywayVersion.hasStatementEvents("10.11.1")).isFalse();
        assertThat(FlywayVersion.hasStatementEvents("9.22.3")).isFalse();
        assertThat(FlywayVersion.hasStatementEvents("10.12.0")).isTrue();
        assertThat(FlywayVersion.hasStatementEvents("11.0.0")).isTrue();
        assertThat(FlywayVersion.hasStatementEvents(null)).isTrue();
        assertThat(FlywayVersion.current()).isEqualTo("13.12.0");
    }
}
