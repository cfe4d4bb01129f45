package dev.pgsafety.liquibase;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import liquibase.configuration.AutoloadedConfigurations;
import liquibase.configuration.ConfigurationDefinition;

import dev.pgsafety.core.config.ConfigException;
import dev.pgsafety.core.config.SafetySettings;

/**
 * The {@code liquibase.safety.*} settings, read wherever Liquibase reads configuration: liquibase.properties,
 * {@code LIQUIBASE_SAFETY_*} environment variables, system properties, the Maven plugin (under Spring Boot: system
 * properties and environment variables; Boot does not pass application properties on). The keys and
 * defaults are pgsafety-core's, shared with Flyway. Liquibase keys cannot hold the rule ids' hyphens, so rule
 * severities go in one key: {@code liquibase.safety.rules=create-index-not-concurrent=warning, set-not-null=off}.
 */
public class SafetyConfiguration implements AutoloadedConfigurations {

    static final String PREFIX = "liquibase.safety.";
    private static final List<ConfigurationDefinition<String>> DEFINITIONS = new ArrayList<>();

    static {
        ConfigurationDefinition.Builder builder = new ConfigurationDefinition.Builder("liquibase.safety");
        define(builder, "mode", "enforce (error findings stop update and validate), warn (they are logged), or off");
        define(builder, "lockTimeout", "first lock_timeout of each statement (default 500ms)");
        define(builder, "lockTimeoutMax", "lock_timeout grows on retries up to this (default 1s)");
        define(builder, "statementTimeout", "statement_timeout of each statement (default 0 = none)");
        define(builder, "concurrentLockTimeout", "lock_timeout of concurrent operations (default 0 = none)");
        define(builder, "concurrentStatementTimeout", "statement_timeout of concurrent operations (default 0 = none)");
        define(builder, "retries", "attempts in all on lock timeouts, the first included (default 10)");
        define(builder, "retryMaxTime", "no new attempt after this much time (default 2min)");
        define(builder, "retryBackoff", "first pause between attempts (default 200ms)");
        define(builder, "retryMaxBackoff", "longest pause between attempts (default 10s)");
        define(builder, "smallTableRows", "below this many estimated rows (and smallTableBytes) size-aware rules only warn (default 10000)");
        define(builder, "smallTableBytes", "below this total size (and smallTableRows) size-aware rules only warn (default 10MB)");
        define(builder, "strict", "true: statements pgsafety cannot parse are errors (default false)");
        define(builder, "rules", "rule severities, e.g. create-index-not-concurrent=warning, set-not-null=off");
    }

    private static void define(ConfigurationDefinition.Builder builder, String key, String description) {
        DEFINITIONS.add(builder.define(key, String.class).setDescription("pgsafety: " + description).build());
    }

    /** The values configured anywhere Liquibase looks, as {@code liquibase.safety.<key>} pairs. */
    static Map<String, String> values() {
        Map<String, String> out = new LinkedHashMap<>();
        for (ConfigurationDefinition<String> d : DEFINITIONS) {
            String value = d.getCurrentValue();
            if (value == null) {
                continue;
            }
            if (d.getKey().equals(PREFIX + "rules")) {
                for (String pair : value.split("[,;\\s]+")) {
                    if (pair.isBlank()) {
                        continue;
                    }
                    int eq = pair.indexOf('=');
                    if (eq <= 0) {
                        throw new IllegalArgumentException("pgsafety configuration error: " + PREFIX + "rules=" + value
                                + ": write rule-id=severity pairs, e.g. create-index-not-concurrent=warning, set-not-null=off");
                    }
                    out.put(PREFIX + "rules." + pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
                }
            } else {
                out.put(d.getKey(), value);
            }
        }
        return out;
    }

    /** pgsafety's settings; a malformed value is a clear error naming its key. */
    static SafetySettings settings() {
        try {
            return SafetySettings.read(values(), PREFIX, "Liquibase configuration");
        } catch (ConfigException e) {
            throw new IllegalArgumentException("pgsafety configuration error: " + e.getMessage(), e);
        }
    }
}
