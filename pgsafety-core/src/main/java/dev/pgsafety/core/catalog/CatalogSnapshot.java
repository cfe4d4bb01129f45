package dev.pgsafety.core.catalog;

import java.util.Optional;

import dev.pgsafety.core.model.QualifiedName;

/**
 * What the database knows about existing tables, for verdicts that depend on it (table size, validated
 * NOT NULL checks, column types, partitioning). Static lint has none: {@link #NONE}; the runtime adapters
 * read one from their connection. Implementations answer from memory; rules never touch JDBC.
 */
public interface CatalogSnapshot {

    CatalogSnapshot NONE = table -> Optional.empty();

    /** Facts about an existing table, or empty when the database has no such table (or there is no database). */
    Optional<TableFacts> table(QualifiedName table);
}
