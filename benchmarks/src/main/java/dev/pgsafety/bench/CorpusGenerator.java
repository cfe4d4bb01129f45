package dev.pgsafety.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Deterministic generator of realistic PostgreSQL migration scripts, for benchmarks.
 *
 * <p>The generator keeps a model of the schema it has created so far (schemas, tables with typed columns,
 * indexes, enum types, views, NOT VALID constraints waiting for validation), so later migrations refer to
 * objects that exist, with values of the right type: run in order on an empty PostgreSQL 13+ database, the
 * scripts are meant to execute. The mix follows what real migration folders hold: CREATE TABLE with varied
 * types and constraints, CREATE INDEX with and without CONCURRENTLY (some files hold only concurrent index
 * work, as they must for Flyway), ALTER TABLE (add column, add constraint NOT VALID and a later VALIDATE,
 * column type changes, SET NOT NULL after a backfill, renames), UPDATE/DELETE/INSERT, DO blocks, functions
 * and triggers with dollar-quoted bodies, comments, string literals with {@code ''} and {@code E''} escapes,
 * quoted identifiers and pgsafety suppression comments.
 *
 * <p>The same seed always yields the same files, on any JVM: only {@link java.util.Random} (whose
 * algorithm is specified) and ordered collections decide the output.
 */
public final class CorpusGenerator {

    /** The seed the benchmarks use, so every run analyzes the same corpus. */
    public static final long DEFAULT_SEED = 20_240_917L;

    /**
     * One generated migration script.
     *
     * @param version    its Flyway version (1, 2, ...)
     * @param name       its Flyway file name, {@code V<version>__<description>.sql}
     * @param sql        its text
     * @param statements how many top-level SQL statements it holds (a DO block or a function is one)
     */
    public record GeneratedFile(int version, String name, String sql, int statements) {
        public GeneratedFile {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(sql, "sql");
        }

        /** Its size in bytes, as written to disk (UTF-8). */
        public int bytes() {
            return sql.getBytes(StandardCharsets.UTF_8).length;
        }
    }

    private final Random random;
    private final World world = new World();
    /** Steps of a multi-statement pattern (backfill, then constraint, then SET NOT NULL): emitted next, in order. */
    private final Deque<Supplier<Stmt>> queued = new ArrayDeque<>();
    private int version;
    private int serial;
    /** Unique integer columns filled from generate_series take values from here (far above {@link #serial}). */
    private long bulkBase = 1_000_000_000L;

    public CorpusGenerator(long seed) {
        this.random = new Random(seed);
    }

    public CorpusGenerator() {
        this(DEFAULT_SEED);
    }

    /** {@code files} scripts of exactly {@code statementsPerFile} statements each, continuing this generator's schema. */
    public List<GeneratedFile> generate(int files, int statementsPerFile) {
        if (files < 0) {
            throw new IllegalArgumentException("files must not be negative: " + files);
        }
        List<GeneratedFile> out = new ArrayList<>(files);
        for (int i = 0; i < files; i++) {
            out.add(nextFile(statementsPerFile));
        }
        return out;
    }

    /** A corpus of {@code files} scripts of {@code statementsPerFile} statements each, from {@code seed}. */
    public static List<GeneratedFile> corpus(long seed, int files, int statementsPerFile) {
        return new CorpusGenerator(seed).generate(files, statementsPerFile);
    }

    /**
     * Writes the files into {@code dir} (created if missing) under their Flyway names and returns their paths,
     * in version order. Files of the same name are overwritten; other files in {@code dir} are left alone.
     */
    public static List<Path> writeFlyway(List<GeneratedFile> files, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>(files.size());
        for (GeneratedFile file : files) {
            Path path = dir.resolve(file.name());
            Files.writeString(path, file.sql(), StandardCharsets.UTF_8);
            out.add(path);
        }
        return out;
    }

    /** The next script, with exactly {@code statements} statements. */
    public GeneratedFile nextFile(int statements) {
        if (statements < 1) {
            throw new IllegalArgumentException("a migration needs at least one statement: " + statements);
        }
        version++;
        // Flyway runs CREATE INDEX CONCURRENTLY only from a file that holds nothing else, so teams keep such
        // files apart; about one file in twelve here.
        boolean concurrentOnly = queued.isEmpty() && world.tables.size() >= 3 && chance(0.08);
        StringBuilder sb = new StringBuilder(statements * 256);
        if (chance(0.3)) {
            sb.append(headerComment()).append('\n');
        }
        if (!concurrentOnly && chance(0.03)) {
            sb.append("-- pgsafety:allow-file prefer-text reason: varchar lengths are part of the API contract\n\n");
        }
        String description = null;
        for (int i = 0; i < statements; i++) {
            Stmt s = concurrentOnly ? concurrentIndexWork() : nextStatement();
            if (description == null) {
                description = s.description();
            }
            if (i > 0) {
                sb.append('\n');
            }
            if (chance(0.25)) {
                sb.append("-- ").append(pick(LINE_COMMENTS)).append('\n');
            }
            sb.append(s.sql()).append('\n');
        }
        if (chance(0.05)) {
            sb.append("\n-- end of migration\n");
        }
        String name = "V" + version + "__" + sanitize(description) + ".sql";
        return new GeneratedFile(version, name, sb.toString(), statements);
    }

    // ---------------------------------------------------------------------------------------------------
    // Statement selection

    private record Stmt(String sql, String description) {
    }

    private Stmt nextStatement() {
        if (!queued.isEmpty()) {
            return queued.poll().get();
        }
        if (world.tables.size() < 3) {
            return createTable();
        }
        while (true) {
            int roll = random.nextInt(TOTAL_WEIGHT);
            int kind = 0;
            while (roll >= WEIGHTS[kind]) {
                roll -= WEIGHTS[kind];
                kind++;
            }
            Stmt s = generate(kind);
            if (s != null) {
                return s;
            }
        }
    }

    private static final int[] WEIGHTS = {
        9,  // 0 create table
        8,  // 1 create index
        8,  // 2 add column
        5,  // 3 add constraint NOT VALID
        4,  // 4 validate constraint
        3,  // 5 alter column type
        3,  // 6 set not null (backfill first)
        2,  // 7 alter column default / drop not null
        2,  // 8 rename column
        1,  // 9 rename table
        1,  // 10 drop column
        2,  // 11 drop index
        1,  // 12 drop table
        9,  // 13 update
        4,  // 14 delete
        12, // 15 insert
        4,  // 16 DO block
        3,  // 17 function (and trigger)
        3,  // 18 comment on
        4,  // 19 set / reset
        2,  // 20 view
        2,  // 21 enum type
        1,  // 22 grant / revoke
        1,  // 23 analyze
    };
    private static final int TOTAL_WEIGHT = java.util.Arrays.stream(WEIGHTS).sum();

    private Stmt generate(int kind) {
        return switch (kind) {
            case 0 -> createTable();
            case 1 -> createIndex(chance(0.35));
            case 2 -> addColumn();
            case 3 -> addConstraintNotValid();
            case 4 -> validateConstraint();
            case 5 -> alterColumnType();
            case 6 -> setNotNull();
            case 7 -> alterColumnMisc();
            case 8 -> renameColumn();
            case 9 -> renameTable();
            case 10 -> dropColumn();
            case 11 -> dropIndex(chance(0.5));
            case 12 -> dropTable();
            case 13 -> update();
            case 14 -> delete();
            case 15 -> insert();
            case 16 -> doBlock();
            case 17 -> function();
            case 18 -> commentOn();
            case 19 -> setting();
            case 20 -> view();
            case 21 -> enumType();
            case 22 -> grant();
            case 23 -> analyze();
            default -> throw new IllegalStateException("kind " + kind);
        };
    }

