package dev.pgsafety.testkit;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** A server in a Docker container from the official {@code postgres:<major>} image. */
final class ContainerPgServer implements PgServer {

    private final PostgreSQLContainer container;
    private final int major;

    private ContainerPgServer(PostgreSQLContainer container, int major) {
        this.container = container;
        this.major = major;
    }

    /** Whether a Docker engine answers; never throws. */
    static boolean dockerAvailable() {
        if ("false".equalsIgnoreCase(System.getProperty("pg.docker", "true"))) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }

    static ContainerPgServer start(int major) {
        PostgreSQLContainer c = new PostgreSQLContainer("postgres:" + major)
                .withCommand("postgres", "-c", "fsync=off", "-c", "max_connections=300");
        c.start();
        return new ContainerPgServer(c, major);
    }

    @Override
    public int major() {
        return major;
    }

    @Override
    public String origin() {
        return "docker " + container.getDockerImageName();
    }

    @Override
    public String jdbcUrl(String database) {
        return JdbcUrls.withDatabase(container.getJdbcUrl(), database);
    }

    @Override
    public String adminDatabase() {
        return JdbcUrls.database(container.getJdbcUrl());
    }

    @Override
    public String user() {
        return container.getUsername();
    }

    @Override
    public String password() {
        return container.getPassword();
    }

    @Override
    public void close() {
        container.stop();
    }
}
