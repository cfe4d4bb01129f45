package dev.pgsafety.core.analysis;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import dev.pgsafety.core.catalog.CatalogSnapshot;
import dev.pgsafety.core.catalog.TableFacts;
import dev.pgsafety.core.model.QualifiedName;
import dev.pgsafety.core.model.Statement;

/**
 * Everything a rule may know while judging one statement: the statement, the migration so far, schema
 * knowledge from earlier statements and files, the transaction it runs in, the target PostgreSQL major and,
 * at run time, a catalog snapshot. Read-only for rules.
 */
public final class StatementContext {

    private final SqlStatement statement;
    private final MigrationSource migration;
    private final int migrationIndex;
    private final EarlierStatements earlier;
    private final SchemaState schema;
    private final TransactionState transaction;
    private final AnalysisOptions options;
    private final CatalogSnapshot catalog;
    private final String sessionLockTimeout;
    /** Values {@link #derived} has computed for this statement, by derivation; created on first use. */
    private Map<Function<Statement, ?>, Object> derived;
    /**
     * The last table {@link #isExistingTable} was asked about (by identity) and the answer: most rules ask about
     * the statement's own table, and each lookup in a large schema is a chain of cache misses.
     */
    private QualifiedName lastAsked;
    private boolean lastExisting;

    StatementContext(SqlStatement statement, MigrationSource migration, int migrationIndex, EarlierStatements earlier,
                     SchemaState schema, TransactionState transaction, AnalysisOptions options, CatalogSnapshot catalog,
                     String sessionLockTimeout) {
        this.statement = statement;
        this.migration = migration;
        this.migrationIndex = migrationIndex;
        this.earlier = earlier;
        this.schema = schema;
        this.transaction = transaction;
        this.options = options;
        this.catalog = catalog;
        this.sessionLockTimeout = sessionLockTimeout;
    }

    public Statement statement() {
        return statement.model();
    }

    public SqlStatement sql() {
        return statement;
    }

    /**
     * {@code derivation} applied to this statement, computed once however many rules ask: several rules look at the
     * same facts of a statement (e.g. the column types it declares). {@code derivation} is the key, by identity, so
     * callers pass one shared constant, not a fresh lambda.
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Function<Statement, T> derivation) {
        if (derived == null) {
            derived = new IdentityHashMap<>(4);
        }
        return (T) derived.computeIfAbsent(derivation, f -> f.apply(statement.model()));
    }

    public MigrationSource migration() {
        return migration;
    }

    /** Statements of this migration before this one. */
    public List<SqlStatement> earlierStatements() {
        return earlier.all();
    }

    /**
     * Positions in {@link #earlierStatements()} of the statements that start with {@code start} as
     * {@link TransactionState#accessExclusiveTakenBy} reports it and that can take ACCESS EXCLUSIVE
     * ({@link Locks#mayTakeAccessExclusive}), ascending: where to look for the statement that took a lock.
     */
    public List<Integer> earlierLockCandidatesStartingWith(String start) {
        return earlier.lockCandidatesStartingWith(start);
    }

    public SchemaState schema() {
        return schema;
    }

    public TransactionState transaction() {
        return transaction;
    }

    public int pgMajor() {
        return options.pgMajor();
    }

    public CatalogSnapshot catalog() {
        return catalog;
    }

    /** The value of a {@code SET lock_timeout} earlier in the migration still in force, or null. */
    public String scriptLockTimeout() {
        return sessionLockTimeout;
    }

    /**
     * An existing table is one other sessions may be using: not created earlier in this migration and, when
     * the migrations are about to run, not created by an earlier pending migration that left it empty.
     */
    public boolean isExistingTable(QualifiedName table) {
        if (table != lastAsked) {
            lastExisting = existing(table);
            lastAsked = table;
        }
        return lastExisting;
    }

    private boolean existing(QualifiedName table) {
        Optional<TableState> known = schema.table(table);
        if (known.isEmpty() || known.get().createdInMigration() < 0) {
            return true;
        }
        if (known.get().createdInMigration() == migrationIndex) {
            return false;
        }
        return !(options.pendingRun() && !known.get().hasRows() && catalog.table(table).isEmpty());
    }

    public Optional<TableState> table(QualifiedName table) {
        return schema.table(table);
    }

    public Optional<TableFacts> tableFacts(QualifiedName table) {
        return catalog.table(table);
    }

    /** Schema knowledge or the catalog has a validated {@code CHECK (column IS NOT NULL)} on the table. */
    public boolean hasValidatedNotNullCheck(QualifiedName table, String column) {
        if (schema.table(table).map(t -> t.hasValidatedNotNullCheck(column)).orElse(false)) {
            return true;
        }
        return catalog.table(table).map(f -> f.notNullCheckedColumns().contains(column)).orElse(false);
    }
}
