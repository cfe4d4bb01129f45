package dev.pgsafety.liquibase.backfill;

import liquibase.statement.AbstractSqlStatement;

import dev.pgsafety.core.backfill.Backfill;

/** A batched backfill for pgsafety's executor to run; as SQL it reads as the directive plus the UPDATE. */
public final class BackfillStatement extends AbstractSqlStatement {

    private final Backfill backfill;
    private final String directive;

    BackfillStatement(Backfill backfill, String directive) {
        this.backfill = backfill;
        this.directive = directive;
    }

    public Backfill backfill() {
        return backfill;
    }

    /** {@code -- pgsafety:backfill ...} then the equivalent UPDATE: what update-sql shows and the analyzer reads. */
    public String sql() {
        return directive + "\nUPDATE " + backfill.table().sql() + " SET " + backfill.set() + " WHERE " + backfill.predicate();
    }
}