    /** A statement of a file that holds only concurrent index work. */
    private Stmt concurrentIndexWork() {
        int roll = random.nextInt(10);
        if (roll == 0 && !world.indexes.isEmpty()) {
            Stmt s = dropIndex(true);
            if (s != null) {
                return s;
            }
        }
        if (roll == 1 && !world.indexes.isEmpty()) {
            Index index = pick(world.indexes);
            return new Stmt("REINDEX INDEX CONCURRENTLY " + index.sql() + ";", "reindex_" + index.name);
        }
        for (int attempt = 0; attempt < 50; attempt++) {
            Stmt s = createIndex(true);
            if (s != null) {
                return s;
            }
        }
        return analyze();
    }

    // ---------------------------------------------------------------------------------------------------
    // DDL

    private Stmt createTable() {
        String schema = null;
        if (chance(0.2)) {
            String wanted = pick(SCHEMAS);
            if (!world.schemas.contains(wanted)) {
                world.schemas.add(wanted);
                return new Stmt("CREATE SCHEMA IF NOT EXISTS " + wanted + ";", "create_schema_" + wanted);
            }
            schema = wanted;
        }
        String[] noun = pick(TABLE_NOUNS);
        boolean quoted = chance(0.04);
        String name;
        if (quoted) {
            name = world.unique(pick(QUOTED_TABLES));
        } else {
            name = world.unique(noun[0]);
        }
        Table t = new Table(schema, name, quoted, quoted ? name.toLowerCase(Locale.ROOT).replace(' ', '_')
                : noun[1] + name.substring(noun[0].length()));
        StringBuilder sb = new StringBuilder();
        List<String> tableConstraints = new ArrayList<>();
        sb.append("CREATE TABLE ").append(chance(0.3) ? "IF NOT EXISTS " : "").append(t.sql()).append(" (\n");
        List<String> lines = new ArrayList<>();

        int idStyle = random.nextInt(20);
        Column id = new Column("id", false, idStyle < 4 ? Type.UUID : Type.BIGINT, 0);
        id.notNull = true;
        id.hasDefault = true;
        id.key = true;
        t.uuidId = id.type == Type.UUID;
        if (idStyle < 4) {
            lines.add("id uuid PRIMARY KEY DEFAULT gen_random_uuid()");
        } else if (idStyle < 13) {
            lines.add("id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY");
        } else if (idStyle < 18) {
            lines.add("id bigserial PRIMARY KEY");
        } else {
            lines.add("id bigint GENERATED BY DEFAULT AS IDENTITY");
            tableConstraints.add("CONSTRAINT " + world.unique("pk_" + t.base) + " PRIMARY KEY (id)");
        }
        t.columns.add(id);

        int count = 2 + random.nextInt(8);
        for (int i = 0; i < count; i++) {
            ColumnSpec spec = pick(COLUMN_POOL);
            if (t.column(spec.name) != null) {
                continue;
            }
            Column c = newColumn(spec);
            StringBuilder line = new StringBuilder(c.sql()).append(' ').append(c.typeSql());
            if (c.type == Type.TEXT && !c.unique && chance(0.05)) {
                line.append(" COLLATE \"C\"");
            }
            if (c.unique) {
                c.notNull = chance(0.6);
                if (c.notNull) {
                    line.append(" NOT NULL");
                }
                if (chance(0.5)) {
                    line.append(" UNIQUE");
                }
            } else if (chance(0.45)) {
                c.notNull = true;
                c.hasDefault = chance(0.6);
                line.append(" NOT NULL");
                if (c.hasDefault) {
                    line.append(" DEFAULT ").append(defaultFor(c));
                }
            } else if (chance(0.2)) {
                c.hasDefault = true;
                line.append(" DEFAULT ").append(defaultFor(c));
            }
            if (spec.nonNegative && chance(0.5)) {
                line.append(" CHECK (").append(c.sql()).append(" >= 0)");
            }
            if (chance(0.06)) {
                line.append(" /* ").append(pick(INLINE_COMMENTS)).append(" */");
            }
            t.columns.add(c);
            lines.add(line.toString());
        }
        int fks = world.tables.isEmpty() ? 0 : random.nextInt(3);
        for (int i = 0; i < fks; i++) {
            Table parent = pick(world.tables);
            String colName = parent.singular + "_id";
            if (t.column(colName) != null) {
                continue;
            }
            Column c = new Column(colName, false, parent.uuidId ? Type.UUID : Type.BIGINT, 0);
            c.references = parent;
            parent.referencedBy++;
            String action = pick(new String[] {"", " ON DELETE CASCADE", " ON DELETE SET NULL", " ON DELETE RESTRICT"});
            lines.add(c.sql() + " " + c.typeSql() + " REFERENCES " + parent.sql() + " (id)" + action);
            t.columns.add(c);
        }
        if (chance(0.7)) {
            t.columns.add(timestampColumn("created_at"));
            lines.add("created_at timestamptz NOT NULL DEFAULT now()");
            if (chance(0.8)) {
                t.columns.add(timestampColumn("updated_at"));
                lines.add("updated_at timestamptz NOT NULL DEFAULT now()");
            }
        }
        if (chance(0.2)) {
            Column deleted = new Column("deleted_at", false, Type.TIMESTAMPTZ, 0);
            t.columns.add(deleted);
            lines.add("deleted_at timestamptz");
        }
        List<Column> nonNegative = t.columns(c -> c.nonNegative && !c.key);
        if (!nonNegative.isEmpty() && chance(0.3)) {
            Column c = pick(nonNegative);
            tableConstraints.add("CONSTRAINT " + world.unique("ck_" + t.base + "_" + c.base() + "_non_negative")
                    + " CHECK (" + c.sql() + " >= 0)");
        }
        List<Column> uniques = t.columns(c -> c.unique);
        List<Column> others = t.columns(c -> !c.key && !c.unique && c.references == null && btreeable(c));
        if (!uniques.isEmpty() && !others.isEmpty() && chance(0.25)) {
            Column a = pick(uniques);
            Column b = pick(others);
            tableConstraints.add("CONSTRAINT " + world.unique("uq_" + t.base + "_" + a.base() + "_" + b.base())
                    + " UNIQUE (" + a.sql() + ", " + b.sql() + ")");
        }
        lines.addAll(tableConstraints);
        for (int i = 0; i < lines.size(); i++) {
            sb.append("    ").append(lines.get(i)).append(i + 1 < lines.size() ? ",\n" : "\n");
        }
        sb.append(")");
        if (chance(0.08)) {
            sb.append(" WITH (fillfactor = 90)");
        }
        sb.append(';');
        world.tables.add(t);
        return new Stmt(sb.toString(), "create_" + t.base);
    }

    private Column newColumn(ColumnSpec spec) {
        Column c = new Column(spec.name, spec.quoted, spec.type, spec.length);
        c.unique = spec.unique;
        c.nonNegative = spec.nonNegative;
        if (spec.type == Type.ENUM) {
            if (world.enums.isEmpty()) {
                c.type = Type.VARCHAR;
                c.length = 32;
            } else {
                c.enumType = pick(world.enums);
            }
        }
        return c;
    }

    private static Column timestampColumn(String name) {
        Column c = new Column(name, false, Type.TIMESTAMPTZ, 0);
        c.notNull = true;
        c.hasDefault = true;
        c.key = true;
        return c;
    }

