package dev.pgsafety.testkit;

import java.util.ArrayList;
import java.util.List;

/** The PostgreSQL majors pgsafety supports, and which of them a test run uses ({@code -Dpg.majors=15,18}). */
public final class PgMajors {

    public static final List<Integer> SUPPORTED = List.of(11, 12, 13, 14, 15, 16, 17, 18);
    public static final String PROPERTY = "pg.majors";

    private PgMajors() {
    }

    /** The majors selected for this run, in ascending order. */
    public static List<Integer> selected() {
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            String anyUrl = System.getenv(PgServers.ANY_URL_ENV);
            if (anyUrl != null && !anyUrl.isBlank()) {
                // Only a server of some major was given: run on that one.
                return List.of(PgServers.get(0).major());
            }
            return SUPPORTED;
        }
        return parse(value);
    }

    static List<Integer> parse(String value) {
        List<Integer> majors = new ArrayList<>();
        for (String part : value.split(",")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            int major;
            try {
                major = Integer.parseInt(p);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("-D" + PROPERTY + "=" + value + ": '" + p
                        + "' is not a PostgreSQL major; use e.g. -D" + PROPERTY + "=15,18");
            }
            if (!SUPPORTED.contains(major)) {
                throw new IllegalArgumentException("-D" + PROPERTY + "=" + value + ": PostgreSQL " + major
                        + " is not supported; supported majors are " + SUPPORTED);
            }
            if (!majors.contains(major)) {
                majors.add(major);
            }
        }
        majors.sort(null);
        return List.copyOf(majors);
    }
}
