package dev.pgsafety.core.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BlockingSessionTest {

    @Test
    void describesWhoHoldsWhatAndForHowLong() {
        BlockingSession s = new BlockingSession(42, "long-report-query", "idle in transaction", 3.21, null,
                "SELECT count(*)\n  FROM orders", "AccessShareLock", "orders");
        assertThat(s.describe()).isEqualTo("pid 42 (application 'long-report-query', idle in transaction, transaction open"
                + " 3.2 s, wait event none) holds AccessShareLock on orders: SELECT count(*) FROM orders");
    }

    @Test
    void aTransactionThatEndedBetweenTheTwoCatalogReadsIsNotGivenANegativeAge() {
        BlockingSession s = new BlockingSession(7, "app", "idle", -1, "ClientRead", "COMMIT", "RowExclusiveLock", "orders");
        assertThat(s.describe()).contains("its transaction just ended").doesNotContain("-1");
    }
}
