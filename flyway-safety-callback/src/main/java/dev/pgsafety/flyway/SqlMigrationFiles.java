package dev.pgsafety.flyway;

import java.io.File;
import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.Configuration;

/**
 * The versioned SQL migrations in Flyway's configured locations, named and found the way Flyway's own SQL resolver
 * finds them, so that the pre-flight can list the pending ones without a second Flyway instance.
 *
 * <p>Only plain set-ups are listed: {@code filesystem:} and {@code classpath:} locations (directories and jars),
 * Flyway's default resolvers, no Java migrations, no target other than a version, no cherry-pick. Anything this
 * class does not model (a repeatable or baseline migration, a class file that may be a Java migration, a name
 * Flyway would reject, an unusual {@code .conf}) makes {@link #scan} return empty, and the pre-flight asks Flyway's
 * {@code info()} instead: a slower answer, never a different one.
 */
final class SqlMigrationFiles {

    /** A versioned SQL migration: its version, its name as Flyway reports it, and its file when on disk. */
    record VersionedScript(MigrationVersion version, String script, String physicalLocation) {
    }

    /** Flyway's default prefix for baseline migrations (a Teams feature): such files go to Flyway's own listing. */
    private static final String BASELINE_PREFIX = "B";

    private SqlMigrationFiles() {
    }

    /** The versioned SQL scripts of every location, or empty when only Flyway's own resolution can list them. */
    static Optional<List<VersionedScript>> scan(Configuration configuration) {
        try {
            requirePlain(configuration);
            Naming naming = new Naming(configuration);
            List<Found> found = new ArrayList<>();
            for (Location location : configuration.getLocations()) {
                found.addAll(location.isFileSystem() ? inDirectory(new File(location.getRootPath()))
                        : classPath(configuration.getClassLoader(), location.getRootPath()));
            }
            // Flyway finds a script's .conf by its relative name in any location, ignoring case.
            Set<String> names = new HashSet<>();
            found.forEach(f -> names.add(f.relativePath().toLowerCase(Locale.ROOT)));
            List<VersionedScript> scripts = new ArrayList<>();
            Set<MigrationVersion> versions = new TreeSet<>();
            for (Found f : found) {
                Optional<MigrationVersion> version = naming.version(f.relativePath());
                if (version.isPresent()) {
                    if (!versions.add(version.get())) {
                        throw new NotPlain(); // a duplicate version is Flyway's error to report
                    }
                    if (names.contains((f.relativePath() + ".conf").toLowerCase(Locale.ROOT))) {
                        requirePlainScriptConf(configuration, f);
                    }
                    scripts.add(new VersionedScript(version.get(), f.relativePath(), f.physicalLocation()));
                }
            }
            return Optional.of(scripts);
        } catch (IOException | RuntimeException | LinkageError e) {
            return Optional.empty(); // an older or newer Flyway API, or a location that cannot be read: ask Flyway
        }
    }

    /** Something only Flyway's own resolution should judge. */
    private static final class NotPlain extends RuntimeException {
        NotPlain() {
            super(null, null, false, false);
        }
    }

    private static void requirePlain(Configuration c) {
        if (c.getResourceProvider() != null || c.getJavaMigrationClassProvider() != null || c.isSkipDefaultResolvers()
                || c.getResolvers().length > 0 || c.getJavaMigrations().length > 0
                || (c.getCherryPick() != null && c.getCherryPick().length > 0)
                || c.getTarget() == MigrationVersion.CURRENT || c.getTarget() == MigrationVersion.NEXT) {
            throw new NotPlain();
        }
        for (Location location : c.getLocations()) {
            String descriptor = location.getDescriptor(); // the root path leaves a wildcard out
            if (!(location.isFileSystem() || location.isClassPath()) || descriptor.contains("*") || descriptor.contains("?")) {
                throw new NotPlain();
            }
        }
    }

    /** A file under a location: its path relative to the location's root, with '/', and its file on disk if any. */
    private record Found(String relativePath, String physicalLocation) {
    }

    /** Every readable file under {@code root}; hidden directories are skipped, as Flyway skips them. */
    private static List<Found> inDirectory(File root) {
        List<Found> found = new ArrayList<>();
        if (root.isDirectory()) {
            walk(root, "", found);
        }
        return found;
    }

    private static void walk(File dir, String relative, List<Found> found) {
        File[] files = dir.listFiles();
        if (files == null) {
            return;
        }
        for (File f : files) {
            if (!f.canRead()) {
                continue;
            }
            if (f.isDirectory()) {
                if (!f.isHidden()) {
                    walk(f, relative + f.getName() + "/", found);
                }
            } else {
                found.add(new Found(relative + f.getName(), f.getPath()));
            }
        }
    }