    private Stmt createIndex(boolean concurrently) {
        Table t = pick(world.tables);
        List<Column> candidates = t.columns(c -> !c.key || c.name.equals("created_at"));
        if (candidates.isEmpty()) {
            return null;
        }
        Column first = pick(candidates);
        StringBuilder sb = new StringBuilder();
        String prefix = "idx";
        String using = "";
        String columns;
        List<Column> indexed = new ArrayList<>(List.of(first));
        boolean unique = false;
        if (first.type == Type.JSONB || first.type == Type.TEXT_ARRAY) {
            using = " USING gin";
            columns = first.sql();
        } else if (!btreeable(first)) {
            return null;
        } else if (first.unique && chance(0.6)) {
            unique = true;
            prefix = "uq";
            columns = (first.type == Type.TEXT || first.type == Type.VARCHAR) && chance(0.5)
                    ? "lower(" + first.sql() + ")" : first.sql();
        } else {
            List<Column> second = t.columns(c -> c != first && btreeable(c) && !c.key);
            if (!second.isEmpty() && chance(0.3)) {
                Column other = pick(second);
                indexed.add(other);
                columns = first.sql() + ", " + other.sql() + (chance(0.3) ? " DESC" : "");
            } else {
                columns = first.sql();
            }
        }
        StringBuilder nameBase = new StringBuilder(prefix).append('_').append(t.base);
        for (Column c : indexed) {
            nameBase.append('_').append(c.base());
        }
        String name = world.unique(nameBase.toString());
        if (!concurrently && chance(0.3)) {
            sb.append("-- pgsafety:allow create-index-not-concurrent reason: ").append(pick(SMALL_TABLE_REASONS)).append('\n');
        }
        sb.append("CREATE ").append(unique ? "UNIQUE " : "").append("INDEX ")
                .append(concurrently ? "CONCURRENTLY " : "")
                .append(chance(0.3) ? "IF NOT EXISTS " : "")
                .append(name).append(" ON ").append(t.sql()).append(using)
                .append(" (").append(columns).append(')');
        if (using.isEmpty() && !unique) {
            List<Column> include = t.columns(c -> !indexed.contains(c) && !c.key && btreeable(c));
            if (!include.isEmpty() && chance(0.08)) {
                Column inc = pick(include);
                sb.append(" INCLUDE (").append(inc.sql()).append(')');
                indexed.add(inc);
            }
            Column deleted = t.column("deleted_at");
            if (deleted != null && chance(0.5)) {
                sb.append("\n    WHERE deleted_at IS NULL");
                indexed.add(deleted);
            } else if (chance(0.1)) {
                sb.append("\n    WHERE ").append(first.sql()).append(" IS NOT NULL");
            } else if (chance(0.05)) {
                sb.append(" WITH (fillfactor = 80)");
            }
        }
        sb.append(';');
        world.indexes.add(new Index(name, t, indexed));
        return new Stmt(sb.toString(), "index_" + t.base + "_" + first.base());
    }

    private Stmt dropIndex(boolean concurrently) {
        if (world.indexes.isEmpty()) {
            return null;
        }
        Index index = pick(world.indexes);
        world.indexes.remove(index);
        return new Stmt("DROP INDEX " + (concurrently ? "CONCURRENTLY " : "") + "IF EXISTS " + index.sql() + ";",
                "drop_index_" + index.name);
    }

    private Stmt addColumn() {
        Table t = pick(world.tables);
        if (chance(0.2)) {
            return addForeignKeyColumn(t, chance(0.5));
        }
        Column c = freshColumn(t);
        StringBuilder sb = new StringBuilder("ALTER TABLE ").append(t.sql()).append(" ADD ");
        sb.append(chance(0.8) ? "COLUMN " : "").append(chance(0.25) ? "IF NOT EXISTS " : "");
        sb.append(c.sql()).append(' ').append(c.typeSql());
        int style = random.nextInt(10);
        if (style < 2) {
            c.notNull = true;
            c.hasDefault = true;
            sb.append(" NOT NULL DEFAULT ").append(defaultFor(c));
        } else if (style < 4) {
            c.hasDefault = true;
            sb.append(" DEFAULT ").append(defaultFor(c));
        }
        t.columns.add(c);
        if (chance(0.15)) {
            Column d = freshColumn(t);
            sb.append(",\n    ADD COLUMN ").append(d.sql()).append(' ').append(d.typeSql());
            t.columns.add(d);
        }
        sb.append(';');
        return new Stmt(sb.toString(), "add_" + c.base() + "_to_" + t.base);
    }

    /** A column named after a pool entry the table lacks, or a numbered one. */
    private Column freshColumn(Table t) {
        for (int attempt = 0; attempt < 6; attempt++) {
            ColumnSpec spec = pick(COLUMN_POOL);
            if (t.column(spec.name) == null && !spec.unique) {
                return newColumn(spec);
            }
        }
        ColumnSpec spec = pick(COLUMN_POOL);
        Column c = newColumn(spec);
        c.unique = false;
        c.name = spec.quoted ? spec.name + ++serial : spec.name + "_" + ++serial;
        return c;
    }

    /** ADD COLUMN parent_id, then (queued) its foreign key NOT VALID, or the key inline. */
    private Stmt addForeignKeyColumn(Table t, boolean notValid) {
        Table parent = pick(world.tables);
        String name = parent.singular + "_id";
        if (t.column(name) != null) {
            name = parent.singular + "_" + ++serial + "_id";
        }
        Column c = new Column(name, false, parent.uuidId ? Type.UUID : Type.BIGINT, 0);
        c.references = parent;
        parent.referencedBy++;
        t.columns.add(c);
        if (!notValid) {
            return new Stmt("ALTER TABLE " + t.sql() + " ADD COLUMN " + c.sql() + " " + c.typeSql()
                    + " REFERENCES " + parent.sql() + " (id);", "add_" + c.base() + "_to_" + t.base);
        }
        queued.add(() -> foreignKeyNotValid(t, c, parent));
        return new Stmt("ALTER TABLE " + t.sql() + " ADD COLUMN " + c.sql() + " " + c.typeSql() + ";",
                "add_" + c.base() + "_to_" + t.base);
    }

    private Stmt foreignKeyNotValid(Table t, Column c, Table parent) {
        String name = world.unique("fk_" + t.base + "_" + c.base());
        t.notValid.add(new Constraint(name, t, c));
        return new Stmt("ALTER TABLE " + t.sql() + "\n    ADD CONSTRAINT " + name + " FOREIGN KEY (" + c.sql()
                + ") REFERENCES " + parent.sql() + " (id)" + (chance(0.3) ? " ON DELETE CASCADE" : "") + " NOT VALID;",
                "add_" + name);
    }

    private Stmt addConstraintNotValid() {
        Table t = pick(world.tables);
        if (chance(0.35)) {
            return addForeignKeyColumn(t, true);
        }
        List<Column> numeric = t.columns(c -> c.nonNegative && !c.key);
        List<Column> texts = t.columns(c -> c.type == Type.TEXT && !c.key);
        String name;
        String check;
        Column on;
        if (!numeric.isEmpty() && (texts.isEmpty() || chance(0.5))) {
            on = pick(numeric);
            name = world.unique("ck_" + t.base + "_" + on.base() + "_non_negative");
            check = on.sql() + " >= 0";
        } else if (!texts.isEmpty()) {
            on = pick(texts);
            name = world.unique("ck_" + t.base + "_" + on.base() + "_length");
            check = "char_length(" + on.sql() + ") <= " + (500 + random.nextInt(20) * 100);
        } else {
            return null;
        }
        t.notValid.add(new Constraint(name, t, on));
        if (chance(0.15)) {
            // The idempotent form, for scripts that may run twice.
            return new Stmt("DO $$\nBEGIN\n    ALTER TABLE " + t.sql() + " ADD CONSTRAINT " + name + " CHECK (" + check
                    + ") NOT VALID;\nEXCEPTION\n    WHEN duplicate_object THEN\n        RAISE NOTICE 'constraint % already exists, skipping', '"
                    + name + "';\nEND\n$$;", "add_" + name);
        }
        return new Stmt("ALTER TABLE " + t.sql() + " ADD CONSTRAINT " + name + "\n    CHECK (" + check + ") NOT VALID;",
                "add_" + name);
    }

