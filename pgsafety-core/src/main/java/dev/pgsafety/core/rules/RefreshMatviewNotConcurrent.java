package dev.pgsafety.core.rules;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;
import dev.pgsafety.core.model.QualifiedName;
import dev.pgsafety.core.model.Statement;

@RuleInfo(id = "refresh-matview-not-concurrent", severity = Severity.ERROR, sizeSensitive = true,
        statements = Statement.RefreshMaterializedView.class,
        summary = "REFRESH MATERIALIZED VIEW without CONCURRENTLY")
public final class RefreshMatviewNotConcurrent implements Rule {

    @Override
    public void check(StatementContext context, Violations out) {
        if (!(context.statement() instanceof Statement.RefreshMaterializedView refresh) || refresh.concurrently()
                || refresh.withNoData() || !context.isExistingTable(refresh.view())) {
            return;
        }
        QualifiedName view = refresh.view();
        String message = "REFRESH MATERIALIZED VIEW " + view.sql() + " takes an ACCESS EXCLUSIVE lock on the view and"
                + " holds it while the view's whole query runs again and the result is written: every SELECT from the"
                + " view waits until the refresh is done (as long as the query takes, minutes for a big one)."
                + " REFRESH MATERIALIZED VIEW CONCURRENTLY keeps the view readable (it takes EXCLUSIVE, which allows"
                + " reads); it needs a UNIQUE index on the view over plain columns, without WHERE, and a view that is"
                + " already populated.";
        String fix = "-- once, if the view has no suitable unique index yet (in a migration that runs outside a"
                + " transaction):\n"
                + "-- CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS " + FixText.ident(shortened(view.name() + "_key_idx"))
                + " ON " + view.sql() + " (<columns that identify a row>);\n"
                + "REFRESH MATERIALIZED VIEW CONCURRENTLY " + view.sql() + ";";
        out.add(view, message, fix);
    }

    private static String shortened(String name) {
        return name.length() <= 63 ? name : name.substring(0, 55) + "_key_idx";
    }
}
