package dev.pgsafety.core.model;

import java.util.List;
import java.util.Optional;

/** A column as declared in CREATE TABLE or ALTER TABLE ... ADD COLUMN. */
public record ColumnDef(String name, TypeName type, List<ColumnConstraint> constraints) {

    public ColumnDef {
        constraints = List.copyOf(constraints);
    }

    public boolean notNull() {
        for (ColumnConstraint c : constraints) {
            if (c instanceof ColumnConstraint.NotNull || c instanceof ColumnConstraint.Unique u && u.primaryKey()) {
                return true;
            }
        }
        return false;
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
        for (ColumnConstraint c : constraints) {
            if (c instanceof ColumnConstraint.Unique u && u.primaryKey()) {
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }

    public Optional<ColumnConstraint.Unique> uniqueOrPrimaryKey() {
        return find(ColumnConstraint.Unique.class);
    }

    public Optional<ColumnConstraint.Check> check() {
        return find(ColumnConstraint.Check.class);
    }

    // Loops, not streams: rules ask these of every column of every statement, and a stream pipeline per
    // question was a measurable share of analysis time.
    private <T extends ColumnConstraint> Optional<T> find(Class<T> type) {
        for (ColumnConstraint c : constraints) {
            if (type.isInstance(c)) {
                return Optional.of(type.cast(c));
            }
        }
        return Optional.empty();
    }
}
