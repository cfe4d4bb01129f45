package dev.pgsafety.core.rules;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;
import dev.pgsafety.core.backfill.BackfillDirective;

@RuleInfo(id = "backfill-directive-invalid", severity = Severity.ERROR,
        summary = "a pgsafety:backfill directive the runtime cannot carry out (not above an UPDATE, no WHERE, bad option)")
public final class BackfillDirectiveInvalid implements Rule {

    @Override
    public void check(StatementContext context, Violations out) {
        try {
            BackfillDirective.of(context.sql());
        } catch (IllegalArgumentException e) {
            out.add(null, e.getMessage() + ". Without a valid directive the statement would run as one long transaction.",
                    "-- pgsafety:backfill batch-size=5000\nUPDATE <table> SET <column> = <value> WHERE <column> IS NULL;");
        }
    }
}
