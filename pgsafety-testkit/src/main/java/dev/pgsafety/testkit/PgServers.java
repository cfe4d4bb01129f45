package dev.pgsafety.testkit;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One server per major per JVM, found in this order: a running server named in the environment,
 * a Docker container when a Docker engine answers, embedded binaries copied by the build.
 * When none can be had the caller gets an exception that says how to fix it; nothing is skipped.
 */
public final class PgServers {

    /** JDBC URL of a running server of any major (its major is read from it). */
    public static final String ANY_URL_ENV = "PGSAFETY_TEST_PG_URL";
    /** Prefix of the per-major variables: {@code PGSAFETY_TEST_PG_URL_15}. */
    public static final String MAJOR_URL_ENV_PREFIX = "PGSAFETY_TEST_PG_URL_";
    public static final String USER_ENV = "PGSAFETY_TEST_PG_USER";
    public static final String PASSWORD_ENV = "PGSAFETY_TEST_PG_PASSWORD";

    private static final Map<Integer, PgServer> SERVERS = new ConcurrentHashMap<>();
    private static volatile Boolean dockerAvailable;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(PgServers::closeAll, "pgsafety-testkit-shutdown"));
    }

    private PgServers() {
    }

    /**
     * The server for {@code major}, started on first use. {@code major == 0} means "any": the server named
     * by {@value #ANY_URL_ENV}, else the newest supported major.
     */
    public static PgServer get(int major) {
        if (major == 0) {
            String any = System.getenv(ANY_URL_ENV);
            if (any != null && !any.isBlank()) {
                PgServer server = new ExternalPgServer(any, System.getenv(USER_ENV), System.getenv(PASSWORD_ENV), "env " + ANY_URL_ENV);
                return SERVERS.computeIfAbsent(server.major(), m -> server);
            }
            major = PgMajors.SUPPORTED.get(PgMajors.SUPPORTED.size() - 1);
        }
        return SERVERS.computeIfAbsent(major, PgServers::start);
    }

    private static PgServer start(int major) {
        String perMajor = System.getenv(MAJOR_URL_ENV_PREFIX + major);
        if (perMajor != null && !perMajor.isBlank()) {
            return checked(new ExternalPgServer(perMajor, System.getenv(USER_ENV), System.getenv(PASSWORD_ENV),
                    "env " + MAJOR_URL_ENV_PREFIX + major), major);
        }
        String any = System.getenv(ANY_URL_ENV);
        if (any != null && !any.isBlank()) {
            ExternalPgServer server = new ExternalPgServer(any, System.getenv(USER_ENV), System.getenv(PASSWORD_ENV), "env " + ANY_URL_ENV);
            if (server.major() == major) {
                return server;
            }
        }
        if (docker()) {
            return ContainerPgServer.start(major);
        }
        Optional<Path> jar = PgBinaries.jarFor(major);
        if (jar.isPresent()) {
            return EmbeddedPgServer.start(major, jar.get());
        }
        throw new NoPostgresServerException(major);
    }

    private static PgServer checked(PgServer server, int major) {
        if (server.major() != major) {
            throw new IllegalStateException(server.origin() + " points at PostgreSQL " + server.major()
                    + ", not " + major + ": fix the URL or the variable name.");
        }
        return server;
    }

    private static boolean docker() {
        Boolean known = dockerAvailable;
        if (known == null) {
            known = ContainerPgServer.dockerAvailable();
            dockerAvailable = known;
        }
        return known;
    }

    static void closeAll() {
        for (PgServer server : SERVERS.values()) {
            try {
                server.close();
            } catch (RuntimeException ignored) {
                // Shutting down: nothing useful left to do with it.
            }
        }
        SERVERS.clear();
    }
}
