package dev.pgsafety.core.rules;

import java.util.List;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;
import dev.pgsafety.core.model.QualifiedName;
import dev.pgsafety.core.model.Statement;

@RuleInfo(id = "drop-table", severity = Severity.ERROR,
        statements = Statement.DropTable.class,
        summary = "DROP TABLE of an existing table")
public final class DropTable implements Rule {

    @Override
    public void check(StatementContext context, Violations out) {
        if (!(context.statement() instanceof Statement.DropTable dt)) {
            return;
        }
        List<QualifiedName> existing = dt.tables().stream().filter(context::isExistingTable).toList();
        if (existing.isEmpty()) {
            return;
        }
        String names = String.join(", ", existing.stream().map(QualifiedName::sql).toList());
        boolean one = existing.size() == 1;
        String message = "DROP TABLE " + names + " takes an ACCESS EXCLUSIVE lock (it waits for every query running"
                + " on " + (one ? "it" : "them") + ", and every read and write queued behind it waits too), then removes "
                + (one ? "the table" : "the tables") + " with all " + (one ? "its" : "their") + " data for good."
                + " Application versions still running that use " + (one ? "it" : "them") + " fail (\"relation does"
                + " not exist\") until all of them are replaced."
                + (dt.cascade() ? " CASCADE also drops the views and foreign keys that depend on "
                        + (one ? "it" : "them") + "." : "");
        String fix = "-- 1. release code that no longer reads or writes " + names + "\n"
                + "-- 2. in a later release, once no running version uses " + (one ? "it" : "them") + ", drop "
                + (one ? "it" : "them") + " and say so:\n"
                + "-- pgsafety:allow drop-table reason: no code reads " + names + " since release <release>\n"
                + context.sql().text().strip() + ";\n";
        out.add(existing.get(0), message, fix);
    }
}
