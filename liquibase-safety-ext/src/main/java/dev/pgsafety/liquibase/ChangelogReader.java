package dev.pgsafety.liquibase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.OfflineConnection;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.ResourceAccessor;

import dev.pgsafety.core.analysis.MigrationSource;

/**
 * Reads a Liquibase changelog (XML, YAML, JSON or formatted SQL, with its includes) offline and turns every
 * changeset into the SQL Liquibase would generate for PostgreSQL, for static lint in CI. No database needed.
 */
public final class ChangelogReader {

    private ChangelogReader() {
    }

    /** True for files Liquibase reads as changelogs: XML/YAML/JSON, and SQL starting with {@code --liquibase formatted sql}. */
    public static boolean isChangelog(Path file, String content) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".xml") || name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json")) {
            return true;
        }
        return name.endsWith(".sql") && content.stripLeading().toLowerCase(java.util.Locale.ROOT).startsWith("--liquibase formatted sql");
    }

    /**
     * Every changeset of the changelog, in order, as migrations for the analyzer.
     *
     * @throws IllegalArgumentException with a one-line reason when Liquibase cannot read the changelog
     */
    public static List<MigrationSource> read(Path changelog, int pgMajor) {
        Path dir = changelog.toAbsolutePath().getParent();
        String file = changelog.getFileName().toString();
        AtomicReference<List<MigrationSource>> out = new AtomicReference<>();
        try {
            ResourceAccessor accessor = new DirectoryResourceAccessor(dir);
            Map<String, Object> scope = new HashMap<>();
            scope.put(Scope.Attr.resourceAccessor.name(), accessor);
            Scope.child(scope, () -> {
                Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(
                        new OfflineConnection("offline:postgresql?version=" + pgMajor + ".0", accessor));
                DatabaseChangeLog log = ChangeLogParserFactory.getInstance().getParser(file, accessor)
                        .parse(file, new ChangeLogParameters(database), accessor);
                // Findings name changesets by the changelog path as given (plus the included file's path).
                String prefix = changelog.getParent() == null ? "" : changelog.getParent().toString().replace('\\', '/') + "/";
                List<MigrationSource> sources = new ArrayList<>();
                for (ChangeSet changeSet : log.getChangeSets()) {
                    if (!changeSet.isIgnore()) {
                        MigrationSource s = LiquibaseSources.of(changeSet, database);
                        sources.add(new MigrationSource(prefix + s.name(), s.sql(), s.mode()));
                    }
                }
                out.set(sources);
            });
        } catch (Exception e) {
            Throwable cause = e;
            while (cause.getCause() != null && cause.getMessage() != null && cause.getMessage().contains("Exception")) {
                cause = cause.getCause();
            }
            String reason = cause.getMessage() == null ? cause.toString() : cause.getMessage().strip().split("\\R", 2)[0];
            throw new IllegalArgumentException(changelog + ": Liquibase cannot read this changelog: " + reason, e);
        }
        return out.get();
    }

}
