package dev.pgsafety.core.rules;

import java.util.List;
import java.util.regex.Pattern;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;
import dev.pgsafety.core.model.AlterTableAction;
import dev.pgsafety.core.model.ColumnConstraint;
import dev.pgsafety.core.model.ColumnDef;
import dev.pgsafety.core.model.QualifiedName;
import dev.pgsafety.core.model.Statement;
import dev.pgsafety.core.model.TableConstraint;

@RuleInfo(id = "exclusive-lock-held", severity = Severity.ERROR,
        summary = "a statement that may run long after an ACCESS EXCLUSIVE lock was taken in the same transaction")
public final class ExclusiveLockHeld implements Rule {

    /** Functions whose value differs per row: as an ADD COLUMN default they make PostgreSQL rewrite the table. */
    private static final Pattern VOLATILE = Pattern.compile("\\b(random|gen_random_uuid|uuid_generate_v1|uuid_generate_v1mc"
            + "|uuid_generate_v4|uuidv4|uuidv7|clock_timestamp|timeofday|nextval)\\s*\\(");

    @Override
    public void check(StatementContext context, Violations out) {
        // A DO block is one statement, so its inner statements share one transaction even in autocommit.
        if (!context.transaction().inTransactionBlock() && !context.sql().inDoBlock()) {
            return;
        }
        List<QualifiedName> held = context.transaction().accessExclusiveTables();
        if (held.isEmpty()) {
            return;
        }
        String what = longRunning(context);
        if (what == null) {
            return;
        }
        String tables = StatementFixes.names(held);
        String message = what + " may run for a long time, and this transaction already holds an ACCESS EXCLUSIVE"
                + " lock on " + StatementFixes.heldBy(context, held) + ". That lock is released only at commit, so every read"
                + " and write of " + tables + " waits for this statement to finish, not just for the short statement"
                + " that took the lock. Commit the lock-taking part first and run this statement in its own"
                + " transaction.";
        String fix = "-- migration 1 (runs in a transaction): the statements that take the ACCESS EXCLUSIVE lock on "
                + tables + "\n" + String.join("\n", StatementFixes.lockingStatements(context, held))
                + "\n-- migration 2 (separate transaction, after the lock is released): the long-running statement\n"
                + StatementFixes.terminated(context.sql().text());
        out.add(held.get(0), message, fix);
    }

    /** What makes this statement possibly long ("This UPDATE of orders"), or null when it is quick. */
    private static String longRunning(StatementContext context) {
        Statement s = context.statement();
        if (s instanceof Statement.Update u) {
            return context.isExistingTable(u.table()) ? "This UPDATE of " + u.table().sql()
                    + " (it visits every row its WHERE selects)" : null;
        }
        if (s instanceof Statement.Delete d) {
            return context.isExistingTable(d.table()) ? "This DELETE from " + d.table().sql()
                    + " (it visits every row its WHERE selects)" : null;
        }
        if (s instanceof Statement.Insert i) {
            return i.fromQuery() ? "This INSERT ... SELECT into " + i.table().sql() + " (it runs the whole query)" : null;
        }
        if (s instanceof Statement.CreateIndex ci) {
            return !ci.concurrently() && context.isExistingTable(ci.table())
                    ? "This CREATE INDEX on " + ci.table().sql() + " (it reads the whole table to build the index)" : null;
        }
        if (s instanceof Statement.Reindex ri) {
            QualifiedName table = ri.name() == null ? null : ri.target().equals("table") ? ri.name()
                    : ri.target().equals("index") ? context.schema().indexTable(ri.name()).orElse(null) : null;
            return table != null && !context.isExistingTable(table) ? null
                    : "This REINDEX (it rebuilds the index" + (ri.target().equals("index") ? "" : "es") + " from scratch)";
        }
        if (s instanceof Statement.RefreshMaterializedView rm) {
            return rm.withNoData() ? null : "This REFRESH MATERIALIZED VIEW " + rm.view().sql()
                    + " (it reruns the view's whole query)";
        }
        if (s instanceof Statement.Cluster cl) {
            return cl.table() == null || context.isExistingTable(cl.table())
                    ? "This CLUSTER (it rewrites the whole table in index order)" : null;
        }
        if (s instanceof Statement.Vacuum v) {
            return v.tables().isEmpty() || v.tables().stream().anyMatch(context::isExistingTable)
                    ? "This VACUUM" + (v.full() ? " FULL (it rewrites the whole table)" : " (it scans the whole table)")
                    : null;
        }
        if (s instanceof Statement.AlterTable at && context.isExistingTable(at.table())) {
            for (AlterTableAction action : at.actions()) {
                String why = longAction(context, at.table(), action);
                if (why != null) {
                    return "This ALTER TABLE " + at.table().sql() + " " + why;
                }
            }
        }
        return null;
    }

