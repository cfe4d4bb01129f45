package dev.pgsafety.core.analysis;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.pgsafety.core.model.AlterTableAction;
import dev.pgsafety.core.model.ColumnConstraint;
import dev.pgsafety.core.model.ColumnDef;
import dev.pgsafety.core.model.QualifiedName;
import dev.pgsafety.core.model.SqlText;
import dev.pgsafety.core.model.Statement;
import dev.pgsafety.core.model.TableConstraint;

/**
 * Schema knowledge: what the statements analyzed so far, across migrations in order, established about
 * tables, columns, constraints and indexes. Rules read it; only the analyzer changes it, after the rules
 * have seen a statement.
 */
public final class SchemaState {

    // The column may be a quoted identifier with spaces: ("a b" IS NOT NULL).
    private static final Pattern NOT_NULL_CHECK = Pattern.compile("^\\(?\\s*(\"(?:[^\"]|\"\")*\"|\\S+) is not null\\s*\\)?$");

    private final Map<String, TableState> tables = new HashMap<>();
    private final Map<String, QualifiedName> indexTables = new HashMap<>();

    public Optional<TableState> table(QualifiedName name) {
        TableState t = tables.get(name.name());
        return t != null && t.name().sameObject(name) ? Optional.of(t) : Optional.empty();
    }

    /** The table an index belongs to, when the analyzed migrations created it. */
    public Optional<QualifiedName> indexTable(QualifiedName index) {
        return Optional.ofNullable(indexTables.get(index.name()));
    }

    /** If {@code check} is {@code col IS NOT NULL}, the column. */
    public static Optional<String> notNullCheckColumn(SqlText check) {
        Matcher m = NOT_NULL_CHECK.matcher(check.lowerText());
        if (!m.matches()) {
            return Optional.empty();
        }
        String col = m.group(1);
        if (col.startsWith("\"") && col.endsWith("\"") && col.length() > 1) {
            col = col.substring(1, col.length() - 1).replace("\"\"", "\"");
        }
        return Optional.of(col);
    }

    void apply(Statement statement, int migration) {
        // Java 17: no pattern matching in switch yet, hence the instanceof chains here and below.
        if (statement instanceof Statement.CreateTable ct) {
            createTable(ct, migration);
        } else if (statement instanceof Statement.AlterTable at) {
            alterTable(at);
        } else if (statement instanceof Statement.DropTable dt) {
            dt.tables().forEach(t -> tables.remove(t.name()));
        } else if (statement instanceof Statement.CreateView cv && cv.materialized()) {
            // A materialized view is stored like a table: REFRESH and indexes on it lock it the same way.
            TableState view = new TableState(cv.name(), migration);
            if (cv.withData()) {
                view.markHasRows();
            }
            tables.put(cv.name().name(), view);
        } else if (statement instanceof Statement.CreateIndex ci && ci.name() != null) {
            indexTables.put(ci.name(), ci.table());
        } else if (statement instanceof Statement.DropIndex di) {
            di.indexes().forEach(i -> indexTables.remove(i.name()));
        } else if (statement instanceof Statement.Insert in) {
            table(in.table()).ifPresent(TableState::markHasRows);
        } else if (statement instanceof Statement.Update up) {
            table(up.table()).ifPresent(TableState::markHasRows);
        } else if (statement instanceof Statement.Other other && other.words().equals("copy")) {
            // COPY table FROM ...: rows arrive; the target is not modelled, so be conservative.
            tables.values().stream().filter(t -> t.createdInMigration() == migration).forEach(TableState::markHasRows);
        }
    }

    private void createTable(Statement.CreateTable ct, int migration) {
        TableState t = new TableState(ct.table(), migration);
        tables.put(ct.table().name(), t);
        for (ColumnDef column : ct.columns()) {
            addColumn(t, column);
        }
        for (TableConstraint constraint : ct.constraints()) {
            addConstraint(t, constraint);
        }
        if (ct.asQuery()) {
            t.markHasRows();
        }
    }

