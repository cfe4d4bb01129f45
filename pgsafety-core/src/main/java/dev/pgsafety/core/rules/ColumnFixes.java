package dev.pgsafety.core.rules;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.pgsafety.core.analysis.ConstraintNames;
import dev.pgsafety.core.analysis.StatementContext;
import dev.pgsafety.core.analysis.TableState;
import dev.pgsafety.core.model.ColumnDef;
import dev.pgsafety.core.model.QualifiedName;
import dev.pgsafety.core.model.TypeName;
import dev.pgsafety.core.parse.StatementParser;

/**
 * Building blocks of the safe alternatives to column and table changes: what is known about a column,
 * keyset-batched backfills, the set-not-null pattern and the triggers of expand/contract steps.
 */
final class ColumnFixes {

    /** Rows per backfill batch in suggested SQL. */
    static final int BATCH_ROWS = 10_000;

    private static final int MAX_IDENTIFIER = 63;

    private ColumnFixes() {
    }

    /** A column or other unqualified name as SQL, quoted where PostgreSQL needs it. */
    static String ident(String name) {
        return QualifiedName.Identifiers.quote(name);
    }

    /** {@code table.column} as SQL. */
    static String column(QualifiedName table, String column) {
        return table.sql() + "." + ident(column);
    }

    /** A new object named after the table, in the table's schema. */
    static QualifiedName sibling(QualifiedName table, String name) {
        return new QualifiedName(table.schema(), shorten(name));
    }

    static String shorten(String name) {
        return name.length() <= MAX_IDENTIFIER ? name : name.substring(0, MAX_IDENTIFIER);
    }

    /** A string literal naming a relation, for {@code nextval('...')}. */
    static String regclassLiteral(QualifiedName name) {
        return "'" + name.sql().replace("'", "''") + "'";
    }

    /** The column's current type: schema knowledge first, then the catalog; empty when neither knows it. */
    static Optional<TypeName> currentType(StatementContext context, QualifiedName table, String column) {
        Optional<TypeName> known = context.table(table).flatMap(t -> t.columnType(column));
        if (known.isPresent()) {
            return known;
        }
        return context.tableFacts(table).map(f -> f.columnTypes().get(column)).map(StatementParser::parseType);
    }

    /** Whether schema knowledge or the catalog says the column is NOT NULL. */
    static boolean knownNotNull(StatementContext context, QualifiedName table, String column) {
        if (context.table(table).map(t -> t.isNotNull(column)).orElse(false)) {
            return true;
        }
        return context.tableFacts(table).map(f -> f.notNullColumns().contains(column)).orElse(false);
    }

    /** The table's single-column primary key when schema knowledge has it. */
    static Optional<String> knownKey(StatementContext context, QualifiedName table) {
        List<String> pk = context.table(table).map(TableState::primaryKey).orElse(List.of());
        return pk.size() == 1 ? Optional.of(pk.get(0)) : Optional.empty();
    }

    /** {@code ALTER TABLE t ADD COLUMN [IF NOT EXISTS] c type;} without any constraint or default. */
    static String addPlainColumn(QualifiedName table, ColumnDef column, boolean ifNotExists, String type) {
        return "ALTER TABLE " + table.sql() + " ADD COLUMN " + (ifNotExists ? "IF NOT EXISTS " : "") + ident(column.name())
                + " " + type + ";\n";
    }

    /** A comment naming the column's constraints that the plain ADD COLUMN of a fix leaves out. */
    static String otherConstraintsNote(ColumnDef column) {
        StringBuilder kinds = new StringBuilder();
        if (column.uniqueOrPrimaryKey().isPresent()) {
            kinds.append(column.primaryKey().isPresent() ? "PRIMARY KEY" : "UNIQUE");
        }
        if (column.references().isPresent()) {
            kinds.append(kinds.length() > 0 ? ", " : "").append("REFERENCES");
        }
        if (column.check().isPresent()) {
            kinds.append(kinds.length() > 0 ? ", " : "").append("CHECK");
        }
        if (kinds.length() == 0) {
            return "";
        }
        return "-- then add its " + kinds + " constraint separately, the online way: CREATE UNIQUE INDEX CONCURRENTLY + "
                + "ADD CONSTRAINT ... USING INDEX for UNIQUE/PRIMARY KEY, ADD CONSTRAINT ... NOT VALID + VALIDATE "
                + "CONSTRAINT for REFERENCES/CHECK\n";
    }

    /**
     * Keyset-batched UPDATE that fills {@code column} with {@code value} where it is still NULL, with the
     * comments that say how to run it.
     */
    static String batchedBackfill(StatementContext context, QualifiedName table, String column, String value) {
        Optional<String> known = knownKey(context, table);
        String key = ident(known.orElse("id"));
        String t = table.sql();
        String c = ident(column);
        return "-- backfill the old rows in keyset batches, each batch its own short transaction, from a script or job\n"
                + "-- outside the migration: start with :start = (SELECT min(" + key + ") FROM " + t + "), add " + BATCH_ROWS
                + " after each batch,\n"
                + "-- stop once :start passes (SELECT max(" + key + ") FROM " + t + ")"
                + (known.isPresent() ? "" : " (" + key + " stands for the primary key)") + ":\n"
                + "UPDATE " + t + " SET " + c + " = " + value + "\n"
                + " WHERE " + key + " >= :start AND " + key + " < :start + " + BATCH_ROWS + " AND " + c + " IS NULL;\n";
    }

