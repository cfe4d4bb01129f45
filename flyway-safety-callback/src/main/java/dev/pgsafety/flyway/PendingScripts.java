package dev.pgsafety.flyway;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.Configuration;

/**
 * The pending SQL migrations of a migrate run, read the way Flyway will run them: their text from the
 * configured locations, placeholders replaced, and each script's {@code .conf} (executeInTransaction).
 */
final class PendingScripts {

    /** One pending SQL script. */
    record Script(String name, String sql, Boolean executeInTransaction) {
    }

    private PendingScripts() {
    }

    static List<Script> read(Configuration configuration, Connection connection) {
        MigrationInfo[] pending = Flyway.configure(configuration.getClassLoader()).configuration(configuration)
                .load().info().pending();
        List<Script> scripts = new ArrayList<>();
        for (MigrationInfo info : pending) {
            String script = info.getScript();
            if (script == null || !script.toLowerCase(java.util.Locale.ROOT).endsWith(".sql")) {
                continue; // Java migrations: nothing to read
            }
            String text = load(configuration, info, script)
                    .orElseThrow(() -> new FlywayException("pgsafety: cannot read pending migration " + script
                            + " from " + java.util.Arrays.toString(configuration.getLocations())
                            + "; pgsafety must check every pending script before anything runs."));
            Boolean inTransaction = scriptConf(configuration, info, script);
            scripts.add(new Script(script, placeholders(configuration, connection, script, text), inTransaction));
        }
        return scripts;
    }

    private static java.util.Optional<String> load(Configuration configuration, MigrationInfo info, String script) {
        String physical = info.getPhysicalLocation();
        if (physical != null && !physical.isEmpty()) {
            Path p = Path.of(physical);
            if (Files.isRegularFile(p)) {
                try {
                    return java.util.Optional.of(Files.readString(p, configuration.getEncoding()));
                } catch (IOException e) {
                    // fall back to the locations below
                }
            }
        }
        return resource(configuration, script);
    }

    /** A file next to the script, or the script itself, from any configured location. */
    private static java.util.Optional<String> resource(Configuration configuration, String relative) {
        for (Location location : configuration.getLocations()) {
            String root = location.getRootPath();
            String path = root.isEmpty() ? relative : root + "/" + relative;
            try {
                if (location.isClassPath()) {
                    try (InputStream in = configuration.getClassLoader().getResourceAsStream(path)) {
                        if (in != null) {
                            return java.util.Optional.of(new String(in.readAllBytes(), configuration.getEncoding()));
                        }
                    }
                } else if (location.isFileSystem()) {
                    Path p = Path.of(path);
                    if (Files.isRegularFile(p)) {
                        return java.util.Optional.of(Files.readString(p, configuration.getEncoding()));
                    }
                }
            } catch (IOException e) {
                // try the next location
            }
        }
        return java.util.Optional.empty();
    }

    private static Boolean scriptConf(Configuration configuration, MigrationInfo info, String script) {
        String physical = info.getPhysicalLocation();
        java.util.Optional<String> conf = java.util.Optional.empty();
        if (physical != null && !physical.isEmpty() && Files.isRegularFile(Path.of(physical + ".conf"))) {
            try {
                conf = java.util.Optional.of(Files.readString(Path.of(physical + ".conf")));
            } catch (IOException e) {
                conf = java.util.Optional.empty();
            }
        }
        if (conf.isEmpty()) {
            conf = resource(configuration, script + ".conf");
        }
        if (conf.isEmpty()) {
            return null;
        }
        Properties props = new Properties();
        try {
            props.load(new StringReader(conf.get()));
        } catch (IOException e) {
            return null;
        }
        String value = props.getProperty("executeInTransaction");
        return value == null ? null : Boolean.valueOf(value.trim());
    }

    /** Flyway's placeholder replacement: configured placeholders and the built-in flyway:* ones pgsafety can know. */
    static String placeholders(Configuration configuration, Connection connection, String script, String sql) {
        if (!configuration.isPlaceholderReplacement()) {
            return sql;
        }
        Map<String, String> values = new HashMap<>(configuration.getPlaceholders());
        String defaultSchema = configuration.getDefaultSchema() != null ? configuration.getDefaultSchema()
                : configuration.getSchemas().length > 0 ? configuration.getSchemas()[0] : null;
        try {
            if (defaultSchema == null) {
                defaultSchema = query(connection, "SELECT current_schema()");
            }
            values.putIfAbsent("flyway:database", query(connection, "SELECT current_database()"));
            values.putIfAbsent("flyway:user", query(connection, "SELECT current_user"));
        } catch (SQLException e) {
            // best effort: unknown built-ins stay as written
        }
        if (defaultSchema != null) {
            values.putIfAbsent("flyway:defaultSchema", defaultSchema);
        }
        values.putIfAbsent("flyway:table", configuration.getTable());
        values.putIfAbsent("flyway:filename", script.substring(script.lastIndexOf('/') + 1));
        values.putIfAbsent("flyway:timestamp", LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")));
        values.putIfAbsent("flyway:workingDirectory", System.getProperty("user.dir"));
        String out = sql;
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (e.getValue() != null) {
                out = out.replace(configuration.getPlaceholderPrefix() + e.getKey() + configuration.getPlaceholderSuffix(), e.getValue());
            }
        }
        return out;
    }

    private static String query(Connection c, String sql) throws SQLException {
        try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
