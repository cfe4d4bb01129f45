package dev.pgsafety.flyway;

import java.io.InputStream;
import java.util.Properties;

import org.flywaydb.core.Flyway;

/** The running Flyway's version, from the pom.properties its jar carries (no internal API). */
final class FlywayVersion {

    private FlywayVersion() {
    }

    /** "13.12.0", or null when the jar does not say (e.g. a repackaged Flyway). */
    static String current() {
        try (InputStream in = Flyway.class.getResourceAsStream("/META-INF/maven/org.flywaydb/flyway-core/pom.properties")) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (Exception e) {
            return null;
        }
    }

    /** Statement events (BEFORE_EACH_MIGRATE_STATEMENT) reach community editions from Flyway 10.12. */
    static boolean hasStatementEvents(String version) {
        if (version == null) {
            return true; // unknown: assume yes, and warn after the first migration if none came
        }
        String[] parts = version.split("[.-]");
        try {
            int major = Integer.parseInt(parts[0]);
            int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            return major > 10 || (major == 10 && minor >= 12);
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