    private Stmt validateConstraint() {
        List<Table> pending = world.tables.stream().filter(t -> !t.notValid.isEmpty()).toList();
        if (pending.isEmpty()) {
            return null;
        }
        Table t = pick(pending);
        Constraint c = t.notValid.remove(random.nextInt(t.notValid.size()));
        return new Stmt("ALTER TABLE " + t.sql() + " VALIDATE CONSTRAINT " + c.name + ";", "validate_" + c.name);
    }

    private Stmt alterColumnType() {
        List<Table> tables = world.tables.stream().filter(t -> !t.viewDependent).toList();
        if (tables.isEmpty()) {
            return null;
        }
        Table t = pick(tables);
        List<Column> candidates = t.columns(c -> !c.key && c.references == null && widens(c));
        if (candidates.isEmpty()) {
            return null;
        }
        Column c = pick(candidates);
        Type oldType = c.type;
        String target = widening(c);
        String using = "";
        if (oldType == Type.TIMESTAMP) {
            using = " USING " + c.sql() + " AT TIME ZONE 'UTC'";
        } else if (oldType == Type.INTEGER && chance(0.3)) {
            using = " USING " + c.sql() + "::bigint";
        }
        String form = chance(0.3) ? " SET DATA TYPE " : " TYPE ";
        return new Stmt("ALTER TABLE " + t.sql() + " ALTER COLUMN " + c.sql() + form + target + using + ";",
                "change_type_of_" + t.base + "_" + c.base());
    }

    private static boolean widens(Column c) {
        return switch (c.type) {
            case INTEGER, SMALLINT, VARCHAR, TIMESTAMP, NUMERIC -> true;
            default -> false;
        };
    }

    /** The wider type the column changes to (and records it), or null when it has none. */
    private String widening(Column c) {
        return switch (c.type) {
            case INTEGER -> {
                c.type = Type.BIGINT;
                yield "bigint";
            }
            case SMALLINT -> {
                c.type = Type.INTEGER;
                yield "integer";
            }
            case VARCHAR -> {
                if (c.length >= 1000 || chance(0.3)) {
                    c.type = Type.TEXT;
                    yield "text";
                }
                c.length *= 2;
                yield "varchar(" + c.length + ")";
            }
            case TIMESTAMP -> {
                c.type = Type.TIMESTAMPTZ;
                yield "timestamptz";
            }
            case NUMERIC -> {
                c.length += 2;
                yield "numeric(" + c.length + ", 2)";
            }
            default -> null;
        };
    }

    private Stmt setNotNull() {
        Table t = pick(world.tables);
        List<Column> candidates = t.columns(c -> !c.notNull && !c.key && c.references == null && !c.unique);
        if (candidates.isEmpty()) {
            return null;
        }
        Column c = pick(candidates);
        String value = value(c, false);
        String constraint = world.unique("ck_" + t.base + "_" + c.base() + "_not_null");
        boolean viaCheck = chance(0.6);
        if (viaCheck) {
            queued.add(() -> new Stmt("ALTER TABLE " + t.sql() + " ADD CONSTRAINT " + constraint + " CHECK ("
                    + c.sql() + " IS NOT NULL) NOT VALID;", "add_" + constraint));
            queued.add(() -> new Stmt("ALTER TABLE " + t.sql() + " VALIDATE CONSTRAINT " + constraint + ";",
                    "validate_" + constraint));
        }
        queued.add(() -> {
            c.notNull = true;
            String suppression = viaCheck && chance(0.4)
                    ? "-- pgsafety:allow set-not-null reason: validated CHECK (" + c.sql() + " IS NOT NULL) above\n" : "";
            return new Stmt(suppression + "ALTER TABLE " + t.sql() + " ALTER COLUMN " + c.sql() + " SET NOT NULL;",
                    "set_" + t.base + "_" + c.base() + "_not_null");
        });
        if (viaCheck) {
            queued.add(() -> new Stmt("ALTER TABLE " + t.sql() + " DROP CONSTRAINT " + constraint + ";",
                    "drop_" + constraint));
        }
        if (chance(0.3)) {
            return batchedBackfill(t, c, value);
        }
        return new Stmt("UPDATE " + t.sql() + " SET " + c.sql() + " = " + value + " WHERE " + c.sql() + " IS NULL;",
                "backfill_" + t.base + "_" + c.base());
    }

    private Stmt alterColumnMisc() {
        Table t = pick(world.tables);
        List<Column> candidates = t.columns(c -> !c.key && c.references == null && !c.unique);
        if (candidates.isEmpty()) {
            return null;
        }
        Column c = pick(candidates);
        String head = "ALTER TABLE " + t.sql() + " ALTER COLUMN " + c.sql();
        if (c.hasDefault && chance(0.4)) {
            c.hasDefault = false;
            return new Stmt(head + " DROP DEFAULT;", "drop_default_" + t.base + "_" + c.base());
        }
        if (c.notNull && chance(0.3)) {
            c.notNull = false;
            return new Stmt(head + " DROP NOT NULL;", "drop_not_null_" + t.base + "_" + c.base());
        }
        c.hasDefault = true;
        return new Stmt(head + " SET DEFAULT " + defaultFor(c) + ";", "set_default_" + t.base + "_" + c.base());
    }

    private Stmt renameColumn() {
        Table t = pick(world.tables);
        List<Column> candidates = t.columns(c -> !c.key);
        if (candidates.isEmpty()) {
            return null;
        }
        Column c = pick(candidates);
        String oldSql = c.sql();
        String newName = c.base() + "_" + pick(RENAME_SUFFIXES);
        if (t.column(newName) != null || newName.length() > 50) {
            newName = "col_" + ++serial;
        }
        c.name = newName;
        c.quoted = false;
        return new Stmt("ALTER TABLE " + t.sql() + " RENAME " + (chance(0.8) ? "COLUMN " : "") + oldSql + " TO "
                + c.sql() + ";", "rename_" + t.base + "_" + c.base());
    }

    private Stmt renameTable() {
        Table t = pick(world.tables);
        String oldSql = t.sql();
        String newName = world.unique(t.base + "_" + pick(RENAME_SUFFIXES));
        if (newName.length() > 40) {
            return null;
        }
        t.name = newName;
        t.quoted = false;
        t.base = newName;
        return new Stmt("ALTER TABLE " + oldSql + " RENAME TO " + newName + ";", "rename_to_" + newName);
    }

    private Stmt dropColumn() {
        List<Table> tables = world.tables.stream().filter(t -> !t.viewDependent).toList();
        if (tables.isEmpty()) {
            return null;
        }
        Table t = pick(tables);
        List<Column> candidates = t.columns(c -> !c.key);
        if (candidates.isEmpty()) {
            return null;
        }
        Column c = pick(candidates);
        t.columns.remove(c);
        if (c.references != null) {
            c.references.referencedBy--;
        }
        world.indexes.removeIf(i -> i.columns.contains(c));
        t.notValid.removeIf(k -> k.column == c);
        return new Stmt("ALTER TABLE " + t.sql() + " DROP COLUMN " + (chance(0.5) ? "IF EXISTS " : "") + c.sql() + ";",
                "drop_" + t.base + "_" + c.base());
    }

    private Stmt dropTable() {
        List<Table> leaves = world.tables.stream().filter(t -> t.referencedBy == 0 && !t.viewDependent).toList();
        if (leaves.isEmpty() || world.tables.size() < 8) {
            return null;
        }
        Table t = pick(leaves);
        world.tables.remove(t);
        for (Column c : t.columns) {
            if (c.references != null) {
                c.references.referencedBy--;
            }
        }
        world.indexes.removeIf(i -> i.table == t);
        return new Stmt("DROP TABLE IF EXISTS " + t.sql() + ";", "drop_" + t.base);
    }

    // ---------------------------------------------------------------------------------------------------
    // DML

