package dev.pgsafety.core.rules;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;
import dev.pgsafety.core.model.Statement;

@RuleInfo(id = "drop-schema-or-database", severity = Severity.ERROR,
        statements = {Statement.DropSchema.class, Statement.DropDatabase.class},
        summary = "DROP SCHEMA, DROP DATABASE")
public final class DropSchemaOrDatabase implements Rule {

    @Override
    public void check(StatementContext context, Violations out) {
        Statement statement = context.statement();
        String suppression = "-- pgsafety:allow drop-schema-or-database reason: <who checked that nothing uses it, and when>\n"
                + context.sql().text().strip() + ";\n";
        if (statement instanceof Statement.DropSchema ds) {
            String names = String.join(", ", ds.schemas().stream().map(ColumnFixes::ident).toList());
            boolean one = ds.schemas().size() == 1;
            String message = "DROP SCHEMA " + names + (ds.cascade()
                    ? " CASCADE drops every table, view, sequence, function and type in " + (one ? "it" : "them")
                      + ", and everything elsewhere that depends on them, with all their data, taking an ACCESS"
                      + " EXCLUSIVE lock on each table (every read and write of them waits)."
                    : " fails unless " + (one ? "it is" : "they are") + " empty; either way every application"
                      + " version still using " + (one ? "it" : "them") + " breaks.")
                    + " Nothing a migration does is harder to undo: drop schemas by hand, deliberately.";
            StringBuilder fix = new StringBuilder("-- Do not drop schemas from a migration. By hand, after a backup,")
                    .append(" check what is in ").append(one ? "it" : "them").append(" and that nothing uses ")
                    .append(one ? "it" : "them").append(":\n");
            for (String schema : ds.schemas()) {
                fix.append("SELECT c.relname, c.relkind, c.reltuples FROM pg_class c JOIN pg_namespace n ON n.oid =")
                        .append(" c.relnamespace WHERE n.nspname = '").append(schema.replace("'", "''"))
                        .append("';\n");
            }
            fix.append("-- then drop ").append(one ? "it" : "them")
                    .append(" by hand, or, if it really belongs in the migration, say so:\n").append(suppression);
            out.add(null, message, fix.toString());
        } else if (statement instanceof Statement.DropDatabase dd) {
            String name = ColumnFixes.ident(dd.database());
            String message = "DROP DATABASE " + name + " removes a whole database with all its data, for good. It cannot"
                    + " run inside a transaction, so nothing rolls it back, and it fails while anyone is connected"
                    + " to it. Nothing a migration does is harder to undo: drop databases by hand, deliberately.";
            String fix = "-- Do not drop databases from a migration. By hand, after a backup, check who still uses it:\n"
                    + "SELECT pid, usename, application_name, backend_start FROM pg_stat_activity WHERE datname = '"
                    + dd.database().replace("'", "''") + "';\n"
                    + "-- then drop it by hand, or, if it really belongs in the migration, say so:\n" + suppression;
            out.add(null, message, fix);
        }
    }
}
