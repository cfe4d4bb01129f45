package dev.pgsafety.liquibase.change;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import liquibase.database.Database;
import liquibase.structure.DatabaseObject;
import liquibase.structure.core.Column;
import liquibase.structure.core.Index;
import liquibase.structure.core.Schema;
import liquibase.structure.core.Table;

/**
 * SQL text for PostgreSQL built from changelog values: identifiers quoted the way Liquibase decides for the
 * database's objectQuotingStrategy (but always with embedded quotes doubled), string literals, and DO blocks.
 */
final class PgSql {

    /** PostgreSQL's identifier limit (NAMEDATALEN - 1 bytes); longer names are silently truncated. */
    static final int MAX_IDENTIFIER_BYTES = 63;

    /** What may stand unquoted: PostgreSQL folds it to lower case, which is what Liquibase means by not quoting. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private PgSql() {
    }

    /** A PostgreSQL identifier in the form Liquibase would write it for {@code type}. */
    static String ident(Database database, String name, Class<? extends DatabaseObject> type) {
        String escaped = database.escapeObjectName(name, type);
        if (escaped != null && escaped.equals(name) && PLAIN.matcher(name).matches()) {
            return escaped;
        }
        // Liquibase chose to quote (or changed the text). Its PostgreSQL LEGACY strategy wraps mixed-case names in
        // quotes without doubling quotes inside them, so the quoting is done here, correctly.
        return quote(name);
    }

    static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** How PostgreSQL stores {@code name} after reading {@link #ident}: folded to lower case when unquoted. */
    static String stored(Database database, String name, Class<? extends DatabaseObject> type) {
        String sql = ident(database, name, type);
        return sql.startsWith("\"") ? name : name.toLowerCase(Locale.ROOT);
    }

    static String column(Database database, String name) {
        return ident(database, name, Column.class);
    }

    static String constraint(Database database, String name) {
        // Liquibase quotes constraint names as indexes (escapeConstraintName).
        return ident(database, name, Index.class);
    }

    /**
     * {@code schema.name} or {@code name}: the schema given, else Liquibase's default schema, left out when it is
     * the connection's default and Liquibase is told not to write it (as {@code escapeTableName} does).
     */
    static String qualified(Database database, String schemaName, String name, Class<? extends DatabaseObject> type) {
        String schema = trimToNull(schemaName);
        if (schema == null) {
            schema = trimToNull(database.getDefaultSchemaName());
        }
        if (schema == null || (database.isDefaultSchema(null, schema) && !database.getOutputDefaultSchema())) {
            return ident(database, name, type);
        }
        return ident(database, schema, Schema.class) + "." + ident(database, name, type);
    }

    static String table(Database database, String schemaName, String tableName) {
        return qualified(database, schemaName, tableName, Table.class);
    }

    static String index(Database database, String schemaName, String indexName) {
        return qualified(database, schemaName, indexName, Index.class);
    }

    static String columnList(Database database, List<String> columns) {
        StringBuilder out = new StringBuilder();
        for (String c : columns) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(column(database, c));
        }
        return out.toString();
    }

    /** A string literal that reads the same whatever standard_conforming_strings is. */
    static String literal(String value) {
        return "E'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    /** An expression for the table's oid, for catalog lookups; fails like the DDL would if the table is missing. */
    static String regclass(String qualifiedTable) {
        return literal(qualifiedTable) + "::pg_catalog.regclass";
    }

    /** {@code DO $tag$ BEGIN body END $tag$} with a dollar-quote tag that does not occur in the body. */
    static String doBlock(String body) {
        String tag = "$pgsafety$";
        for (int i = 1; body.contains(tag); i++) {
            tag = "$pgsafety" + i + "$";
        }
        return "DO " + tag + "\nBEGIN\n" + body + "END\n" + tag;
    }

    /** A condition that holds when a constraint of that name exists on the table. */
    static String constraintExists(String tableOid, String storedConstraintName) {
        return "EXISTS (SELECT 1 FROM pg_catalog.pg_constraint WHERE conrelid = " + tableOid
                + " AND conname = " + literal(storedConstraintName) + ")";
    }

    /** {@code ALTER TABLE t ADD CONSTRAINT c <definition>} unless the table has a constraint named c already. */
    static String addConstraintIfAbsent(Database database, String table, String constraintName, String definition) {
        return doBlock("IF NOT " + constraintExists(regclass(table), stored(database, constraintName, Index.class)) + " THEN\n"
                + "    ALTER TABLE " + table + " ADD CONSTRAINT " + constraint(database, constraintName) + " " + definition + ";\n"
                + "END IF;\n");
    }

    static String validateConstraint(Database database, String table, String constraintName) {
        return "ALTER TABLE " + table + " VALIDATE CONSTRAINT " + constraint(database, constraintName);
    }

    static String dropConstraintIfExists(Database database, String table, String constraintName) {
        return "ALTER TABLE " + table + " DROP CONSTRAINT IF EXISTS " + constraint(database, constraintName);
    }

    static boolean tooLong(String name) {
        return name != null && name.getBytes(StandardCharsets.UTF_8).length > MAX_IDENTIFIER_BYTES;
    }

    /** {@code name} cut to PostgreSQL's identifier limit on a character boundary. */
    static String shorten(String name) {
        StringBuilder out = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + len > MAX_IDENTIFIER_BYTES) {
                break;
            }
            out.appendCodePoint(cp);
            bytes += len;
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    static String trimToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.trim();
        return t.isEmpty() ? null : t;
    }

    /** Comma-separated names as Liquibase writes them in baseColumnNames and friends. */
    static List<String> names(String commaSeparated) {
        if (commaSeparated == null) {
            return List.of();
        }
        return java.util.Arrays.stream(commaSeparated.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
