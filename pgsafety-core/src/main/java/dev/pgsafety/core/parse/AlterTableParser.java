package dev.pgsafety.core.parse;

import java.util.ArrayList;
import java.util.List;

import dev.pgsafety.core.model.AlterTableAction;
import dev.pgsafety.core.model.QualifiedName;
import dev.pgsafety.core.model.SqlText;
import dev.pgsafety.core.model.Statement;
import dev.pgsafety.core.model.TypeName;

/** ALTER TABLE with the subcommands the rules care about; others are kept as {@code OtherAction}. */
final class AlterTableParser {

    private AlterTableParser() {
    }

    /** Cursor after ALTER TABLE. */
    static Statement parse(TokenCursor c) {
        if (c.isKeywords("all", "in", "tablespace")) {
            return new Statement.Other("alter table all in tablespace");
        }
        boolean ifExists = c.acceptKeywords("if", "exists");
        boolean only = c.acceptKeyword("only");
        QualifiedName table = c.qualifiedName();
        c.acceptPunct('*');
        List<AlterTableAction> actions = new ArrayList<>();
        if (c.acceptKeyword("rename")) {
            actions.add(rename(c));
            c.expectEnd();
            return new Statement.AlterTable(ifExists, only, table, actions);
        }
        if (c.acceptKeywords("attach", "partition")) {
            QualifiedName partition = c.qualifiedName();
            actions.add(new AlterTableAction.AttachPartition(partition, c.rest()));
            return new Statement.AlterTable(ifExists, only, table, actions);
        }
        if (c.acceptKeywords("detach", "partition")) {
            QualifiedName partition = c.qualifiedName();
            boolean concurrently = c.acceptKeyword("concurrently");
            boolean finalize = c.acceptKeyword("finalize");
            c.expectEnd();
            actions.add(new AlterTableAction.DetachPartition(partition, concurrently, finalize));
            return new Statement.AlterTable(ifExists, only, table, actions);
        }
        do {
            actions.add(action(c));
        } while (c.acceptPunct(','));
        c.expectEnd();
        return new Statement.AlterTable(ifExists, only, table, actions);
    }

    private static AlterTableAction rename(TokenCursor c) {
        if (c.acceptKeyword("to")) {
            return new AlterTableAction.RenameTable(c.identifier());
        }
        if (c.acceptKeyword("constraint")) {
            String from = c.identifier();
            c.expectKeywords("to");
            return new AlterTableAction.RenameConstraint(from, c.identifier());
        }
        c.acceptKeyword("column");
        String from = c.identifier();
        c.expectKeywords("to");
        return new AlterTableAction.RenameColumn(from, c.identifier());
    }

    private static AlterTableAction action(TokenCursor c) {
        if (c.acceptKeyword("add")) {
            return add(c);
        }
        if (c.acceptKeyword("drop")) {
            return drop(c);
        }
        if (c.isKeywords("alter", "constraint")) {
            int from = c.position();
            c.skipToCommaOrEnd();
            return new AlterTableAction.OtherAction(c.textOf(from, from + 2).lowerText());
        }
        if (c.acceptKeyword("alter")) {
            return alterColumn(c);
        }
        if (c.acceptKeywords("validate", "constraint")) {
            return new AlterTableAction.ValidateConstraint(c.identifier());
        }
        if (c.acceptKeywords("disable", "trigger")) {
            return new AlterTableAction.DisableTrigger(c.identifier());
        }
        if (c.acceptKeywords("set", "tablespace")) {
            c.identifier();
            return new AlterTableAction.Rewrite("SET TABLESPACE");
        }
        if (c.acceptKeywords("set", "logged")) {
            return new AlterTableAction.Rewrite("SET LOGGED");
        }
        if (c.acceptKeywords("set", "unlogged")) {
            return new AlterTableAction.Rewrite("SET UNLOGGED");
        }
        if (c.acceptKeywords("set", "access", "method")) {
            c.identifier();
            return new AlterTableAction.Rewrite("SET ACCESS METHOD");
        }
        for (String[] words : OTHER_ACTIONS) {
            if (c.isKeywords(words)) {
                int from = c.position();
                c.skipToCommaOrEnd();
                return new AlterTableAction.OtherAction(c.textOf(from, from + words.length).lowerText());
            }
        }
        throw c.error("unknown ALTER TABLE action");
    }

    private static final String[][] OTHER_ACTIONS = {
        {"owner", "to"}, {"set", "schema"}, {"set", "without"}, {"set"}, {"reset"},
        {"enable"}, {"disable"}, {"cluster", "on"}, {"replica", "identity"}, {"inherit"}, {"no", "inherit"},
        {"of"}, {"not", "of"}, {"force"}, {"no", "force"}, {"options"},
    };

    private static AlterTableAction add(TokenCursor c) {
        if (DefinitionParser.atTableConstraint(c) && !c.isKeyword("column")) {
            return new AlterTableAction.AddConstraint(DefinitionParser.tableConstraint(c));
        }
        c.acceptKeyword("column");
        boolean ifNotExists = c.acceptKeywords("if", "not", "exists");
        return new AlterTableAction.AddColumn(DefinitionParser.column(c), ifNotExists);
    }

    private static AlterTableAction drop(TokenCursor c) {
        if (c.acceptKeyword("constraint")) {
            boolean ifExists = c.acceptKeywords("if", "exists");
            String name = c.identifier();
            boolean cascade = cascade(c);
            return new AlterTableAction.DropConstraint(name, ifExists, cascade);
        }
        c.acceptKeyword("column");
        boolean ifExists = c.acceptKeywords("if", "exists");
        String column = c.identifier();
        return new AlterTableAction.DropColumn(column, ifExists, cascade(c));
    }

    private static boolean cascade(TokenCursor c) {
        if (c.acceptKeyword("cascade")) {
            return true;
        }
        c.acceptKeyword("restrict");
        return false;
    }

    private static AlterTableAction alterColumn(TokenCursor c) {
        c.acceptKeyword("column");
        String column = c.identifier();
        if (c.acceptKeywords("set", "data", "type") || c.acceptKeyword("type")) {
            TypeName type = TypeNameParser.parse(c);
            if (c.acceptKeyword("collate")) {
                c.qualifiedName();
            }
            SqlText using = SqlText.EMPTY;
            if (c.acceptKeyword("using")) {
                using = c.expression(x -> false);
            }
            return new AlterTableAction.AlterColumnType(column, type, using);
        }
        if (c.acceptKeywords("set", "not", "null")) {
            return new AlterTableAction.SetNotNull(column);
        }
        if (c.acceptKeywords("drop", "not", "null")) {
            return new AlterTableAction.DropNotNull(column);
        }
        if (c.acceptKeywords("set", "default")) {
            return new AlterTableAction.SetDefault(column, c.expression(x -> false));
        }
        if (c.acceptKeywords("drop", "default")) {
            return new AlterTableAction.DropDefault(column);
        }
        int from = c.position();
        c.skipToCommaOrEnd();
        if (c.position() == from) {
            throw c.error("unknown ALTER COLUMN action");
        }
        return new AlterTableAction.OtherAction("alter column " + c.textOf(from, Math.min(from + 2, c.position())).lowerText());
    }
}