    private TableState tableForAlter(QualifiedName name) {
        // A table from before the analyzed migrations: learn about it as statements mention it.
        return table(name).orElseGet(() -> {
            TableState t = new TableState(name, -1);
            tables.put(name.name(), t);
            return t;
        });
    }

    private void alterTable(Statement.AlterTable at) {
        TableState t = tableForAlter(at.table());
        for (AlterTableAction action : at.actions()) {
            if (action instanceof AlterTableAction.AddColumn ac) {
                addColumn(t, ac.column());
            } else if (action instanceof AlterTableAction.DropColumn dc) {
                t.dropColumn(dc.column());
            } else if (action instanceof AlterTableAction.RenameColumn rc) {
                t.renameColumn(rc.from(), rc.to());
            } else if (action instanceof AlterTableAction.RenameTable rt) {
                tables.remove(t.name().name());
                t.rename(new QualifiedName(t.name().schema(), rt.to()));
                tables.put(rt.to(), t);
            } else if (action instanceof AlterTableAction.AddConstraint ac) {
                addConstraint(t, ac.constraint());
            } else if (action instanceof AlterTableAction.ValidateConstraint vc) {
                t.validate(vc.name());
            } else if (action instanceof AlterTableAction.DropConstraint dc) {
                t.dropConstraint(dc.name());
            } else if (action instanceof AlterTableAction.AlterColumnType act) {
                t.putColumn(act.column(), act.type(), t.isNotNull(act.column()));
            } else if (action instanceof AlterTableAction.SetNotNull sn) {
                t.setNotNull(sn.column(), true);
            } else if (action instanceof AlterTableAction.DropNotNull dn) {
                t.setNotNull(dn.column(), false);
            }
        }
    }

    private static void addColumn(TableState t, ColumnDef column) {
        t.putColumn(column.name(), column.type(), column.notNull());
        column.primaryKey().ifPresent(pk -> t.addPrimaryKey(java.util.List.of(column.name())));
        for (ColumnConstraint c : column.constraints()) {
            if (c instanceof ColumnConstraint.Check check) {
                String name = c.name() != null ? c.name() : ConstraintNames.check(t.name().name(), column.name());
                t.putConstraint(new TableState.ConstraintState(name, "check", true,
                        notNullCheckColumn(check.expression()).orElse(null)));
            }
        }
    }

    private static void addConstraint(TableState t, TableConstraint constraint) {
        String table = t.name().name();
        if (constraint instanceof TableConstraint.Check check) {
            String column = notNullCheckColumn(check.expression()).orElse(null);
            String name = check.name() != null ? check.name() : ConstraintNames.check(table, column);
            t.putConstraint(new TableState.ConstraintState(name, "check", !check.notValid(), column));
        } else if (constraint instanceof TableConstraint.NotNull nn) {
            String name = nn.name() != null ? nn.name() : ConstraintNames.notNull(table, nn.column());
            t.putConstraint(new TableState.ConstraintState(name, "not null", !nn.notValid(), nn.column()));
            if (!nn.notValid()) {
                t.setNotNull(nn.column(), true);
            }
        } else if (constraint instanceof TableConstraint.Unique u) {
            String name = u.name() != null ? u.name()
                    : u.primaryKey() ? ConstraintNames.primaryKey(table) : ConstraintNames.unique(table, u.columns());
            t.putConstraint(new TableState.ConstraintState(name, u.primaryKey() ? "primary key" : "unique", true, null));
            if (u.primaryKey()) {
                t.addPrimaryKey(u.columns());
            }
        } else if (constraint instanceof TableConstraint.ForeignKey fk) {
            String name = fk.name() != null ? fk.name() : ConstraintNames.foreignKey(table, fk.columns());
            t.putConstraint(new TableState.ConstraintState(name, "foreign key", !fk.notValid(), null));
        } else if (constraint instanceof TableConstraint.Exclusion ex) {
            String name = ex.name() != null ? ex.name() : table + "_excl";
            t.putConstraint(new TableState.ConstraintState(name, "exclusion", true, null));
        }
    }
}
