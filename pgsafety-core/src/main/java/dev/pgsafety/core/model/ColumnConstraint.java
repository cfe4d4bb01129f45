package dev.pgsafety.core.model;

import java.util.List;

/** Constraints written inline on a column. {@code name} is null when no CONSTRAINT name was given. */
public sealed interface ColumnConstraint {

    String name();

    record NotNull(String name) implements ColumnConstraint {
    }

    record Nullable(String name) implements ColumnConstraint {
    }

    record Default(String name, SqlText expression) implements ColumnConstraint {
    }

    record Check(String name, SqlText expression) implements ColumnConstraint {
    }

    record Unique(String name, boolean primaryKey) implements ColumnConstraint {
    }

    record References(String name, QualifiedName table, List<String> columns) implements ColumnConstraint {
        public References {
            columns = List.copyOf(columns);
        }
    }

    /** GENERATED ALWAYS AS (expr) STORED or, PG 18, VIRTUAL (the default there when neither is written). */
    record Generated(String name, SqlText expression, boolean stored) implements ColumnConstraint {
    }

    /** GENERATED { ALWAYS | BY DEFAULT } AS IDENTITY. */
    record Identity(String name, boolean always) implements ColumnConstraint {
    }
}