    private Stmt insert() {
        Table t = pick(world.tables);
        List<Column> columns = new ArrayList<>();
        for (Column c : t.columns) {
            if (c.key || c.references != null) {
                continue;
            }
            if ((c.notNull && !c.hasDefault) || c.unique || chance(0.5)) {
                columns.add(c);
            }
        }
        if (columns.isEmpty()) {
            return new Stmt("INSERT INTO " + t.sql() + " DEFAULT VALUES;", "seed_" + t.base);
        }
        StringBuilder head = new StringBuilder();
        for (Column c : columns) {
            head.append(head.length() == 0 ? "" : ", ").append(c.sql());
        }
        if (chance(0.15)) {
            String prefix = "seed-" + ++serial + "-";
            StringBuilder select = new StringBuilder();
            for (Column c : columns) {
                select.append(select.length() == 0 ? "" : ", ");
                if (c.unique && (c.type == Type.TEXT || c.type == Type.VARCHAR)) {
                    select.append('\'').append(prefix).append("' || g");
                } else {
                    select.append(c.unique ? "g + " + bulkBase : value(c, false));
                }
            }
            bulkBase += 1000;
            return new Stmt("INSERT INTO " + t.sql() + " (" + head + ")\nSELECT " + select
                    + "\nFROM generate_series(1, " + (10 + random.nextInt(500)) + ") AS g;", "seed_" + t.base);
        }
        StringBuilder sb = new StringBuilder(chance(0.1) ? "insert into " : "INSERT INTO ").append(t.sql())
                .append(" (").append(head).append(") VALUES");
        int rows = 1 + random.nextInt(4);
        for (int r = 0; r < rows; r++) {
            sb.append(r == 0 ? "\n    (" : ",\n    (");
            for (int i = 0; i < columns.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(value(columns.get(i), true));
            }
            sb.append(')');
        }
        if (chance(0.2)) {
            sb.append("\nON CONFLICT DO NOTHING");
        }
        sb.append(';');
        return new Stmt(sb.toString(), "seed_" + t.base);
    }

    private Stmt update() {
        Table t = pick(world.tables);
        List<Column> candidates = t.columns(c -> !c.key && c.references == null && !c.unique);
        if (candidates.isEmpty()) {
            return null;
        }
        Column c = pick(candidates);
        String set = c.sql() + " = " + value(c, false);
        if (t.column("updated_at") != null && chance(0.4)) {
            set += ", updated_at = now()";
        }
        String where;
        int style = random.nextInt(6);
        Column when = pickOrNull(t.columns(x -> x.type == Type.TIMESTAMPTZ || x.type == Type.TIMESTAMP
                || x.type == Type.DATE));
        if (style == 0 && !t.uuidId) {
            where = "id = " + (1 + random.nextInt(100_000));
        } else if (style == 1 && !t.uuidId) {
            int from = random.nextInt(1000) * 10_000;
            where = "id BETWEEN " + from + " AND " + (from + 9_999);
        } else if (style == 2) {
            where = "id IN (SELECT id FROM " + t.sql() + " WHERE " + c.sql() + " IS DISTINCT FROM " + value(c, false)
                    + " ORDER BY id LIMIT " + (500 + random.nextInt(10) * 500) + ")";
        } else if (style == 3 && when != null) {
            where = when.sql() + " < now() - interval '" + (1 + random.nextInt(24)) + " months'";
        } else if (style == 4 && !c.notNull) {
            where = c.sql() + " IS NULL";
        } else {
            where = "id = '" + uuid() + "'";
            if (!t.uuidId) {
                where = "id = " + random.nextInt(1_000_000);
            }
        }
        String keyword = chance(0.1) ? "update " : "UPDATE ";
        return new Stmt(keyword + t.sql() + "\n   SET " + set + "\n WHERE " + where + ";", "update_" + t.base);
    }

    private Stmt delete() {
        Table t = pick(world.tables);
        Column when = pickOrNull(t.columns(x -> x.type == Type.TIMESTAMPTZ || x.type == Type.DATE));
        String where;
        if (when != null && chance(0.5)) {
            where = when.sql() + " < " + (when.type == Type.DATE ? "CURRENT_DATE" : "now()") + " - interval '"
                    + (30 + random.nextInt(12) * 30) + " days'";
        } else if (!t.uuidId && chance(0.5)) {
            where = "id IN (" + (1 + random.nextInt(1000)) + ", " + (1001 + random.nextInt(1000)) + ", "
                    + (2001 + random.nextInt(1000)) + ")";
        } else {
            Column deleted = t.column("deleted_at");
            where = deleted != null ? "deleted_at IS NOT NULL" : "id IN (SELECT id FROM " + t.sql()
                    + " ORDER BY id LIMIT 1000)";
        }
        return new Stmt("DELETE FROM " + t.sql() + " WHERE " + where + ";", "purge_" + t.base);
    }

    // ---------------------------------------------------------------------------------------------------
    // Procedural code

    private Stmt doBlock() {
        int style = random.nextInt(4);
        Table t = pick(world.tables);
        if (style == 0) {
            List<Column> candidates = t.columns(c -> !c.notNull && !c.key && c.references == null && !c.unique);
            if (!candidates.isEmpty()) {
                Column c = pick(candidates);
                return batchedBackfill(t, c, value(c, false));
            }
        }
        if (style == 1) {
            String tag = pick(DOLLAR_TAGS);
            return new Stmt("DO " + (chance(0.3) ? "LANGUAGE plpgsql " : "") + tag + "\nDECLARE\n    n bigint;\nBEGIN\n"
                    + "    SELECT count(*) INTO n FROM " + t.sql() + ";\n"
                    + "    RAISE NOTICE '" + t.base + " has % rows; it''s fine', n;\nEND\n" + tag + ";",
                    "count_" + t.base);
        }
        if (style == 2) {
            return createEnum(true);
        }
        String tag = pick(DOLLAR_TAGS);
        return new Stmt("DO " + tag + "\nBEGIN\n    IF EXISTS (SELECT 1 FROM information_schema.tables WHERE table_name = '"
                + t.name.replace("'", "''") + "') THEN\n        RAISE NOTICE 'table % present', '" + t.base + "';\n"
                + "    ELSE\n        RAISE WARNING 'table % missing; skipping', '" + t.base + "';\n    END IF;\nEND\n" + tag + ";",
                "check_" + t.base);
    }

    /** A DO loop that sets {@code c} where it is NULL, a batch of rows per UPDATE. */
    private Stmt batchedBackfill(Table t, Column c, String value) {
        // A value holding the tag would end the body early: PostgreSQL would reject the script.
        String tag = value.contains("$$") ? "$backfill$" : pick(DOLLAR_TAGS);
        return new Stmt("DO " + tag + "\nDECLARE\n    batch_size integer := " + (500 + random.nextInt(20) * 250)
                + ";\n    rows_updated integer;\nBEGIN\n    LOOP\n        UPDATE " + t.sql() + "\n           SET "
                + c.sql() + " = " + value + "\n         WHERE id IN (SELECT id FROM " + t.sql()
                + " WHERE " + c.sql() + " IS NULL LIMIT batch_size);\n"
                + "        GET DIAGNOSTICS rows_updated = ROW_COUNT;\n        EXIT WHEN rows_updated = 0;\n"
                + "        RAISE NOTICE 'backfilled % rows of " + t.base + "', rows_updated;\n    END LOOP;\nEND\n"
                + tag + ";", "backfill_" + t.base + "_" + c.base());
    }

