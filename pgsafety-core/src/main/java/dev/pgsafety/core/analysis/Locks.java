package dev.pgsafety.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.pgsafety.core.model.AlterTableAction;
import dev.pgsafety.core.model.QualifiedName;
import dev.pgsafety.core.model.Statement;
import dev.pgsafety.core.model.TableConstraint;

/** Which statements take ACCESS EXCLUSIVE on which tables (PostgreSQL docs, "Explicit Locking", per command). */
public final class Locks {

    private Locks() {
    }

    /** The kinds of statement {@link #accessExclusiveTables} looks at; it finds no table for any other kind. */
    private static final Set<Class<? extends Statement>> MAY_TAKE_ACCESS_EXCLUSIVE = Set.of(Statement.AlterTable.class,
            Statement.DropTable.class, Statement.Truncate.class, Statement.LockTable.class, Statement.Vacuum.class,
            Statement.Cluster.class, Statement.RefreshMaterializedView.class, Statement.DropIndex.class);

    /** Tables on which the statement takes ACCESS EXCLUSIVE (blocking every read and write until commit). */
    public static List<QualifiedName> accessExclusiveTables(Statement statement, SchemaState schema) {
        if (!mayTakeAccessExclusive(statement)) {
            return List.of(); // one gate for both methods, so the kinds cannot drift apart
        }
        List<QualifiedName> out = new ArrayList<>();
        if (statement instanceof Statement.AlterTable at) {
            if (at.actions().stream().anyMatch(Locks::takesAccessExclusive)) {
                out.add(at.table());
            }
            for (AlterTableAction a : at.actions()) {
                if (a instanceof AlterTableAction.AttachPartition ap) {
                    out.add(ap.partition());
                }
            }
        } else if (statement instanceof Statement.DropTable dt) {
            out.addAll(dt.tables());
        } else if (statement instanceof Statement.Truncate tr) {
            out.addAll(tr.tables());
        } else if (statement instanceof Statement.LockTable lt && lt.mode().equals("access exclusive")) {
            out.addAll(lt.tables());
        } else if (statement instanceof Statement.Vacuum v && v.full()) {
            out.addAll(v.tables());
        } else if (statement instanceof Statement.Cluster cl && cl.table() != null) {
            out.add(cl.table());
        } else if (statement instanceof Statement.RefreshMaterializedView rm && !rm.concurrently()) {
            out.add(rm.view());
        } else if (statement instanceof Statement.DropIndex di && !di.concurrently()) {
            for (QualifiedName index : di.indexes()) {
                schema.indexTable(index).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * Whether the statement is of a kind that can take ACCESS EXCLUSIVE: for any other, {@link #accessExclusiveTables}
     * is empty whatever the schema.
     */
    public static boolean mayTakeAccessExclusive(Statement statement) {
        return MAY_TAKE_ACCESS_EXCLUSIVE.contains(statement.getClass());
    }

    /** Every relation the statement locks in some mode: where to look for blockers when it times out. */
    public static List<QualifiedName> lockedRelations(Statement statement) {
        List<QualifiedName> out = new ArrayList<>();
        if (statement instanceof Statement.AlterTable at) {
            out.add(at.table());
            for (AlterTableAction a : at.actions()) {
                if (a instanceof AlterTableAction.AddConstraint ac && ac.constraint() instanceof TableConstraint.ForeignKey fk) {
                    out.add(fk.referencedTable());
                } else if (a instanceof AlterTableAction.AddColumn col) {
                    col.column().references().ifPresent(r -> out.add(r.table()));
                } else if (a instanceof AlterTableAction.AttachPartition ap) {
                    out.add(ap.partition());
                } else if (a instanceof AlterTableAction.DetachPartition dp) {
                    out.add(dp.partition());
                }
            }
        } else if (statement instanceof Statement.CreateTable ct) {
            // Foreign keys of a new table lock the tables they reference.
            ct.columns().forEach(c -> c.references().ifPresent(r -> out.add(r.table())));
            ct.constraints().stream().filter(c -> c instanceof TableConstraint.ForeignKey)
                    .forEach(c -> out.add(((TableConstraint.ForeignKey) c).referencedTable()));
            if (ct.partitionOf() != null) {
                out.add(ct.partitionOf());
            }
        } else if (statement instanceof Statement.CreateIndex ci) {
            out.add(ci.table());
        } else if (statement instanceof Statement.DropIndex di) {
            out.addAll(di.indexes());
        } else if (statement instanceof Statement.DropTable dt) {
            out.addAll(dt.tables());
        } else if (statement instanceof Statement.Truncate tr) {
            out.addAll(tr.tables());
        } else if (statement instanceof Statement.LockTable lt) {
            out.addAll(lt.tables());
        } else if (statement instanceof Statement.Vacuum v) {
            out.addAll(v.tables());
        } else if (statement instanceof Statement.Cluster cl && cl.table() != null) {
            out.add(cl.table());
        } else if (statement instanceof Statement.Reindex ri && ri.name() != null
                && (ri.target().equals("index") || ri.target().equals("table"))) {
            out.add(ri.name());
        } else if (statement instanceof Statement.RefreshMaterializedView rm) {
            out.add(rm.view());
        } else if (statement instanceof Statement.Update up) {
            out.add(up.table());
        } else if (statement instanceof Statement.Delete de) {
            out.add(de.table());
        } else if (statement instanceof Statement.Insert in) {
            out.add(in.table());
        } else if (statement instanceof Statement.CreateTrigger tr) {
            out.add(tr.table());
        }
        return out;
    }

    /** ALTER TABLE subcommands that take ACCESS EXCLUSIVE; the rest take weaker locks. */
    public static boolean takesAccessExclusive(AlterTableAction action) {
        if (action instanceof AlterTableAction.ValidateConstraint
                || action instanceof AlterTableAction.DisableTrigger
                || action instanceof AlterTableAction.AttachPartition) {
            return false;
        }
        if (action instanceof AlterTableAction.DetachPartition dp) {
            return !dp.concurrently();
        }
        if (action instanceof AlterTableAction.AddConstraint ac) {
            // ADD FOREIGN KEY takes SHARE ROW EXCLUSIVE on both tables
            return !(ac.constraint() instanceof TableConstraint.ForeignKey);
        }
        if (action instanceof AlterTableAction.OtherAction other) {
            String w = other.words();
            return !(w.startsWith("enable") || w.startsWith("disable") || w.startsWith("cluster on")
                    || w.startsWith("set without") || w.equals("set") || w.startsWith("alter column set")
                    || w.startsWith("alter column reset"));
        }
        return true;
    }
}
