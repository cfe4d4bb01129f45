package dev.pgsafety.core.rules;

import java.util.regex.Pattern;

/** Rewrites of the user's own statement text into the safe form, keeping everything they wrote. */
final class SafeSql {

    private static final Pattern CREATE_INDEX = Pattern.compile(
            "(?is)^(\\s*create\\s+(?:unique\\s+)?index)\\s+(?:(if\\s+not\\s+exists)\\s+)?");

    private SafeSql() {
    }

    /** {@code CREATE INDEX x ON t (...)} to {@code CREATE INDEX CONCURRENTLY IF NOT EXISTS x ON t (...);}. */
    static String createIndexConcurrently(String statement) {
        var m = CREATE_INDEX.matcher(statement);
        if (!m.find()) {
            return statement + ";";
        }
        String rest = statement.substring(m.end());
        boolean named = !rest.regionMatches(true, 0, "on ", 0, 3) && !rest.regionMatches(true, 0, "on\n", 0, 3);
        return m.group(1) + " CONCURRENTLY " + (named ? "IF NOT EXISTS " : "") + rest + ";";
    }
}
