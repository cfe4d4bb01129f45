package dev.pgsafety.core.analysis;

import java.util.List;

/** The names PostgreSQL gives constraints written without one, so fixes can name them. */
public final class ConstraintNames {

    private static final int MAX_IDENTIFIER = 63;

    private ConstraintNames() {
    }

    public static String check(String table, String column) {
        return column == null ? shorten(table + "_check") : shorten(table + "_" + column + "_check");
    }

    public static String notNull(String table, String column) {
        return shorten(table + "_" + column + "_not_null");
    }

    public static String primaryKey(String table) {
        return shorten(table + "_pkey");
    }

    public static String unique(String table, List<String> columns) {
        return shorten(table + "_" + String.join("_", columns) + "_key");
    }

    public static String foreignKey(String table, List<String> columns) {
        return shorten(table + "_" + String.join("_", columns) + "_fkey");
    }

    public static String index(String table, List<String> columns) {
        return shorten(table + "_" + String.join("_", columns) + "_idx");
    }

    /** PostgreSQL truncates long generated names; close enough for a suggested name. */
    private static String shorten(String name) {
        return name.length() <= MAX_IDENTIFIER ? name : name.substring(0, MAX_IDENTIFIER);
    }
}
