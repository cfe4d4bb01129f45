package dev.pgsafety.core.rules;

import dev.pgsafety.core.analysis.StatementContext;

/**
 * One check from the rule catalogue. Implementations are small, stateless, annotated with {@link RuleInfo},
 * listed in {@link RuleRegistry}, documented in {@code docs/rules/<id>.md} and tested by the fixtures in
 * {@code pgsafety-core/src/test/resources/rules/<id>/}. Rules never touch JDBC.
 */
public interface Rule {

    /** Looks at the statement in its context and reports each problem to {@code out}. */
    void check(StatementContext context, Violations out);
}