    private Stmt function() {
        int style = random.nextInt(4);
        if (style == 0) {
            List<Table> candidates = world.tables.stream()
                    .filter(t -> !t.touchTrigger && t.column("updated_at") != null).toList();
            if (!candidates.isEmpty()) {
                Table t = pick(candidates);
                if (!world.touchFunction) {
                    world.touchFunction = true;
                    queued.add(() -> touchTrigger(t));
                    return new Stmt("""
                            CREATE OR REPLACE FUNCTION app_touch_updated_at()
                            RETURNS trigger
                            LANGUAGE plpgsql
                            AS $body$
                            BEGIN
                                -- keep updated_at honest even when the application forgets
                                NEW.updated_at := now();
                                RETURN NEW;
                            END;
                            $body$;""", "create_touch_function");
                }
                return touchTrigger(t);
            }
        }
        if (style == 2) {
            Table t = pick(world.tables);
            String name = world.unique("fn_count_" + t.base);
            return new Stmt("CREATE FUNCTION " + name + "()\nRETURNS bigint\nLANGUAGE sql\nSTABLE\nAS $body$\n"
                    + "    SELECT count(*) FROM " + t.sql() + "\n$body$;", "create_" + name);
        }
        if (style == 1) {
            String name = world.unique("fn_" + pick(TEXT_FUNCTION_NAMES));
            return new Stmt("CREATE OR REPLACE FUNCTION " + name + "(input text)\nRETURNS text\nLANGUAGE sql\n"
                    + "IMMUTABLE STRICT\nAS $body$\n    SELECT trim(both '-' from lower(regexp_replace(input, '[^a-zA-Z0-9]+', '-', 'g')))\n"
                    + "$body$;", "create_" + name);
        }
        String name = world.unique("fn_" + pick(AMOUNT_FUNCTION_NAMES));
        return new Stmt("CREATE OR REPLACE FUNCTION " + name + "(amount numeric, currency text DEFAULT 'EUR')\n"
                + "RETURNS text\nLANGUAGE plpgsql\nSTABLE\nAS $body$\nDECLARE\n    band text;\nBEGIN\n"
                + "    /* bands used by reporting; keep in sync with the dashboard */\n"
                + "    IF amount IS NULL THEN\n        RETURN 'unknown';\n    ELSIF amount < " + (10 + random.nextInt(90)) * 10
                + " THEN\n        band := 'small';\n    ELSE\n        band := 'large; it''s big';\n    END IF;\n"
                + "    RETURN band || ' (' || currency || ')';\nEND;\n$body$;", "create_" + name);
    }

    private Stmt touchTrigger(Table t) {
        t.touchTrigger = true;
        String name = world.unique("trg_" + t.base + "_touch");
        return new Stmt("CREATE TRIGGER " + name + "\n    BEFORE UPDATE ON " + t.sql()
                + "\n    FOR EACH ROW EXECUTE FUNCTION app_touch_updated_at();", "create_" + name);
    }

    // ---------------------------------------------------------------------------------------------------
    // Everything else

    private Stmt commentOn() {
        Table t = pick(world.tables);
        if (chance(0.5)) {
            Column c = pick(t.columns);
            return new Stmt("COMMENT ON COLUMN " + t.sql() + "." + c.sql() + " IS " + pick(COMMENT_TEXTS) + ";",
                    "comment_" + t.base + "_" + c.base());
        }
        return new Stmt("COMMENT ON TABLE " + t.sql() + " IS " + pick(COMMENT_TEXTS) + ";", "comment_" + t.base);
    }

    private Stmt setting() {
        return new Stmt(pick(SETTINGS), "settings");
    }

    private Stmt view() {
        Table t = pick(world.tables);
        t.viewDependent = true;
        if (chance(0.25)) {
            String name = world.unique("mv_" + t.base + "_stats");
            return new Stmt("CREATE MATERIALIZED VIEW IF NOT EXISTS " + name + " AS\nSELECT count(*) AS row_count"
                    + (t.column("created_at") != null ? ", max(created_at) AS newest" : "") + "\nFROM " + t.sql()
                    + "\nWITH NO DATA;", "create_" + name);
        }
        String name = world.unique("v_" + t.base);
        List<Column> shown = new ArrayList<>();
        for (Column c : t.columns) {
            if (shown.size() < 5 && (c.name.equals("id") || chance(0.5))) {
                shown.add(c);
            }
        }
        StringBuilder cols = new StringBuilder();
        for (Column c : shown) {
            cols.append(cols.length() == 0 ? "" : ",\n       ").append(c.sql());
        }
        Column deleted = t.column("deleted_at");
        return new Stmt("CREATE OR REPLACE VIEW " + name + " AS\nSELECT " + (cols.length() == 0 ? "*" : cols)
                + "\n  FROM " + t.sql() + (deleted != null ? "\n WHERE deleted_at IS NULL" : "") + ";", "create_" + name);
    }

    private Stmt enumType() {
        if (!world.enums.isEmpty() && chance(0.4)) {
            EnumType e = pick(world.enums);
            String value = pick(ENUM_EXTRA_VALUES);
            if (e.values.contains(value)) {
                value = value + "_" + ++serial;
            }
            e.values.add(value);
            return new Stmt("ALTER TYPE " + e.name + " ADD VALUE IF NOT EXISTS '" + value + "';",
                    "add_" + value + "_to_" + e.name);
        }
        return createEnum(chance(0.4));
    }

    private Stmt createEnum(boolean inDoBlock) {
        String[] spec = pick(ENUMS);
        String name = world.unique(spec[0]);
        EnumType e = new EnumType(name, new ArrayList<>(List.of(spec).subList(1, spec.length)));
        world.enums.add(e);
        StringBuilder values = new StringBuilder();
        for (String v : e.values) {
            values.append(values.length() == 0 ? "" : ", ").append('\'').append(v).append('\'');
        }
        String create = "CREATE TYPE " + name + " AS ENUM (" + values + ");";
        if (inDoBlock) {
            return new Stmt("DO $$\nBEGIN\n    IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = '" + name + "') THEN\n        "
                    + create + "\n    END IF;\nEND\n$$;", "create_type_" + name);
        }
        return new Stmt(create, "create_type_" + name);
    }

    private Stmt grant() {
        Table t = pick(world.tables);
        if (chance(0.3)) {
            return new Stmt("REVOKE ALL ON TABLE " + t.sql() + " FROM PUBLIC;", "revoke_" + t.base);
        }
        return new Stmt("GRANT SELECT" + (chance(0.4) ? ", INSERT, UPDATE" : "") + " ON TABLE " + t.sql() + " TO PUBLIC;",
                "grant_" + t.base);
    }

    private Stmt analyze() {
        Table t = pick(world.tables);
        return new Stmt("ANALYZE " + t.sql() + ";", "analyze_" + t.base);
    }

    // ---------------------------------------------------------------------------------------------------
    // Values

    private static boolean btreeable(Column c) {
        return c.type != Type.JSONB && c.type != Type.TEXT_ARRAY && c.type != Type.BYTEA;
    }

