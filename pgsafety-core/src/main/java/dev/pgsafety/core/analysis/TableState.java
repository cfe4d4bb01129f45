package dev.pgsafety.core.analysis;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.pgsafety.core.model.QualifiedName;
import dev.pgsafety.core.model.TypeName;

/** What the migrations analyzed so far established about one table. */
public final class TableState {

    /** The migration that created it, or -1 when it existed before the analyzed migrations. */
    private final int createdInMigration;
    private QualifiedName name;
    private boolean hasRows;
    private final Map<String, TypeName> columns = new LinkedHashMap<>();
    private final Set<String> notNullColumns = new HashSet<>();
    private final Map<String, ConstraintState> constraints = new HashMap<>();
    private final Set<String> primaryKey = new java.util.LinkedHashSet<>();

    TableState(QualifiedName name, int createdInMigration) {
        this.name = name;
        this.createdInMigration = createdInMigration;
    }

    public QualifiedName name() {
        return name;
    }

    public int createdInMigration() {
        return createdInMigration;
    }

    /** Whether rows may have been put into it by the analyzed migrations (INSERT, UPDATE, COPY). */
    public boolean hasRows() {
        return hasRows;
    }

    public Optional<TypeName> columnType(String column) {
        return Optional.ofNullable(columns.get(column));
    }

    public boolean hasColumn(String column) {
        return columns.containsKey(column);
    }

    public boolean isNotNull(String column) {
        return notNullColumns.contains(column);
    }

    /** Primary-key columns in key order. */
    public java.util.List<String> primaryKey() {
        return java.util.List.copyOf(primaryKey);
    }

    public Optional<ConstraintState> constraint(String constraintName) {
        return Optional.ofNullable(constraints.get(constraintName));
    }

    /** The constraints known on the table, in no particular order (a copy). */
    public java.util.List<ConstraintState> constraints() {
        return java.util.List.copyOf(constraints.values());
    }

    /** A validated {@code CHECK (column IS NOT NULL)} exists, which lets SET NOT NULL skip its scan (PG 12+). */
    public boolean hasValidatedNotNullCheck(String column) {
        return constraints.values().stream().anyMatch(c -> c.validated() && column.equals(c.notNullColumn()));
    }

    void rename(QualifiedName newName) {
        name = newName;
    }

    void markHasRows() {
        hasRows = true;
    }

    void putColumn(String column, TypeName type, boolean notNull) {
        columns.put(column, type);
        if (notNull) {
            notNullColumns.add(column);
        }
    }

    void dropColumn(String column) {
        columns.remove(column);
        notNullColumns.remove(column);
        constraints.values().removeIf(c -> column.equals(c.notNullColumn()));
    }

    void renameColumn(String from, String to) {
        TypeName type = columns.remove(from);
        if (type != null) {
            columns.put(to, type);
        }
        if (notNullColumns.remove(from)) {
            notNullColumns.add(to);
        }
        constraints.replaceAll((k, c) -> from.equals(c.notNullColumn()) ? c.withNotNullColumn(to) : c);
    }

    void setNotNull(String column, boolean notNull) {
        if (notNull) {
            notNullColumns.add(column);
        } else {
            notNullColumns.remove(column);
        }
    }

    void addPrimaryKey(Iterable<String> cols) {
        for (String c : cols) {
            primaryKey.add(c);
            notNullColumns.add(c);
        }
    }

    void putConstraint(ConstraintState constraint) {
        constraints.put(constraint.name(), constraint);
    }

    void validate(String constraintName) {
        constraints.computeIfPresent(constraintName, (k, c) -> c.validatedCopy());
    }

    void dropConstraint(String constraintName) {
        constraints.remove(constraintName);
    }

    /**
     * A constraint as far as the rules care.
     *
     * @param notNullColumn for {@code CHECK (col IS NOT NULL)} and PG 18 {@code NOT NULL col}: the column, else null
     */
    public record ConstraintState(String name, String kind, boolean validated, String notNullColumn) {
        ConstraintState validatedCopy() {
            return new ConstraintState(name, kind, true, notNullColumn);
        }

        ConstraintState withNotNullColumn(String column) {
            return new ConstraintState(name, kind, validated, column);
        }
    }
}
