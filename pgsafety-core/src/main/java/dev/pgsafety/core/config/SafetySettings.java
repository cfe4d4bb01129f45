package dev.pgsafety.core.config;

import java.util.Map;

import dev.pgsafety.core.analysis.AnalysisOptions;

/**
 * All of pgsafety's configuration: what the analyzer checks and how the runtime runs migrations. Read from
 * key/value pairs under a tool's prefix ({@code flyway.safety.}, {@code liquibase.safety.}, {@code pgsafety.});
 * unknown keys and malformed values are errors that name the key and where it came from.
 */
public record SafetySettings(AnalysisOptions analysis, RuntimeSettings runtime) {

    public static final SafetySettings DEFAULTS = new SafetySettings(AnalysisOptions.defaults(), RuntimeSettings.DEFAULTS);

    public static SafetySettings read(Map<String, String> values, String prefix, String source) {
        RuntimeSettings runtime = RuntimeSettings.read(RuntimeSettings.DEFAULTS, values, prefix, source);
        AnalysisOptions analysis = LintSettings.apply(AnalysisOptions.defaults(), values, prefix, source, RuntimeSettings.KEYS);
        return new SafetySettings(analysis, runtime);
    }
}
