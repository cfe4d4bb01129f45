package dev.pgsafety.core.rules;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;
import dev.pgsafety.core.model.Statement;

@RuleInfo(id = "create-index-not-concurrent", severity = Severity.ERROR, sizeSensitive = true,
        statements = Statement.CreateIndex.class,
        summary = "CREATE [UNIQUE] INDEX without CONCURRENTLY on an existing table")
public final class CreateIndexNotConcurrent implements Rule {

    @Override
    public void check(StatementContext context, Violations out) {
        if (!(context.statement() instanceof Statement.CreateIndex index) || index.concurrently()
                || !context.isExistingTable(index.table())) {
            return;
        }
        String fix = SafeSql.createIndexConcurrently(context.sql().text());
        out.add(index.table(), "CREATE INDEX takes a SHARE lock on " + index.table().sql()
                + " for the whole build: every INSERT, UPDATE and DELETE on it waits until the index is built"
                + " (minutes on a large table). Build it with CONCURRENTLY, which lets writes go on, in a"
                + " migration that runs outside a transaction.", fix);
    }
}