    /**
     * The set-not-null pattern for {@code columns} as migrations numbered from {@code first}: NOT NULL without
     * a scan under ACCESS EXCLUSIVE.
     */
    static String setNotNullSteps(StatementContext context, QualifiedName table, List<String> columns, int first) {
        String t = table.sql();
        StringBuilder add = new StringBuilder();
        StringBuilder validate = new StringBuilder();
        StringBuilder set = new StringBuilder();
        boolean pg18 = context.pgMajor() >= 18;
        for (String column : columns) {
            String c = ident(column);
            String name = ident(ConstraintNames.notNull(table.name(), column));
            add.append("ALTER TABLE ").append(t).append(" ADD CONSTRAINT ").append(name)
                    .append(pg18 ? " NOT NULL " + c : " CHECK (" + c + " IS NOT NULL)").append(" NOT VALID;\n");
            validate.append("ALTER TABLE ").append(t).append(" VALIDATE CONSTRAINT ").append(name).append(";\n");
            set.append("ALTER TABLE ").append(t).append(" ALTER COLUMN ").append(c).append(" SET NOT NULL;\n")
                    .append("ALTER TABLE ").append(t).append(" DROP CONSTRAINT ").append(name).append(";\n");
        }
        StringBuilder out = new StringBuilder()
                .append("-- migration ").append(first).append(" (runs in a transaction): a NOT NULL ")
                .append(pg18 ? "constraint" : "check").append(" that does not check the old rows yet\n").append(add)
                .append("-- migration ").append(first + 1)
                .append(" (separate transaction): checks the rows without blocking reads or writes\n").append(validate);
        if (pg18) {
            return out.toString();
        }
        if (context.pgMajor() >= 12) {
            out.append("-- migration ").append(first + 2)
                    .append(" (separate transaction): no scan, the validated check already proves it\n").append(set);
        } else {
            out.append("-- PostgreSQL 11 scans the table under ACCESS EXCLUSIVE for SET NOT NULL even then: keep the "
                    + "validated check instead, it rejects NULLs the same way\n");
        }
        return out.toString();
    }

    /** How many migrations {@link #setNotNullSteps} spans on the target version. */
    static int setNotNullMigrations(StatementContext context) {
        return context.pgMajor() >= 18 || context.pgMajor() < 12 ? 2 : 3;
    }

    /** Name of the trigger (and its function) of an expand/contract step. */
    static String triggerName(QualifiedName table, String what) {
        return shorten(table.name() + "_" + what);
    }

    /** A BEFORE INSERT OR UPDATE row trigger running {@code body} (PL/pgSQL lines ending in newlines). */
    static String createRowTrigger(QualifiedName table, String name, String body) {
        QualifiedName function = sibling(table, name);
        return "CREATE FUNCTION " + function.sql() + "() RETURNS trigger LANGUAGE plpgsql AS $fn$\n"
                + "BEGIN\n" + body + "  RETURN NEW;\nEND\n$fn$;\n"
                + "CREATE TRIGGER " + ident(name) + " BEFORE INSERT OR UPDATE ON " + table.sql()
                + " FOR EACH ROW EXECUTE FUNCTION " + function.sql() + "();\n";
    }

    /** Drops what {@link #createRowTrigger} made. */
    static String dropRowTrigger(QualifiedName table, String name) {
        return "DROP TRIGGER IF EXISTS " + ident(name) + " ON " + table.sql() + ";\n"
                + "DROP FUNCTION IF EXISTS " + sibling(table, name).sql() + "();\n";
    }

    /**
     * An expression computing {@code expression} (written against the table's columns) from the row a
     * trigger is handling.
     */
    static String fromTriggerRow(QualifiedName table, String expression) {
        return "(SELECT " + expression + " FROM (SELECT NEW.*) AS " + ident(table.name()) + ")";
    }

    /** The later migration that drops a column nobody uses any more, with the suppression that says why. */
    static String dropOldColumn(QualifiedName table, String column) {
        return "-- pgsafety:allow drop-column reason: no code reads " + table.name() + "." + column
                + " since release <release>\n"
                + "ALTER TABLE " + table.sql() + " DROP COLUMN " + ident(column) + ";\n";
    }

    /**
     * An alternative way, commented out so that the fix stays one runnable script: SQL lines get a
     * {@code "--   "} prefix, comment lines are kept.
     */
    static String alternative(String sql) {
        StringBuilder out = new StringBuilder();
        for (String line : sql.split("\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            out.append(line.startsWith("--") ? line : "--   " + line).append('\n');
        }
        return out.toString();
    }

    /** A value of the type to suggest as a non-volatile default, or a placeholder. */
    static String exampleValue(TypeName type) {
        if (type.isArray()) {
            return "'{}'";
        }
        switch (type.name()) {
            case "smallint", "integer", "bigint", "numeric", "real", "double precision", "money":
                return "0";
            case "boolean":
                return "false";
            case "text", "varchar", "char", "citext", "name":
                return "''";
            case "jsonb", "json":
                return "'{}'";
            case "timestamptz", "timestamp":
                return "now()";
            case "date":
                return "CURRENT_DATE";
            default:
                return "<value>";
        }
    }
}
