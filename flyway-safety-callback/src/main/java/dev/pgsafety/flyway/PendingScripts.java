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
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.configuration.FluentConfiguration;

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

    /** A pending SQL script as listed: its name as Flyway reports it, and its file on disk when it has one. */
    record Listed(String script, String physicalLocation) {
    }

    /** The pending SQL scripts as Flyway's own {@code info()} lists them. */
    static List<Script> viaFlywayInfo(Configuration configuration, Connection connection) {
        List<Listed> listed = new ArrayList<>();
        for (MigrationInfo info : pending(configuration, connection)) {
            String script = info.getScript();
            if (script != null && script.toLowerCase(java.util.Locale.ROOT).endsWith(".sql")) {
                listed.add(new Listed(script, info.getPhysicalLocation())); // Java migrations: nothing to read
            }
        }
        return read(configuration, connection, listed);
    }

    static List<Script> read(Configuration configuration, Connection connection, List<Listed> listed) {
        List<String> texts = new ArrayList<>();
        for (Listed l : listed) {
            texts.add(load(configuration, l.physicalLocation(), l.script())
                    .orElseThrow(() -> new FlywayException("pgsafety: cannot read pending migration " + l.script()
                            + " from " + java.util.Arrays.toString(configuration.getLocations())
                            + "; pgsafety must check every pending script before anything runs.")));
        }
        // The built-in values cost a query: asked only when a script uses one.
        String builtIn = configuration.getPlaceholderPrefix() + "flyway:";
        Map<String, String> builtIns = configuration.isPlaceholderReplacement()
                && texts.stream().anyMatch(t -> t.contains(builtIn)) ? builtInPlaceholders(configuration, connection) : Map.of();
        List<Script> scripts = new ArrayList<>();
        for (int i = 0; i < listed.size(); i++) {
            Listed l = listed.get(i);
            Boolean inTransaction = scriptConf(configuration, l.physicalLocation(), l.script())
                    .map(conf -> conf.getProperty("executeInTransaction"))
                    .map(value -> Boolean.valueOf(value.trim())).orElse(null);
            scripts.add(new Script(l.script(), placeholders(configuration, builtIns, l.script(), texts.get(i)), inTransaction));
        }
        return scripts;
    }

    /**
     * Flyway's own answer, so that its resolvers, ordering, baseline, target and out-of-order rules all apply.
     * The second instance runs no callbacks (the user's would fire twice, for events of a run that is not
     * theirs) and, outside a transaction, uses the callback's connection: Flyway wraps the connection it opens
     * and switches off a transaction it finds there, which must not happen to one the migration is using.
     */
    private static MigrationInfo[] pending(Configuration configuration, Connection connection) {
        FluentConfiguration info = Flyway.configure(configuration.getClassLoader()).configuration(configuration)
                .callbacks(new String[0]).callbacks(new Callback[0]).skipDefaultCallbacks(true);
        // Flyway switches autocommit on for every connection it opens and hands BEFORE_MIGRATE over outside a
        // transaction, so there the borrowed connection is the normal case. At the first migration's
        // BEFORE_EACH_MIGRATE (a history SchemaHistoryPending does not model) the connection may be inside the
        // migration's transaction: info() then opens a connection of its own rather than end that transaction.
        try {
            if (connection.getAutoCommit()) {
                info.dataSource(new BorrowedConnectionDataSource(connection));
            }
        } catch (SQLException e) {
            // keep the configured data source
        }
        return info.load().info().pending();
    }

    private static java.util.Optional<String> load(Configuration configuration, String physical, String script) {
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

    /**
     * A script's {@code .conf} file (Flyway's per-script settings), next to it on disk or in any location; empty
     * when there is none or it cannot be read.
     */
    static java.util.Optional<Properties> scriptConf(Configuration configuration, String physical, String script) {
        java.util.Optional<String> text = java.util.Optional.empty();
        if (physical != null && !physical.isEmpty() && Files.isRegularFile(Path.of(physical + ".conf"))) {
            try {
                text = java.util.Optional.of(Files.readString(Path.of(physical + ".conf")));
            } catch (IOException e) {
                // try the locations below
            }
        }
        if (text.isEmpty()) {
            text = resource(configuration, script + ".conf");
        }
        if (text.isEmpty()) {
            return java.util.Optional.empty();
        }
        Properties props = new Properties();
        try {
            props.load(new StringReader(text.get()));
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(props);
    }

    /** Flyway's placeholder replacement: configured placeholders and the built-in flyway:* ones pgsafety can know. */
    static String placeholders(Configuration configuration, Map<String, String> builtIns, String script, String sql) {
        if (!configuration.isPlaceholderReplacement()) {
            return sql;
        }
        Map<String, String> values = new HashMap<>(configuration.getPlaceholders());
        builtIns.forEach(values::putIfAbsent);
        values.putIfAbsent("flyway:filename", script.substring(script.lastIndexOf('/') + 1));
        String out = sql;
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (e.getValue() != null) {
                out = out.replace(configuration.getPlaceholderPrefix() + e.getKey() + configuration.getPlaceholderSuffix(), e.getValue());
            }
        }
        return out;
    }

    /** The built-in flyway:* values that are the same for every script of the run (read once). */
    private static Map<String, String> builtInPlaceholders(Configuration configuration, Connection connection) {
        Map<String, String> values = new HashMap<>();
        String defaultSchema = configuration.getDefaultSchema() != null ? configuration.getDefaultSchema()
                : configuration.getSchemas().length > 0 ? configuration.getSchemas()[0] : null;
        try (var st = connection.createStatement();
             var rs = st.executeQuery("SELECT current_schema(), current_database(), current_user")) {
            rs.next();
            values.put("flyway:defaultSchema", defaultSchema != null ? defaultSchema : rs.getString(1));
            values.put("flyway:database", rs.getString(2));
            values.put("flyway:user", rs.getString(3));
        } catch (SQLException e) {
            // best effort: unknown built-ins stay as written
            values.put("flyway:defaultSchema", defaultSchema);
        }
        values.put("flyway:table", configuration.getTable());
        values.put("flyway:timestamp", LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")));
        values.put("flyway:workingDirectory", System.getProperty("user.dir"));
        return values;
    }
}
