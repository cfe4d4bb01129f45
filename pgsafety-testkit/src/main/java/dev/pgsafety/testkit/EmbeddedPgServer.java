package dev.pgsafety.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** A throwaway server started from zonky's binaries of one major (works as root: zonky uses a user namespace). */
final class EmbeddedPgServer implements PgServer {

    private final EmbeddedPostgres postgres;
    private final int major;
    private final String origin;

    private EmbeddedPgServer(EmbeddedPostgres postgres, int major, String origin) {
        this.postgres = postgres;
        this.major = major;
        this.origin = origin;
    }

    static EmbeddedPgServer start(int major, Path binariesJar) {
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setPgBinaryResolver(PgBinaries.resolverFor(binariesJar))
                    // initdb fails when the machine lacks the default en_US.UTF-8 locale.
                    .setLocaleConfig("locale", "C")
                    .setLocaleConfig("encoding", "UTF8")
                    // Throwaway data: durability costs test time for nothing.
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("max_connections", "300")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setOutputRedirector(Redirect.DISCARD)
                    .setErrorRedirector(Redirect.DISCARD)
                    .start();
            return new EmbeddedPgServer(pg, major, "embedded " + PgBinaries.versionOf(binariesJar));
        } catch (IOException e) {
            throw new UncheckedIOException("Starting embedded PostgreSQL " + major + " from " + binariesJar
                    + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public int major() {
        return major;
    }

    @Override
    public String origin() {
        return origin;
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    @Override
    public String adminDatabase() {
        return "postgres";
    }

    @Override
    public String user() {
        return "postgres";
    }

    @Override
    public String password() {
        return null;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