    /** The ALTER TABLE subcommands that scan, rewrite or build an index over the whole table. */
    private static String longAction(StatementContext context, QualifiedName table, AlterTableAction action) {
        if (action instanceof AlterTableAction.ValidateConstraint vc) {
            return "VALIDATE CONSTRAINT " + QualifiedName.Identifiers.quote(vc.name()) + " (it scans the whole table)";
        }
        if (action instanceof AlterTableAction.AddConstraint ac) {
            TableConstraint c = ac.constraint();
            if (c instanceof TableConstraint.ForeignKey fk && !fk.notValid()) {
                return "ADD FOREIGN KEY without NOT VALID (it checks every row against " + fk.referencedTable().sql() + ")";
            }
            if (c instanceof TableConstraint.Check check && !check.notValid()) {
                return "ADD CHECK without NOT VALID (it scans the whole table)";
            }
            if (c instanceof TableConstraint.NotNull nn && !nn.notValid()) {
                return "ADD NOT NULL without NOT VALID (it scans the whole table)";
            }
            if (c instanceof TableConstraint.Unique u && u.usingIndex() == null) {
                return "ADD " + (u.primaryKey() ? "PRIMARY KEY" : "UNIQUE") + " (it builds a unique index over the whole table)";
            }
            if (c instanceof TableConstraint.Exclusion) {
                return "ADD EXCLUDE (it builds an index over the whole table)";
            }
            return null;
        }
        if (action instanceof AlterTableAction.AlterColumnType act) {
            return "ALTER COLUMN " + QualifiedName.Identifiers.quote(act.column()) + " TYPE (it may rewrite the table and"
                    + " rebuild its indexes)";
        }
        if (action instanceof AlterTableAction.SetNotNull sn) {
            if (context.pgMajor() >= 12 && context.hasValidatedNotNullCheck(table, sn.column())) {
                return null; // a validated CHECK (col IS NOT NULL) lets PostgreSQL skip the scan
            }
            return "ALTER COLUMN " + QualifiedName.Identifiers.quote(sn.column()) + " SET NOT NULL (it scans the whole"
                    + " table)";
        }
        if (action instanceof AlterTableAction.Rewrite rw) {
            return rw.what() + " (it rewrites the whole table)";
        }
        if (action instanceof AlterTableAction.AddColumn ac) {
            return addColumn(context, ac.column());
        }
        return null;
    }

    private static String addColumn(StatementContext context, ColumnDef column) {
        String name = "ADD COLUMN " + QualifiedName.Identifiers.quote(column.name());
        if (column.type().isSerial() || column.identity().isPresent()) {
            return name + " with a serial or identity column (it rewrites the whole table to fill it)";
        }
        if (column.generated().map(ColumnConstraint.Generated::stored).orElse(false)) {
            return name + " GENERATED ... STORED (it rewrites the whole table to compute it)";
        }
        var def = column.defaultValue();
        if (def.isPresent() && !def.get().expression().lowerText().equals("null")) {
            if (VOLATILE.matcher(def.get().expression().lowerText()).find()) {
                return name + " with a volatile default (it rewrites the whole table to fill it)";
            }
        }
        if (column.primaryKey().isPresent() || column.uniqueOrPrimaryKey().isPresent()) {
            return name + " with an inline UNIQUE or PRIMARY KEY (it builds an index over the whole table)";
        }
        if (column.references().isPresent() || column.check().isPresent()) {
            return name + " with an inline " + (column.references().isPresent() ? "REFERENCES" : "CHECK")
                    + " (it checks every row)";
        }
        return null;
    }
}
