package dev.pgsafety.testkit.junit;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.platform.commons.support.AnnotationSupport;

import dev.pgsafety.testkit.PgMajors;
import dev.pgsafety.testkit.PgServer;
import dev.pgsafety.testkit.PgServers;

/** Backs {@link PostgresTest}: one invocation per major, a new database per invocation, dropped afterwards. */
public final class PostgresExtension implements TestTemplateInvocationContextProvider {

    private static final AtomicInteger DATABASE_COUNTER = new AtomicInteger();

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return AnnotationSupport.isAnnotated(context.getTestMethod(), PostgresTest.class);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        PostgresTest config = AnnotationSupport.findAnnotation(context.getTestMethod(), PostgresTest.class).orElseThrow();
        List<Integer> majors = PgMajors.selected().stream()
                .filter(m -> m >= config.min() && m <= config.max())
                .toList();
        if (majors.isEmpty()) {
            throw new IllegalStateException("No selected PostgreSQL major is within " + config.min() + ".." + config.max()
                    + " (selected: " + PgMajors.selected() + "); select one with -D" + PgMajors.PROPERTY);
        }
        if (config.newestOnly()) {
            majors = List.of(majors.get(majors.size() - 1));
        }
        return majors.stream().map(MajorInvocation::new);
    }

    private record MajorInvocation(int major) implements TestTemplateInvocationContext {

        @Override
        public String getDisplayName(int invocationIndex) {
            return "[PG " + major + "]";
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(new DatabaseResolver(major));
        }
    }

    private record DatabaseResolver(int major) implements ParameterResolver {

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == PgDatabase.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            PgServer server = PgServers.get(major);
            String name = databaseName(context);
            try {
                server.createDatabase(name);
            } catch (Exception e) {
                throw new ParameterResolutionException("Creating database " + name + " on " + server.origin()
                        + " failed: " + e.getMessage(), e);
            }
            PgDatabase database = new PgDatabase(server, name);
            // Closed by JUnit when this invocation ends.
            context.getStore(ExtensionContext.Namespace.create(PostgresExtension.class, name))
                    .put("database", (AutoCloseable) () -> server.dropDatabase(name));
            return database;
        }

        private static String databaseName(ExtensionContext context) {
            String method = context.getRequiredTestMethod().getName().toLowerCase().replaceAll("[^a-z0-9_]", "_");
            String name = "pgs_" + DATABASE_COUNTER.incrementAndGet() + "_" + method;
            return name.length() > 63 ? name.substring(0, 63) : name;
        }
    }
}
