package dev.pgsafety.core.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The statements of one migration analyzed so far, in order; those that can take ACCESS EXCLUSIVE are indexed by
 * their {@linkplain #start(String) start}: lock messages name a statement by its start, and finding it again by
 * scanning every earlier statement made long migrations quadratic. The index grows when it is used: statements
 * after the last lookup of a migration never pay for it, and statements of other kinds (most of them) never do.
 */
final class EarlierStatements {

    private final List<SqlStatement> statements = new ArrayList<>();
    // A read-only view, not a copy: copying per statement made long scripts quadratic.
    private final List<SqlStatement> view = Collections.unmodifiableList(statements);
    private final Map<String, List<Integer>> positionsByStart = new HashMap<>();
    /** How many of {@link #statements} are in {@link #positionsByStart}. */
    private int indexed;

    /**
     * How a statement is named in lock messages ({@link TransactionState#accessExclusiveTakenBy}): its first line,
     * at most 80 chars.
     */
    static String start(String text) {
        int nl = text.indexOf('\n');
        String line = nl < 0 ? text : text.substring(0, nl);
        return line.length() > 80 ? line.substring(0, 77) + "..." : line.strip();
    }

    void add(SqlStatement statement) {
        statements.add(statement);
    }

    List<SqlStatement> all() {
        return view;
    }

    /**
     * Positions in {@link #all()} of the statements whose start is {@code start} and that can take ACCESS EXCLUSIVE
     * ({@link Locks#mayTakeAccessExclusive}), ascending.
     */
    List<Integer> lockCandidatesStartingWith(String start) {
        for (; indexed < statements.size(); indexed++) {
            SqlStatement statement = statements.get(indexed);
            if (Locks.mayTakeAccessExclusive(statement.model())) {
                positionsByStart.computeIfAbsent(start(statement.text()), k -> new ArrayList<>(1)).add(indexed);
            }
        }
        return Collections.unmodifiableList(positionsByStart.getOrDefault(start, List.of()));
    }
}
