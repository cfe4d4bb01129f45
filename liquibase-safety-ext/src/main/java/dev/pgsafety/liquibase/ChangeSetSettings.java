package dev.pgsafety.liquibase;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import liquibase.changelog.ChangeSet;

import dev.pgsafety.core.config.ConfigException;
import dev.pgsafety.core.config.RuntimeSettings;

/**
 * pgsafety's attributes on a changeSet: a suppression ({@code pgsafety:allow} with {@code pgsafety:reason}) and
 * run-time overrides ({@code pgsafety:lockTimeout} and the other timeout and retry keys), for this changeSet only.
 *
 * <p>Liquibase keeps every changeSet attribute it does not know as a string in {@link ChangeSet#getAttribute}: in XML
 * under the attribute's local name ({@code pg:lockTimeout} with any prefix bound to pgsafety's namespace, which
 * Liquibase's XSD allows on changeSet), in YAML and JSON under the key as written ({@code pgsafety:lockTimeout}).
 * Attributes do not enter the changeSet's checksum, so adding one to a changeSet that ran changes nothing for it.
 */
final class ChangeSetSettings {

    /** How YAML and JSON name the attributes, and XML by convention. */
    static final String PREFIX = "pgsafety:";

    static final String ALLOW = "allow";
    static final String REASON = "reason";

    /** The run-time keys a changeSet may override (mode is global: it also decides whether validation runs). */
    static final List<String> RUNTIME_KEYS = List.of("lockTimeout", "lockTimeoutMax", "statementTimeout",
            "concurrentLockTimeout", "concurrentStatementTimeout", "retries", "retryMaxTime", "retryBackoff",
            "retryMaxBackoff");

    private ChangeSetSettings() {
    }

    /** The value of pgsafety attribute {@code key} on the changeSet, or null. */
    static String attribute(ChangeSet changeSet, String key) {
        Object value = changeSet.getAttribute(PREFIX + key);
        if (value == null && isXml(changeSet)) {
            // The XML parser keeps the local name only; Liquibase's XSD admits it on changeSet only with a namespace.
            value = changeSet.getAttribute(key);
        }
        return value == null ? null : value.toString();
    }

    private static boolean isXml(ChangeSet changeSet) {
        String path = changeSet.getChangeLog() != null ? changeSet.getChangeLog().getPhysicalFilePath() : changeSet.getFilePath();
        return path != null && path.toLowerCase(Locale.ROOT).endsWith(".xml");
    }

    /** The run-time settings for statements of this changeSet: {@code base} with the changeSet's overrides. */
    static RuntimeSettings runtime(RuntimeSettings base, ChangeSet changeSet) {
        if (changeSet == null) {
            return base;
        }
        Map<String, String> overrides = new LinkedHashMap<>();
        for (String key : RUNTIME_KEYS) {
            String value = attribute(changeSet, key);
            if (value != null) {
                overrides.put(PREFIX + key, value);
            }
        }
        if (overrides.isEmpty()) {
            return base;
        }
        try {
            return RuntimeSettings.read(base, overrides, PREFIX, "attribute of changeset " + LiquibaseSources.name(changeSet));
        } catch (ConfigException e) {
            // Switching pgsafety off is global, not a changeSet attribute.
            throw new ConfigException("pgsafety: bad changeSet attribute " + e.getMessage()
                    .replace(PREFIX + "mode=off", "liquibase.safety.mode=off"));
        }
    }

    /**
     * The comment line that carries the changeSet's suppression into the analyzed SQL, or null when there is none.
     *
     * @throws ConfigException for an allow without a reason, or a reason without an allow
     */
    static String suppressionComment(ChangeSet changeSet) {
        String allow = trimToNull(attribute(changeSet, ALLOW));
        String reason = trimToNull(attribute(changeSet, REASON));
        if (allow == null && reason == null) {
            return null;
        }
        String name = LiquibaseSources.name(changeSet);
        if (allow == null) {
            throw new ConfigException("pgsafety: changeset " + name + " has " + PREFIX + REASON + " but no " + PREFIX
                    + ALLOW + ": name the rules it allows, e.g. " + PREFIX + ALLOW + "=\"create-index-not-concurrent\"");
        }
        if (reason == null) {
            throw new ConfigException("pgsafety: changeset " + name + " has " + PREFIX + ALLOW + "=\"" + allow + "\" but no "
                    + PREFIX + REASON + ", so it suppresses nothing: add " + PREFIX + REASON
                    + "=\"<why this is safe here>\" so the next reader knows what was checked");
        }
        if (allow.contains("\n") || reason.contains("\n")) {
            throw new ConfigException("pgsafety: " + PREFIX + ALLOW + " and " + PREFIX + REASON + " of changeset " + name
                    + " must be one line each");
        }
        return "-- pgsafety:allow-file " + allow + " reason: " + reason;
    }

    private static String trimToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.trim();
        return t.isEmpty() ? null : t;
    }
}
