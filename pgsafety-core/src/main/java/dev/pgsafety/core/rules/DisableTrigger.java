package dev.pgsafety.core.rules;

import java.util.ArrayList;
import java.util.List;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;
import dev.pgsafety.core.model.AlterTableAction;
import dev.pgsafety.core.model.QualifiedName;
import dev.pgsafety.core.model.Statement;

@RuleInfo(id = "disable-trigger", severity = Severity.WARNING,
        statements = Statement.AlterTable.class,
        summary = "ALTER TABLE ... DISABLE TRIGGER")
public final class DisableTrigger implements Rule {

    @Override
    public void check(StatementContext context, Violations out) {
        if (!(context.statement() instanceof Statement.AlterTable at) || !context.isExistingTable(at.table())) {
            return;
        }
        QualifiedName table = at.table();
        List<String> triggers = new ArrayList<>();
        boolean all = false;
        for (AlterTableAction action : at.actions()) {
            if (action instanceof AlterTableAction.DisableTrigger dt) {
                String trigger = dt.trigger();
                // ALL (and SYSTEM, as some tools spell it) include the internal triggers that enforce foreign keys.
                boolean system = trigger.equals("all") || trigger.equals("system");
                all |= system;
                triggers.add(system || trigger.equals("user") ? trigger.toUpperCase(java.util.Locale.ROOT)
                        : ColumnFixes.ident(trigger));
            }
        }
        if (triggers.isEmpty()) {
            return;
        }
        String what = String.join(", ", triggers);
        boolean single = triggers.size() == 1 && !all && !triggers.get(0).equals("USER");
        String it = single ? "it" : "them";
        String message = "DISABLE TRIGGER " + what + " takes a SHARE ROW EXCLUSIVE lock on " + table.sql()
                + " until the migration's transaction ends: every INSERT, UPDATE and DELETE on it waits meanwhile."
                + " While disabled, " + (single ? "the trigger is" : "the triggers are") + " off for every session,"
                + " not just the migration: the application's writes skip " + it + " too (audit rows, derived columns"
                + " and sync are silently lost), and " + (single ? "it stays" : "they stay") + " off if the migration"
                + " never re-enables " + it + "."
                + (all ? " " + (triggers.size() == 1 ? what : "ALL") + " also disables the internal triggers that"
                        + " enforce foreign keys (superuser only): rows written meanwhile are not checked, and nothing"
                        + " re-checks them when the triggers come back." : "");
        String enable = String.join(", ", triggers.stream().map(t -> "ENABLE TRIGGER " + t).toList());
        String fix = "-- Keep the trigger on, and let it skip only the migration's own writes: in the trigger function add\n"
                + "--   IF current_setting('app.skip_triggers', true) = 'on' THEN RETURN COALESCE(NEW, OLD); END IF;\n"
                + "-- and in the migration, instead of DISABLE TRIGGER (SET LOCAL lasts until the transaction ends):\n"
                + "SET LOCAL app.skip_triggers = 'on';\n"
                + "-- or do the work in a maintenance window, re-enabling " + it + " in the same transaction:\n"
                + "-- ALTER TABLE " + table.sql() + " " + enable + ";\n";
        out.add(table, message, fix);
    }
}
