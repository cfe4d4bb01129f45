package dev.pgsafety.core.model;

import java.util.List;
import java.util.Optional;

/** A column as declared in CREATE TABLE or ALTER TABLE ... ADD COLUMN. */
public record ColumnDef(String name, TypeName type, List<ColumnConstraint> constraints) {

    public ColumnDef {
        constraints = List.copyOf(constraints);
    }

    public boolean notNull() {
        return constraints.stream().anyMatch(c -> c instanceof ColumnConstraint.NotNull)
                || primaryKey().isPresent();
    }

    public Optional<ColumnConstraint.Default> defaultValue() {
        return find(ColumnConstraint.Default.class);
    }

    public Optional<ColumnConstraint.Generated> generated() {
        return find(ColumnConstraint.Generated.class);
    }

    public Optional<ColumnConstraint.Identity> identity() {
        return find(ColumnConstraint.Identity.class);
    }

    public Optional<ColumnConstraint.References> references() {
        return find(ColumnConstraint.References.class);
    }

    public Optional<ColumnConstraint.Unique> primaryKey() {
        return constraints.stream().filter(c -> c instanceof ColumnConstraint.Unique u && u.primaryKey())
                .map(ColumnConstraint.Unique.class::cast).findFirst();
    }

    public Optional<ColumnConstraint.Unique> uniqueOrPrimaryKey() {
        return find(ColumnConstraint.Unique.class);
    }

    public Optional<ColumnConstraint.Check> check() {
        return find(ColumnConstraint.Check.class);
    }

    private <T extends ColumnConstraint> Optional<T> find(Class<T> type) {
        return constraints.stream().filter(type::isInstance).map(type::cast).findFirst();
    }
}
