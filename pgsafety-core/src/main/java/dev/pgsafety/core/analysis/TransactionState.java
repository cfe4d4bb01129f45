package dev.pgsafety.core.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.pgsafety.core.model.QualifiedName;

/**
 * The transaction a statement runs in: whether it is inside a transaction block at all, and what earlier
 * statements of that same transaction did (locks taken, constraints added NOT VALID, lock_timeout set).
 */
public final class TransactionState {

    private final boolean migrationTransactional;
    private boolean explicitBlock;
    private final Map<String, QualifiedName> accessExclusive = new LinkedHashMap<>();
    private final Map<String, String> accessExclusiveBy = new LinkedHashMap<>();
    private final Set<String> notValidAdded = new HashSet<>();

    TransactionState(boolean migrationTransactional) {
        this.migrationTransactional = migrationTransactional;
    }

    /** The tool wraps the whole migration in one transaction. */
    public boolean migrationTransactional() {
        return migrationTransactional;
    }

    /** The statement runs inside a transaction block (the migration's, or an explicit BEGIN). */
    public boolean inTransactionBlock() {
        return migrationTransactional || explicitBlock;
    }

    /** Existing tables this transaction already holds ACCESS EXCLUSIVE on, in the order taken. */
    public List<QualifiedName> accessExclusiveTables() {
        return new ArrayList<>(accessExclusive.values());
    }

    /** The start of the statement that took ACCESS EXCLUSIVE on {@code table}, for messages. */
    public String accessExclusiveTakenBy(QualifiedName table) {
        return accessExclusiveBy.getOrDefault(table.name(), "");
    }

    public boolean holdsAccessExclusive(QualifiedName table) {
        QualifiedName held = accessExclusive.get(table.name());
        return held != null && held.sameObject(table);
    }

    /** Whether this transaction added constraint {@code name} on {@code table} with NOT VALID. */
    public boolean addedNotValid(QualifiedName table, String name) {
        return notValidAdded.contains(table.name() + "\u0000" + name);
    }

    void beginExplicit() {
        explicitBlock = true;
    }

    void endExplicit() {
        explicitBlock = false;
        clear();
    }

    /** After a statement that committed on its own. */
    void statementCommitted() {
        if (!inTransactionBlock()) {
            clear();
        }
    }

    void tookAccessExclusive(QualifiedName table, String statementStart) {
        accessExclusive.putIfAbsent(table.name(), table);
        accessExclusiveBy.putIfAbsent(table.name(), statementStart);
    }

    void addedNotValidConstraint(QualifiedName table, String name) {
        notValidAdded.add(table.name() + "\u0000" + name);
    }

    private void clear() {
        accessExclusive.clear();
        accessExclusiveBy.clear();
        notValidAdded.clear();
    }
}