    /** A literal or expression of the column's type; {@code distinct} gives unique columns a fresh value. */
    private String value(Column c, boolean distinct) {
        if (c.unique) {
            int n = ++serial;
            return switch (c.type) {
                case TEXT -> "'user-" + n + "@example.com'";
                case VARCHAR -> "'ref-" + n + "'";
                case INTEGER, BIGINT -> Integer.toString(n);
                default -> throw new IllegalStateException("unique " + c.type);
            };
        }
        return switch (c.type) {
            case TEXT -> pick(TEXT_VALUES);
            case VARCHAR -> pick(SHORT_TEXT_VALUES);
            case CHAR -> c.length == 3 ? pick(new String[] {"'EUR'", "'USD'", "'GBP'", "'CHF'"})
                    : pick(new String[] {"'DE'", "'US'", "'FR'", "'GB'", "'JP'"});
            case INTEGER -> Integer.toString(random.nextInt(100_000));
            case BIGINT -> Long.toString((long) random.nextInt(1_000_000) * random.nextInt(10_000));
            case SMALLINT -> Integer.toString(random.nextInt(300));
            case NUMERIC -> random.nextInt(100_000) + "." + (10 + random.nextInt(90));
            case DOUBLE -> random.nextInt(1000) + "." + random.nextInt(1000);
            case BOOLEAN -> pick(new String[] {"true", "false", "TRUE", "FALSE"});
            case TIMESTAMPTZ -> pick(new String[] {"now()", "'2024-03-01 12:00:00+00'", "now() - interval '3 days'",
                "CURRENT_TIMESTAMP", "'2023-12-31T23:59:59Z'"});
            case TIMESTAMP -> pick(new String[] {"'2024-03-01 12:00:00'", "LOCALTIMESTAMP", "'2022-01-15 08:30:00'"});
            case DATE -> pick(new String[] {"'2024-03-01'", "CURRENT_DATE", "DATE '2025-01-01'"});
            case JSONB -> pick(new String[] {"'{}'::jsonb", "'{\"source\": \"import\", \"tags\": [\"a\", \"b\"]}'::jsonb",
                "jsonb_build_object('version', 2, 'enabled', true)", "'[1, 2, 3]'"});
            case UUID -> distinct || chance(0.5) ? "gen_random_uuid()" : "'" + uuid() + "'";
            case INET -> pick(new String[] {"'192.168.0.1'", "'10.0.0.0/8'", "'::1'", "inet '203.0.113.7'"});
            case BYTEA -> pick(new String[] {"'\\xdeadbeef'", "decode('00ff10', 'hex')", "E'\\\\x0102'"});
            case TEXT_ARRAY -> pick(new String[] {"ARRAY['red', 'green']", "'{a,b,c}'", "ARRAY[]::text[]",
                "'{\"with space\",\"it''s\"}'"});
            case INTERVAL -> pick(new String[] {"interval '15 minutes'", "'1 day'", "'P1Y2M'", "interval '2 hours 30 minutes'"});
            case ENUM -> "'" + pick(c.enumType.values) + "'";
        };
    }

    private String defaultFor(Column c) {
        return switch (c.type) {
            case TEXT, VARCHAR -> pick(new String[] {"''", "'unknown'", "'n/a'"});
            case INTEGER, BIGINT, SMALLINT, NUMERIC, DOUBLE -> "0";
            case BOOLEAN -> pick(new String[] {"false", "true"});
            case TIMESTAMPTZ -> "now()";
            case TIMESTAMP -> "LOCALTIMESTAMP";
            case DATE -> "CURRENT_DATE";
            case JSONB -> "'{}'::jsonb";
            case TEXT_ARRAY -> "'{}'";
            case UUID -> "gen_random_uuid()";
            default -> value(c, false);
        };
    }

    private String uuid() {
        return String.format(Locale.ROOT, "%08x-%04x-4%03x-a%03x-%012x", random.nextInt() & 0xffffffffL,
                random.nextInt(0x10000), random.nextInt(0x1000), random.nextInt(0x1000),
                random.nextLong() & 0xffffffffffffL);
    }

    private String headerComment() {
        if (chance(0.5)) {
            return "/*\n * " + pick(HEADER_LINES) + "\n * Ticket: " + pick(TICKET_PREFIXES) + "-" + (100 + random.nextInt(9000))
                    + "\n */";
        }
        if (chance(0.1)) {
            return "/* outer comment /* nested, as PostgreSQL allows */ still the outer one */";
        }
        return "-- " + pick(HEADER_LINES) + "\n-- Author: " + pick(AUTHORS);
    }

