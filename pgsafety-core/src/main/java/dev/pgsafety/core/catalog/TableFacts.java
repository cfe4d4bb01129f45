package dev.pgsafety.core.catalog;

import java.util.Map;
import java.util.Set;

import dev.pgsafety.core.model.QualifiedName;

/**
 * One table as the catalog describes it.
 *
 * @param name                  schema-qualified name
 * @param estimatedRows         pg_class.reltuples (-1 when never analyzed)
 * @param totalBytes            pg_total_relation_size
 * @param partitioned           relkind 'p'
 * @param columnTypes           column name to format_type() text
 * @param notNullColumns        columns already NOT NULL
 * @param notNullCheckedColumns columns with a validated {@code CHECK (col IS NOT NULL)}
 */
public record TableFacts(QualifiedName name, long estimatedRows, long totalBytes, boolean partitioned,
                         Map<String, String> columnTypes, Set<String> notNullColumns,
                         Set<String> notNullCheckedColumns) {

    public TableFacts {
        columnTypes = Map.copyOf(columnTypes);
        notNullColumns = Set.copyOf(notNullColumns);
        notNullCheckedColumns = Set.copyOf(notNullCheckedColumns);
    }
}