    /** Every entry under {@code root} in every directory and jar of the class path. */
    private static List<Found> classPath(ClassLoader loader, String root) throws IOException {
        List<Found> found = new ArrayList<>();
        Enumeration<URL> urls = loader.getResources(root);
        while (urls.hasMoreElements()) {
            URL url = urls.nextElement();
            if ("file".equals(url.getProtocol())) {
                try {
                    found.addAll(inDirectory(Path.of(url.toURI()).toFile()));
                } catch (URISyntaxException | IllegalArgumentException e) {
                    throw new NotPlain();
                }
            } else if ("jar".equals(url.getProtocol())) {
                inJar(url, found);
            } else {
                throw new NotPlain(); // JBoss VFS, OSGi bundles and the like: Flyway's scanner knows them
            }
        }
        for (Found f : found) {
            if (f.relativePath().endsWith(".class")) {
                throw new NotPlain(); // possibly a Java migration, which only Flyway can resolve
            }
        }
        return found;
    }

    private static void inJar(URL url, List<Found> found) throws IOException {
        URLConnection connection = url.openConnection();
        if (!(connection instanceof JarURLConnection jarConnection)) {
            throw new NotPlain();
        }
        // Not the JVM's cached JarFile, which the class loader shares: this one is ours to close.
        jarConnection.setUseCaches(false);
        try (JarFile jar = jarConnection.getJarFile()) {
            String prefix = jarConnection.getEntryName() == null ? "" : jarConnection.getEntryName() + "/";
            for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                JarEntry entry = entries.nextElement();
                if (!entry.isDirectory() && entry.getName().startsWith(prefix)) {
                    found.add(new Found(entry.getName().substring(prefix.length()), null));
                }
            }
        }
    }

    /**
     * A script's {@code .conf} may only say {@code executeInTransaction}, which the pre-flight reads; other keys
     * (an encoding, whether the script should run at all) are Flyway's to interpret.
     */
    private static void requirePlainScriptConf(Configuration configuration, Found script) {
        Optional<Properties> conf = PendingScripts.scriptConf(configuration, script.physicalLocation(), script.relativePath());
        if (conf.isEmpty() || !conf.get().stringPropertyNames().stream().allMatch("executeInTransaction"::equals)) {
            throw new NotPlain(); // a .conf that is there but cannot be read is Flyway's to report
        }
    }

    /** Flyway's SQL migration naming: prefix, version, separator, description, suffix. */
    private static final class Naming {
        private final String prefix;
        private final String repeatablePrefix;
        private final String separator;
        private final String[] suffixes;

        Naming(Configuration c) {
            this.prefix = c.getSqlMigrationPrefix();
            this.repeatablePrefix = c.getRepeatableSqlMigrationPrefix();
            this.separator = c.getSqlMigrationSeparator();
            this.suffixes = c.getSqlMigrationSuffixes();
            if (prefix == null || prefix.isEmpty() || separator == null || separator.isEmpty()
                    || overlaps(prefix, repeatablePrefix) || overlaps(prefix, BASELINE_PREFIX)) {
                throw new NotPlain(); // names only Flyway can tell apart
            }
            for (Event event : Event.values()) {
                if (overlaps(prefix, event.getId())) {
                    throw new NotPlain();
                }
            }
        }

        private static boolean overlaps(String a, String b) {
            return b != null && !b.isEmpty() && (a.startsWith(b) || b.startsWith(a));
        }

        /**
         * The version of a versioned SQL migration; empty for a file that is no migration (another suffix, a SQL
         * callback, a file Flyway does not recognise).
         */
        Optional<MigrationVersion> version(String relativePath) {
            String fileName = relativePath.substring(relativePath.lastIndexOf('/') + 1);
            String suffix = suffixOf(fileName);
            if (suffix == null) {
                return Optional.empty();
            }
            String name = fileName.substring(0, fileName.length() - suffix.length());
            if (!name.startsWith(prefix)) {
                if (startsWith(name, repeatablePrefix) || name.startsWith(BASELINE_PREFIX)) {
                    throw new NotPlain(); // repeatable and baseline migrations: Flyway's own listing
                }
                return Optional.empty(); // a SQL callback, or a file Flyway ignores too
            }
            // Without a separator the whole rest is the version (V7.sql is version 7, no description).
            String rest = name.substring(prefix.length());
            int split = rest.indexOf(separator);
            String version = split < 0 ? rest : rest.substring(0, split);
            if (version.isEmpty()) {
                throw new NotPlain(); // Flyway skips it, or rejects it with validateMigrationNaming: its call
            }
            try {
                return Optional.of(MigrationVersion.fromVersion(version));
            } catch (RuntimeException e) {
                throw new NotPlain();
            }
        }

        private static boolean startsWith(String name, String p) {
            return p != null && !p.isEmpty() && name.startsWith(p);
        }

        /** Flyway matches suffixes ignoring case, and wants a name longer than prefix and suffix together. */
        private String suffixOf(String fileName) {
            for (String suffix : suffixes) {
                if (fileName.length() > prefix.length() + suffix.length()
                        && fileName.toUpperCase(Locale.ROOT).endsWith(suffix.toUpperCase(Locale.ROOT))) {
                    return fileName.substring(fileName.length() - suffix.length());
                }
            }
            return null;
        }
    }
}
