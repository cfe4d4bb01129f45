package dev.pgsafety.core.analysis;

import java.util.Locale;

/** ERROR blocks (the migration does not run, lint exits 1), WARNING is reported, OFF is not checked. */
public enum Severity {
    ERROR, WARNING, OFF;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "error", "warning"/"warn" or "off", any case. */
    public static Severity parse(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "error" -> ERROR;
            case "warning", "warn" -> WARNING;
            case "off", "none" -> OFF;
            default -> throw new IllegalArgumentException("'" + value + "' is not a severity: use error, warning or off");
        };
    }
}
