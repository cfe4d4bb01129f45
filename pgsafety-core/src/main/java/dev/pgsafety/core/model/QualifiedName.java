package dev.pgsafety.core.model;

import java.util.Objects;

/**
 * A possibly schema-qualified object name, already case-folded the way PostgreSQL folds it
 * (unquoted names lower-cased, quoted names kept).
 */
public record QualifiedName(String schema, String name) {

    public QualifiedName {
        Objects.requireNonNull(name, "name");
    }

    public static QualifiedName of(String name) {
        return new QualifiedName(null, name);
    }

    /** True when both name the same object, treating a missing schema as "whichever schema the other has". */
    public boolean sameObject(QualifiedName other) {
        if (!name.equals(other.name)) {
            return false;
        }
        return schema == null || other.schema == null || schema.equals(other.schema);
    }

    /** SQL text for the name, quoted only where PostgreSQL needs it. */
    public String sql() {
        return schema == null ? Identifiers.quote(name) : Identifiers.quote(schema) + "." + Identifiers.quote(name);
    }

    /** Key for maps: the name without schema (schemas are compared with {@link #sameObject}). */
    public String key() {
        return name;
    }

    @Override
    public String toString() {
        return sql();
    }

    /** Quoting rules for identifiers in generated SQL. */
    public static final class Identifiers {
        private Identifiers() {
        }

        public static String quote(String ident) {
            if (ident.isEmpty()) {
                return "\"\"";
            }
            boolean plain = Character.isLowerCase(ident.charAt(0)) || ident.charAt(0) == '_';
            for (int i = 0; i < ident.length() && plain; i++) {
                char c = ident.charAt(i);
                plain = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
            }
            // plain means [a-z0-9_] only, so it is already in the keywords' case
            if (plain && !Keywords.isReserved(ident)) {
                return ident;
            }
            return '"' + ident.replace("\"", "\"\"") + '"';
        }
    }
}
