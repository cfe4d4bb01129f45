package dev.pgsafety.core.model;

import java.util.List;

/** Table-level constraints (CREATE TABLE, ALTER TABLE ... ADD CONSTRAINT). {@code name} may be null. */
public sealed interface TableConstraint {

    String name();

    /** Whether NOT VALID was written (only CHECK, FOREIGN KEY and, PG 18, NOT NULL accept it). */
    default boolean notValid() {
        return false;
    }

    record Check(String name, SqlText expression, boolean notValid) implements TableConstraint {
    }

    /** UNIQUE or PRIMARY KEY; {@code usingIndex} is set for {@code ... USING INDEX idx}. */
    record Unique(String name, boolean primaryKey, List<String> columns, String usingIndex) implements TableConstraint {
        public Unique {
            columns = List.copyOf(columns);
        }
    }

    record ForeignKey(String name, List<String> columns, QualifiedName referencedTable, List<String> referencedColumns,
                      boolean notValid) implements TableConstraint {
        public ForeignKey {
            columns = List.copyOf(columns);
            referencedColumns = List.copyOf(referencedColumns);
        }
    }

    record Exclusion(String name) implements TableConstraint {
    }

    /** PG 18: {@code CONSTRAINT c NOT NULL col [NOT VALID]}. */
    record NotNull(String name, String column, boolean notValid) implements TableConstraint {
    }
}
