package dev.pgsafety.it.wiring;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A throwaway Maven project with one plugin, run by the Maven that runs this build. The pgsafety jars are plugin
 * dependencies of {@code system} scope pointing at the jars this build made ({@code target/pgsafety-jars}): a clean
 * {@code mvn verify} packages them but installs nothing, so the project could not resolve them from a repository.
 * Everything else resolves from the same local repository and Maven Central as this build.
 */
final class MavenProject {

    private final Path dir;

    MavenProject(Path dir) {
        this.dir = dir;
    }

    /** Writes the pom: a {@code pom}-packaged project with this plugin element. */
    void writePom(String plugin) throws Exception {
        Files.writeString(dir.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>example</groupId>
                  <artifactId>orders-service</artifactId>
                  <version>1</version>
                  <packaging>pom</packaging>
                  <build>
                    <plugins>
                %s
                    </plugins>
                  </build>
                </project>
                """.formatted(plugin));
    }

    /** A plugin dependency on a jar of this build ({@code pgsafety-core}, {@code flyway-safety-callback}, ...). */
    static String pgsafetyJar(String artifactId) {
        String version = Subprocess.buildProperty("pgsafety.it.version");
        Path jar = Path.of(Subprocess.buildProperty("pgsafety.it.jars.dir")).resolve(artifactId + "-" + version + ".jar");
        return """
                <dependency>
                  <groupId>dev.pgsafety</groupId>
                  <artifactId>%s</artifactId>
                  <version>%s</version>
                  <scope>system</scope>
                  <systemPath>%s</systemPath>
                </dependency>""".formatted(artifactId, version, jar.toAbsolutePath());
    }

    /** A plugin dependency from Maven Central; the version is a build property's value. */
    static String dependency(String groupId, String artifactId, String versionProperty) {
        return """
                <dependency>
                  <groupId>%s</groupId>
                  <artifactId>%s</artifactId>
                  <version>%s</version>
                </dependency>""".formatted(groupId, artifactId, Subprocess.buildProperty(versionProperty));
    }

    /**
     * Runs {@code mvn goal} with these {@code -D} properties. Environment variables with the tool's prefix (e.g.
     * {@code FLYWAY_}) are left out: the plugin would read them too.
     */
    Subprocess.Result run(String goal, List<String> properties, String toolEnvironmentPrefix) throws Exception {
        List<String> command = new ArrayList<>(List.of(Subprocess.mvn(), "-B", "-ntp",
                "-Dmaven.repo.local=" + Subprocess.buildProperty("maven.repo.local"), goal));
        properties.forEach(p -> command.add("-D" + p));
        return new Subprocess(command).in(dir).env("JAVA_HOME", Subprocess.javaHome()).withoutEnv(toolEnvironmentPrefix)
                .timeout(Duration.ofMinutes(3)).run();
    }
}