    private static String sanitize(String description) {
        String s = description.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        return s.length() > 60 ? s.substring(0, 60) : s;
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private <T> T pick(T[] options) {
        return options[random.nextInt(options.length)];
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    private <T> T pickOrNull(List<T> options) {
        return options.isEmpty() ? null : pick(options);
    }

    // ---------------------------------------------------------------------------------------------------
    // The schema model

    private enum Type {
        TEXT, VARCHAR, CHAR, INTEGER, BIGINT, SMALLINT, NUMERIC, DOUBLE, BOOLEAN, TIMESTAMPTZ, TIMESTAMP, DATE, JSONB,
        UUID, INET, BYTEA, TEXT_ARRAY, INTERVAL, ENUM
    }

    private static final class Column {
        String name;
        boolean quoted;
        Type type;
        /** varchar/char length, numeric precision */
        int length;
        boolean notNull;
        boolean hasDefault;
        /** holds distinct values (every insert gives a fresh one; never updated) */
        boolean unique;
        boolean nonNegative;
        /** id, created_at, updated_at: never altered, renamed or dropped */
        boolean key;
        Table references;
        EnumType enumType;

        Column(String name, boolean quoted, Type type, int length) {
            this.name = name;
            this.quoted = quoted;
            this.type = type;
            this.length = length;
        }

        String sql() {
            return quoted ? "\"" + name + "\"" : name;
        }

        String base() {
            return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        }

        String typeSql() {
            return switch (type) {
                case TEXT -> "text";
                case VARCHAR -> "varchar(" + length + ")";
                case CHAR -> "char(" + length + ")";
                case INTEGER -> "integer";
                case BIGINT -> "bigint";
                case SMALLINT -> "smallint";
                case NUMERIC -> "numeric(" + length + ", 2)";
                case DOUBLE -> "double precision";
                case BOOLEAN -> "boolean";
                case TIMESTAMPTZ -> "timestamptz";
                case TIMESTAMP -> "timestamp";
                case DATE -> "date";
                case JSONB -> "jsonb";
                case UUID -> "uuid";
                case INET -> "inet";
                case BYTEA -> "bytea";
                case TEXT_ARRAY -> "text[]";
                case INTERVAL -> "interval";
                case ENUM -> enumType.name;
            };
        }
    }

    private static final class Table {
        final String schema;
        String name;
        boolean quoted;
        /** plain lower-case form of the name, for derived names */
        String base;
        /** what a column referring to it is called before {@code _id} */
        String singular;
        final List<Column> columns = new ArrayList<>();
        final List<Constraint> notValid = new ArrayList<>();
        boolean uuidId;
        boolean viewDependent;
        boolean touchTrigger;
        int referencedBy;

        Table(String schema, String name, boolean quoted, String singular) {
            this.schema = schema;
            this.name = name;
            this.quoted = quoted;
            this.base = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
            this.singular = singular.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        }

        String sql() {
            String n = quoted ? "\"" + name + "\"" : name;
            return schema == null ? n : schema + "." + n;
        }

        Column column(String columnName) {
            for (Column c : columns) {
                if (c.name.equals(columnName)) {
                    return c;
                }
            }
            return null;
        }

        List<Column> columns(Predicate<Column> filter) {
            return columns.stream().filter(filter).toList();
        }
    }

    private record Index(String name, Table table, List<Column> columns) {
        String sql() {
            return table.schema == null ? name : table.schema + "." + name;
        }
    }

    private record Constraint(String name, Table table, Column column) {
    }

    private record EnumType(String name, List<String> values) {
    }

    private static final class World {
        final List<Table> tables = new ArrayList<>();
        final List<Index> indexes = new ArrayList<>();
        final List<EnumType> enums = new ArrayList<>();
        final List<String> schemas = new ArrayList<>();
        /** every relation, type, constraint and function name handed out (one namespace keeps them apart) */
        final Set<String> names = new HashSet<>();
        boolean touchFunction;

        String unique(String base) {
            String b = base.length() > 50 ? base.substring(0, 50) : base;
            String candidate = b;
            for (int n = 2; !names.add(candidate.toLowerCase(Locale.ROOT)); n++) {
                candidate = b + "_" + n;
            }
            return candidate;
        }
    }

    private record ColumnSpec(String name, boolean quoted, Type type, int length, boolean unique, boolean nonNegative) {
    }

    private static ColumnSpec col(String name, Type type) {
        return new ColumnSpec(name, false, type, 0, false, false);
    }

    private static ColumnSpec col(String name, Type type, int length) {
        return new ColumnSpec(name, false, type, length, false, false);
    }

    // ---------------------------------------------------------------------------------------------------
    // Vocabulary

    private static final ColumnSpec[] COLUMN_POOL = {
        col("name", Type.TEXT), col("title", Type.TEXT), col("description", Type.TEXT), col("notes", Type.TEXT),
        col("body", Type.TEXT), col("label", Type.VARCHAR, 64), col("status", Type.VARCHAR, 32),
        col("kind", Type.VARCHAR, 40), col("city", Type.VARCHAR, 120), col("phone", Type.VARCHAR, 40),
        new ColumnSpec("email", false, Type.TEXT, 0, true, false),
        new ColumnSpec("slug", false, Type.VARCHAR, 120, true, false),
        new ColumnSpec("external_ref", false, Type.VARCHAR, 64, true, false),
        new ColumnSpec("sku", false, Type.VARCHAR, 48, true, false),
        new ColumnSpec("legacy_number", false, Type.INTEGER, 0, true, false),
        new ColumnSpec("amount_cents", false, Type.BIGINT, 0, false, true),
        new ColumnSpec("quantity", false, Type.INTEGER, 0, false, true),
        new ColumnSpec("price", false, Type.NUMERIC, 12, false, true),
        new ColumnSpec("total", false, Type.NUMERIC, 14, false, true),
        new ColumnSpec("attempts", false, Type.SMALLINT, 0, false, true),
        col("position", Type.INTEGER), col("priority", Type.SMALLINT), col("tax_rate", Type.NUMERIC, 8),
        col("score", Type.DOUBLE), col("is_active", Type.BOOLEAN), col("archived", Type.BOOLEAN),
        col("verified", Type.BOOLEAN), col("metadata", Type.JSONB), col("settings", Type.JSONB),
        col("payload", Type.JSONB), col("tags", Type.TEXT_ARRAY), col("ip_address", Type.INET),
        col("checksum", Type.BYTEA), col("public_id", Type.UUID), col("country_code", Type.CHAR, 2),
        col("currency", Type.CHAR, 3), col("starts_on", Type.DATE), col("due_date", Type.DATE),
        col("last_seen_at", Type.TIMESTAMPTZ), col("expires_at", Type.TIMESTAMPTZ),
        col("processed_at", Type.TIMESTAMP), col("imported_at", Type.TIMESTAMP), col("retention", Type.INTERVAL),
        col("timeout", Type.INTERVAL), col("state", Type.ENUM), col("version", Type.INTEGER),
        new ColumnSpec("displayName", true, Type.TEXT, 0, false, false),
        new ColumnSpec("createdBy", true, Type.VARCHAR, 80, false, false),
        new ColumnSpec("Legacy Code", true, Type.VARCHAR, 32, false, false),
    };

    private static final String[][] TABLE_NOUNS = {
        {"users", "user"}, {"accounts", "account"}, {"customers", "customer"}, {"orders", "order"},
        {"order_items", "order_item"}, {"invoices", "invoice"}, {"invoice_lines", "invoice_line"},
        {"payments", "payment"}, {"refunds", "refund"}, {"products", "product"},
        {"product_variants", "product_variant"}, {"categories", "category"}, {"shipments", "shipment"},
        {"addresses", "address"}, {"carts", "cart"}, {"cart_items", "cart_item"}, {"coupons", "coupon"},
        {"subscriptions", "subscription"}, {"plans", "plan"}, {"events", "event"}, {"audit_log", "audit_log"},
        {"sessions", "session"}, {"api_keys", "api_key"}, {"webhooks", "webhook"},
        {"notifications", "notification"}, {"messages", "message"}, {"tenants", "tenant"}, {"teams", "team"},
        {"memberships", "membership"}, {"projects", "project"}, {"tasks", "task"}, {"comments", "comment"},
        {"attachments", "attachment"}, {"tags", "tag"}, {"warehouses", "warehouse"},
        {"stock_levels", "stock_level"}, {"suppliers", "supplier"}, {"purchase_orders", "purchase_order"},
        {"price_lists", "price_list"}, {"tax_rates", "tax_rate"}, {"exchange_rates", "exchange_rate"},
        {"reports", "report"}, {"feature_flags", "feature_flag"}, {"documents", "document"},
    };

    private static final String[] QUOTED_TABLES = {"UserPreferences", "LegacyImport", "Order Archive", "SyncState"};
    private static final String[] SCHEMAS = {"billing", "inventory", "audit"};
    private static final String[] RENAME_SUFFIXES = {"old", "legacy", "v2", "archived", "raw"};
    private static final String[] DOLLAR_TAGS = {"$$", "$$", "$do$", "$migration$"};
    private static final String[] TEXT_FUNCTION_NAMES = {"slugify", "normalize_label", "url_key"};
    private static final String[] AMOUNT_FUNCTION_NAMES = {"price_band", "amount_band", "display_amount"};

    private static final String[] TEXT_VALUES = {
        "'plain text'", "'O''Brien & Sons'", "E'first line\\nsecond line'", "E'it\\'s escaped'",
        "E'tab\\tseparated\\tvalues'", "'Grüße aus Köln'", "''", "'say \"hello\"'", "'50% off; today only'",
        "'-- not a comment'", "'/* not a comment either */'", "'$$ not a dollar quote $$'",
        "'C:\\Program Files\\app'", "'It''s a ''quoted'' word'", "'multi\nline\nliteral'", "'日本語のテキスト'",
        "'semicolons; inside; strings'",
    };

    private static final String[] SHORT_TEXT_VALUES = {
        "'active'", "'pending'", "'archived'", "'O''Reilly'", "E'new\\nline'", "'café'", "'n/a'", "'x;y'",
        "E'quote\\'d'",
    };

    private static final String[] COMMENT_TEXTS = {
        "'Customer''s orders; one row per checkout'", "E'Amount in cents\\nexcluding tax'",
        "'Deprecated: use the v2 table'", "'Filled by the nightly import job'", "NULL",
    };

    private static final String[] SETTINGS = {
        "SET lock_timeout = '3s';", "SET lock_timeout TO '5s';", "SET statement_timeout = '15min';",
        "SET statement_timeout TO 0;", "RESET lock_timeout;", "SET search_path TO public;",
        "SET client_min_messages = warning;",
    };

    private static final String[][] ENUMS = {
        {"order_status", "pending", "paid", "shipped", "cancelled"},
        {"user_role", "owner", "admin", "member", "guest"},
        {"job_state", "queued", "running", "done", "failed"},
        {"priority_level", "low", "normal", "high"},
    };

    private static final String[] ENUM_EXTRA_VALUES = {"archived", "on_hold", "refunded", "blocked"};

    private static final String[] LINE_COMMENTS = {
        "Backfill in batches so the lock is held briefly", "Needed by the reporting service",
        "See the runbook before changing this", "Add index for lookups by the API", "TODO: drop after the v2 cutover",
        "Idempotent: safe to re-run", "Keep in sync with the Kotlin enum", "Requested in review; it's cheap",
    };

    private static final String[] INLINE_COMMENTS = {"in EUR", "nullable until backfilled", "set by the app", "ISO 3166"};
    private static final String[] HEADER_LINES = {
        "Schema changes for the checkout redesign", "Split the legacy table", "Performance: indexes for slow queries",
        "Data fix for the import bug", "Preparation for multi-tenancy",
    };
    private static final String[] TICKET_PREFIXES = {"SHOP", "CORE", "DATA", "OPS"};
    private static final String[] AUTHORS = {"alice", "bob", "chandra", "dmitri", "eve"};
    private static final String[] SMALL_TABLE_REASONS = {
        "small table", "small table (< 1000 rows)", "table created earlier in this release, still empty",
    };
}
