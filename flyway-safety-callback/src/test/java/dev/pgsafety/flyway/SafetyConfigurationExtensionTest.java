package dev.pgsafety.flyway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class SafetyConfigurationExtensionTest {

    private final SafetyConfigurationExtension extension = new SafetyConfigurationExtension();

    @Test
    void environmentVariablesMapToFlywaySafetyKeys() {
        assertThat(extension.getConfigurationParameterFromEnvironmentVariable("FLYWAY_SAFETY_LOCK_TIMEOUT"))
                .isEqualTo("flyway.safety.lockTimeout");
        assertThat(extension.getConfigurationParameterFromEnvironmentVariable("FLYWAY_SAFETY_CONCURRENT_STATEMENT_TIMEOUT"))
                .isEqualTo("flyway.safety.concurrentStatementTimeout");
        assertThat(extension.getConfigurationParameterFromEnvironmentVariable("FLYWAY_SAFETY_MODE"))
                .isEqualTo("flyway.safety.mode");
        assertThat(extension.getConfigurationParameterFromEnvironmentVariable("FLYWAY_SAFETY_RULE_CREATE_INDEX_NOT_CONCURRENT"))
                .isEqualTo("flyway.safety.rules.create-index-not-concurrent");
        assertThat(extension.getConfigurationParameterFromEnvironmentVariable("FLYWAY_URL")).isNull();
    }

    @Test
    void setValuesBecomeKeysForTheCore() {
        extension.setLockTimeout("1s");
        extension.setRetries("5");
        extension.setRules(Map.of("set-not-null", "warning"));
        assertThat(extension.values()).containsEntry("flyway.safety.lockTimeout", "1s")
                .containsEntry("flyway.safety.retries", "5")
                .containsEntry("flyway.safety.rules.set-not-null", "warning")
                .doesNotContainKey("flyway.safety.mode");
        assertThat(extension.getNamespace()).isEqualTo("safety");
    }

    @Test
    void everyRuntimeKeyHasAField() {
        // Flyway maps flyway.safety.<name> onto a declared field of that name.
        for (String key : dev.pgsafety.core.config.RuntimeSettings.KEYS) {
            assertThat(java.util.Arrays.stream(SafetyConfigurationExtension.class.getDeclaredFields()).map(f -> f.getName()))
                    .as("field for flyway.safety.%s", key).contains(key);
        }
    }
}
