package dev.pgsafety.core.config;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as PostgreSQL and people write them: {@code 500ms}, {@code 2s}, {@code 5min}, {@code 1h}; a bare number is milliseconds. */
public final class Durations {

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|sec|min|m|h)?");

    private Durations() {
    }

    public static Duration parse(String key, String value, String source) {
        Matcher m = DURATION.matcher(value.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new ConfigException(key + "=" + value + " (" + source + "): use a duration like 500ms, 2s or 5min (0 = no limit)");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "ms" : m.group(2);
        return switch (unit) {
            case "s", "sec" -> Duration.ofSeconds(n);
            case "min", "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofMillis(n);
        };
    }

    /** The value PostgreSQL's SET accepts: {@code '500ms'}, or {@code 0} for no limit. */
    public static String sql(Duration d) {
        return d.isZero() ? "0" : "'" + d.toMillis() + "ms'";
    }

    /** The value for set_config(): {@code 500ms}, or {@code 0} for no limit. */
    public static String setting(Duration d) {
        return d.isZero() ? "0" : d.toMillis() + "ms";
    }

    public static String human(Duration d) {
        long ms = d.toMillis();
        if (ms == 0) {
            return "no limit";
        }
        if (ms % 60_000 == 0) {
            return ms / 60_000 + "min";
        }
        if (ms % 1000 == 0) {
            return ms / 1000 + "s";
        }
        return ms + "ms";
    }
}
