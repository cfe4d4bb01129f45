package dev.pgsafety.core.rules;

import dev.pgsafety.core.model.QualifiedName;

/** Where a rule reports what it found; the analyzer adds location, severity and suppression handling. */
@FunctionalInterface
public interface Violations {

    /**
     * @param table   the table the problem is about (size awareness looks it up), or null
     * @param message what is dangerous and why: the lock taken and what it blocks
     * @param fix     the exact safe SQL or steps for this statement, or "" when there is none
     */
    void add(QualifiedName table, String message, String fix);
}
