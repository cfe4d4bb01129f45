package dev.pgsafety.core.config;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import dev.pgsafety.core.analysis.AnalysisOptions;
import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.rules.RuleRegistry;

/**
 * The analysis part of pgsafety's configuration, read from key/value pairs under a prefix: {@code pgsafety.}
 * for the CLI, {@code flyway.safety.} for Flyway, {@code liquibase.safety.} for Liquibase. Keys (after the prefix):
 * <ul>
 *   <li>{@code pgVersion}: target PostgreSQL major for static lint (11 to 18)</li>
 *   <li>{@code strict}: {@code true} makes unparsed statements errors</li>
 *   <li>{@code rules.<rule-id>}: {@code error}, {@code warning} or {@code off}</li>
 *   <li>{@code smallTableRows}, {@code smallTableBytes}: below both, a table is small (size-aware rules warn)</li>
 * </ul>
 * Unknown keys under the prefix and malformed values are errors naming the key.
 */
public final class LintSettings {

    static final String PG_VERSION = "pgVersion";
    static final String STRICT = "strict";
    static final String RULES = "rules.";
    static final String SMALL_TABLE_ROWS = "smallTableRows";
    static final String SMALL_TABLE_BYTES = "smallTableBytes";

    private LintSettings() {
    }

    /**
     * Applies the settings found under {@code prefix} to {@code base}.
     *
     * @param source        where the values came from, for error messages ("pgsafety.properties")
     * @param otherKnownKeys keys (after the prefix) that belong to other parts of the configuration and are skipped
     */
    public static AnalysisOptions apply(AnalysisOptions base, Map<String, String> values, String prefix, String source,
                                        java.util.Set<String> otherKnownKeys) {
        AnalysisOptions options = base;
        Map<String, Severity> severities = new LinkedHashMap<>(base.severities());
        long rows = base.smallTable().rows();
        long bytes = base.smallTable().bytes();
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (!e.getKey().startsWith(prefix)) {
                continue;
            }
            String key = e.getKey().substring(prefix.length());
            String value = e.getValue() == null ? "" : e.getValue().trim();
            if (key.equals(PG_VERSION)) {
                options = options.withPgMajor(major(e.getKey(), value, source));
            } else if (key.equals(STRICT)) {
                options = options.withStrict(bool(e.getKey(), value, source));
            } else if (key.startsWith(RULES)) {
                String rule = key.substring(RULES.length()).toLowerCase(Locale.ROOT);
                if (RuleRegistry.byId(rule).isEmpty()) {
                    throw new ConfigException(e.getKey() + " (" + source + "): there is no rule '" + rule
                            + "'. Rule ids are listed in docs/rules/README.md.");
                }
                try {
                    severities.put(rule, Severity.parse(value));
                } catch (IllegalArgumentException ex) {
                    throw new ConfigException(e.getKey() + "=" + value + " (" + source + "): " + ex.getMessage());
                }
            } else if (key.equals(SMALL_TABLE_ROWS)) {
                rows = number(e.getKey(), value, source);
            } else if (key.equals(SMALL_TABLE_BYTES)) {
                bytes = Sizes.parseBytes(e.getKey(), value, source);
            } else if (!otherKnownKeys.contains(key)) {
                throw new ConfigException(e.getKey() + " (" + source + "): unknown setting. Known: " + prefix + PG_VERSION
                        + ", " + prefix + STRICT + ", " + prefix + RULES + "<rule-id>, " + prefix + SMALL_TABLE_ROWS + ", "
                        + prefix + SMALL_TABLE_BYTES + (otherKnownKeys.isEmpty() ? "" : ", " + prefix
                        + String.join(", " + prefix, new java.util.TreeSet<>(otherKnownKeys))));
            }
        }
        return options.withSeverities(severities).withSmallTable(new AnalysisOptions.SmallTableThreshold(rows, bytes));
    }

    static int major(String key, String value, String source) {
        try {
            int major = Integer.parseInt(value);
            if (major >= AnalysisOptions.OLDEST_MAJOR && major <= AnalysisOptions.NEWEST_MAJOR) {
                return major;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new ConfigException(key + "=" + value + " (" + source + "): use a PostgreSQL major version from "
                + AnalysisOptions.OLDEST_MAJOR + " to " + AnalysisOptions.NEWEST_MAJOR + ", e.g. 16");
    }

    static boolean bool(String key, String value, String source) {
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        if (value.equalsIgnoreCase("false")) {
            return false;
        }
        throw new ConfigException(key + "=" + value + " (" + source + "): use true or false");
    }

    static long number(String key, String value, String source) {
        try {
            long n = Long.parseLong(value.replace("_", ""));
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new ConfigException(key + "=" + value + " (" + source + "): use a whole number >= 0");
    }
}
