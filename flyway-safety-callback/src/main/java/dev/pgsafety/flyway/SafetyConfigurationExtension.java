package dev.pgsafety.flyway;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.flywaydb.core.extensibility.ConfigurationExtension;

/**
 * The {@code flyway.safety.*} settings, wherever Flyway reads configuration: flyway.conf
 * ({@code flyway.safety.lockTimeout=1s}), TOML ({@code [flyway.safety]} with {@code lockTimeout = "1s"}),
 * environment ({@code FLYWAY_SAFETY_LOCK_TIMEOUT=1s}), the Maven plugin's {@code <pluginConfiguration>}, and
 * {@code FluentConfiguration.configuration(Map)}. Flyway fills the fields by name; pgsafety-core validates them.
 */
public class SafetyConfigurationExtension implements ConfigurationExtension {

    static final String PREFIX = "flyway.safety.";

    // Field names are the configuration keys (Flyway maps flyway.safety.<field> onto them).
    private String mode;
    private String lockTimeout;
    private String lockTimeoutMax;
    private String statementTimeout;
    private String concurrentLockTimeout;
    private String concurrentStatementTimeout;
    private String retries;
    private String retryMaxTime;
    private String retryBackoff;
    private String retryMaxBackoff;
    private String smallTableRows;
    private String smallTableBytes;
    private String strict;
    private HashMap<String, String> rules = new HashMap<>();

    @Override
    public String getNamespace() {
        return "safety";
    }

    /** FLYWAY_SAFETY_LOCK_TIMEOUT to flyway.safety.lockTimeout; FLYWAY_SAFETY_RULE_SET_NOT_NULL to flyway.safety.rules.set-not-null. */
    @Override
    public String getConfigurationParameterFromEnvironmentVariable(String environmentVariable) {
        String prefix = "FLYWAY_SAFETY_";
        if (!environmentVariable.startsWith(prefix)) {
            return null;
        }
        String rest = environmentVariable.substring(prefix.length());
        if (rest.startsWith("RULE_")) {
            return PREFIX + "rules." + rest.substring("RULE_".length()).toLowerCase(Locale.ROOT).replace('_', '-');
        }
        StringBuilder camel = new StringBuilder();
        boolean upper = false;
        for (char ch : rest.toLowerCase(Locale.ROOT).toCharArray()) {
            if (ch == '_') {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(ch) : ch);
                upper = false;
            }
        }
        return PREFIX + camel;
    }

    /** The values set, as {@code flyway.safety.<key>} pairs for pgsafety-core to read. */
    Map<String, String> values() {
        Map<String, String> out = new LinkedHashMap<>();
        put(out, "mode", mode);
        put(out, "lockTimeout", lockTimeout);
        put(out, "lockTimeoutMax", lockTimeoutMax);
        put(out, "statementTimeout", statementTimeout);
        put(out, "concurrentLockTimeout", concurrentLockTimeout);
        put(out, "concurrentStatementTimeout", concurrentStatementTimeout);
        put(out, "retries", retries);
        put(out, "retryMaxTime", retryMaxTime);
        put(out, "retryBackoff", retryBackoff);
        put(out, "retryMaxBackoff", retryMaxBackoff);
        put(out, "smallTableRows", smallTableRows);
        put(out, "smallTableBytes", smallTableBytes);
        put(out, "strict", strict);
        if (rules != null) {
            rules.forEach((rule, severity) -> put(out, "rules." + rule, severity));
        }
        return out;
    }

    private static void put(Map<String, String> out, String key, Object value) {
        if (value != null) {
            out.put(PREFIX + key, String.valueOf(value));
        }
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public String getLockTimeout() {
        return lockTimeout;
    }

    public void setLockTimeout(String lockTimeout) {
        this.lockTimeout = lockTimeout;
    }

    public String getLockTimeoutMax() {
        return lockTimeoutMax;
    }

    public void setLockTimeoutMax(String lockTimeoutMax) {
        this.lockTimeoutMax = lockTimeoutMax;
    }

    public String getStatementTimeout() {
        return statementTimeout;
    }

    public void setStatementTimeout(String statementTimeout) {
        this.statementTimeout = statementTimeout;
    }

    public String getConcurrentLockTimeout() {
        return concurrentLockTimeout;
    }

    public void setConcurrentLockTimeout(String concurrentLockTimeout) {
        this.concurrentLockTimeout = concurrentLockTimeout;
    }

    public String getConcurrentStatementTimeout() {
        return concurrentStatementTimeout;
    }

    public void setConcurrentStatementTimeout(String concurrentStatementTimeout) {
        this.concurrentStatementTimeout = concurrentStatementTimeout;
    }

    public String getRetries() {
        return retries;
    }

    public void setRetries(String retries) {
        this.retries = retries;
    }

    public String getRetryMaxTime() {
        return retryMaxTime;
    }

    public void setRetryMaxTime(String retryMaxTime) {
        this.retryMaxTime = retryMaxTime;
    }

    public String getRetryBackoff() {
        return retryBackoff;
    }

    public void setRetryBackoff(String retryBackoff) {
        this.retryBackoff = retryBackoff;
    }

    public String getRetryMaxBackoff() {
        return retryMaxBackoff;
    }

    public void setRetryMaxBackoff(String retryMaxBackoff) {
        this.retryMaxBackoff = retryMaxBackoff;
    }

    public String getSmallTableRows() {
        return smallTableRows;
    }

    public void setSmallTableRows(String smallTableRows) {
        this.smallTableRows = smallTableRows;
    }

    public String getSmallTableBytes() {
        return smallTableBytes;
    }

    public void setSmallTableBytes(String smallTableBytes) {
        this.smallTableBytes = smallTableBytes;
    }

    public String getStrict() {
        return strict;
    }

    public void setStrict(String strict) {
        this.strict = strict;
    }

    public Map<String, String> getRules() {
        return rules;
    }

    public void setRules(Map<String, String> rules) {
        this.rules = rules == null ? new HashMap<>() : new HashMap<>(rules);
    }
}
