package dev.pgsafety.core.rules;

import java.util.List;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;
import dev.pgsafety.core.model.QualifiedName;
import dev.pgsafety.core.model.Statement;

@RuleInfo(id = "truncate-table", severity = Severity.ERROR,
        statements = Statement.Truncate.class,
        summary = "TRUNCATE")
public final class TruncateTable implements Rule {

    @Override
    public void check(StatementContext context, Violations out) {
        if (!(context.statement() instanceof Statement.Truncate tr)) {
            return;
        }
        List<QualifiedName> existing = tr.tables().stream().filter(context::isExistingTable).toList();
        if (existing.isEmpty()) {
            return;
        }
        boolean one = existing.size() == 1;
        String names = String.join(", ", existing.stream().map(QualifiedName::sql).toList());
        String message = "TRUNCATE " + names + " takes an ACCESS EXCLUSIVE lock on " + (one ? "it" : "them")
                + " until the migration's transaction commits: every read and write of " + (one ? "it" : "them")
                + " waits meanwhile. It removes every row at once, under the feet of the application versions still"
                + " running."
                + (tr.cascade() ? " CASCADE also empties every table with a foreign key to " + (one ? "it" : "them")
                        + " (and the tables referencing those), under the same lock." : "");
        StringBuilder fix = new StringBuilder("-- delete in batches instead, each batch its own short transaction, from")
                .append(" a script or job outside the migration; repeat until it deletes 0 rows")
                .append(ColumnFixes.knownKey(context, existing.get(0)).isPresent() ? "" : " (id stands for the primary key)")
                .append(":\n");
        for (QualifiedName table : existing) {
            String key = ColumnFixes.ident(ColumnFixes.knownKey(context, table).orElse("id"));
            fix.append("DELETE FROM ").append(table.sql()).append(" WHERE ").append(key).append(" IN (SELECT ")
                    .append(key).append(" FROM ").append(table.sql()).append(" ORDER BY ").append(key)
                    .append(" LIMIT ").append(ColumnFixes.BATCH_ROWS).append(");\n");
        }
        if (tr.cascade()) {
            fix.append("-- (delete from the referencing tables first: CASCADE did that for you)\n");
        }
        fix.append("-- or, if emptying ").append(one ? "it" : "them").append(" at once is intended, say why it is safe:\n")
                .append("-- pgsafety:allow truncate-table reason: <why nothing uses ")
                .append(String.join(", ", existing.stream().map(QualifiedName::sql).toList()))
                .append(" while this runs>\n")
                .append(context.sql().text().strip()).append(";\n");
        out.add(existing.get(0), message, fix.toString());
    }
}
