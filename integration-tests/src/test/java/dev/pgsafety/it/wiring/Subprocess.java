package dev.pgsafety.it.wiring;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a command the way a user would in a terminal, with a time limit, and keeps what it printed. */
final class Subprocess {

    /** What a finished command left: its exit code and its standard output and error, interleaved. */
    record Result(List<String> command, int exitCode, String output) {

        @Override
        public String toString() {
            return String.join(" ", command) + "\nexit code " + exitCode + "\n" + output;
        }
    }

    private final List<String> command = new ArrayList<>();
    private final Map<String, String> environment = new LinkedHashMap<>();
    private final List<String> removedEnvironmentPrefixes = new ArrayList<>();
    private Path directory;
    private Duration timeout = Duration.ofMinutes(2);

    Subprocess(List<String> command) {
        this.command.addAll(command);
    }

    Subprocess in(Path directory) {
        this.directory = directory;
        return this;
    }

    Subprocess env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** Leaves out the variables of this environment whose names start with the prefix (e.g. a CI's FLYWAY_*). */
    Subprocess withoutEnv(String prefix) {
        removedEnvironmentPrefixes.add(prefix);
        return this;
    }

    Subprocess timeout(Duration timeout) {
        this.timeout = timeout;
        return this;
    }

    Result run() throws IOException, InterruptedException {
        Path log = Files.createTempFile("pgsafety-subprocess", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            if (directory != null) {
                builder.directory(directory.toFile());
            }
            builder.environment().keySet()
                    .removeIf(name -> removedEnvironmentPrefixes.stream().anyMatch(name::startsWith));
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
                throw new AssertionError("still running after " + timeout + ": " + String.join(" ", command)
                        + "\n" + Files.readString(log, StandardCharsets.UTF_8));
            }
            return new Result(List.copyOf(command), process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** The JDK running the tests, for JAVA_HOME of the commands started from them. */
    static String javaHome() {
        return System.getProperty("java.home");
    }

    /** The mvn of the Maven running this build, else the one on PATH. */
    static String mvn() {
        String home = System.getProperty("maven.home");
        if (home != null && !home.isBlank() && !home.startsWith("${")) {
            java.io.File mvn = new java.io.File(home, "bin/mvn");
            if (mvn.canExecute()) {
                return mvn.getAbsolutePath();
            }
        }
        return "mvn";
    }

    /** A system property Surefire passes from the build (see integration-tests/pom.xml). */
    static String buildProperty(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank() || value.startsWith("${")) {
            throw new IllegalStateException("system property " + name + " is not set: run the test through Maven");
        }
        return value;
    }
}
