package dev.pgsafety.testkit;

/** No server of the wanted major could be had; the message says the three ways to get one. */
public final class NoPostgresServerException extends IllegalStateException {

    NoPostgresServerException(int major) {
        super("No PostgreSQL " + major + " server for this test. Any one of these fixes it:\n"
                + "  1. point at a running server: export " + PgServers.MAJOR_URL_ENV_PREFIX + major
                + "=jdbc:postgresql://host:5432/postgres (or " + PgServers.ANY_URL_ENV + " for a server of any major),"
                + " with " + PgServers.USER_ENV + "/" + PgServers.PASSWORD_ENV + " if needed;\n"
                + "  2. start a Docker engine: Testcontainers then runs postgres:" + major + ";\n"
                + "  3. build through Maven (mvn verify), which copies the embedded binaries to "
                + (PgBinaries.directory() == null ? "target/pg-binaries (-D" + PgBinaries.DIR_PROPERTY + " is not set)"
                        : PgBinaries.directory() + " (no jar for major " + major + " there)")
                + ";\n  or run fewer majors: -D" + PgMajors.PROPERTY + "=15,18");
    }
}
