package dev.pgsafety.core.parse;

import java.util.ArrayList;
import java.util.List;

import dev.pgsafety.core.model.ColumnConstraint;
import dev.pgsafety.core.model.ColumnDef;
import dev.pgsafety.core.model.QualifiedName;
import dev.pgsafety.core.model.SqlText;
import dev.pgsafety.core.model.TableConstraint;
import dev.pgsafety.core.model.TypeName;

/** Column definitions and constraints, shared by CREATE TABLE and ALTER TABLE. */
final class DefinitionParser {

    private DefinitionParser() {
    }

    /**
     * True when the cursor is at the start of a table constraint (possibly named). NOT is reserved, so no column
     * can start with it: {@code NOT NULL col} is PG 18's unnamed not-null table constraint.
     */
    static boolean atTableConstraint(TokenCursor c) {
        return c.isKeyword("constraint") || c.isKeyword("check") || c.isKeyword("unique")
                || c.isKeywords("primary", "key") || c.isKeywords("foreign", "key") || c.isKeyword("exclude")
                || c.isKeywords("not", "null");
    }

    static ColumnDef column(TokenCursor c) {
        String name = c.identifier();
        TypeName type = TypeNameParser.parse(c);
        List<ColumnConstraint> constraints = new ArrayList<>();
        while (!c.atEnd() && !c.isPunct(',') && !c.isPunct(')')) {
            ColumnConstraint constraint = columnConstraint(c);
            if (constraint != null) {
                constraints.add(constraint);
            }
        }
        return new ColumnDef(name, type, constraints);
    }

    /** One inline constraint, or null for a clause that is not one (COLLATE, DEFERRABLE, ...). */
    private static ColumnConstraint columnConstraint(TokenCursor c) {
        String name = null;
        if (c.acceptKeyword("constraint")) {
            name = c.identifier();
        }
        if (c.acceptKeywords("not", "null")) {
            return new ColumnConstraint.NotNull(name);
        }
        if (c.acceptKeyword("null")) {
            return new ColumnConstraint.Nullable(name);
        }
        if (c.acceptKeyword("default")) {
            return new ColumnConstraint.Default(name, c.expression(DefinitionParser::atColumnClause));
        }
        if (c.acceptKeyword("check")) {
            SqlText expr = c.parenthesized();
            c.acceptKeywords("no", "inherit");
            return new ColumnConstraint.Check(name, expr);
        }
        if (c.acceptKeyword("unique")) {
            indexParameters(c);
            return new ColumnConstraint.Unique(name, false);
        }
        if (c.acceptKeywords("primary", "key")) {
            indexParameters(c);
            return new ColumnConstraint.Unique(name, true);
        }
        if (c.acceptKeyword("references")) {
            QualifiedName table = c.qualifiedName();
            List<String> columns = c.isPunct('(') ? c.identifierList() : List.of();
            referentialActions(c);
            return new ColumnConstraint.References(name, table, columns);
        }
        if (c.acceptKeyword("generated")) {
            return generated(c, name);
        }
        if (c.acceptAnyKeyword("collate", "compression", "storage") != null) {
            c.next();
            if (c.isPunct('.')) {
                c.next();
                c.next();
            }
            return null;
        }
        if (constraintAttribute(c)) {
            return null;
        }
        throw c.error("unknown column clause");
    }

    private static ColumnConstraint generated(TokenCursor c, String name) {
        if (c.acceptKeywords("always", "as", "identity") || c.acceptKeywords("by", "default", "as", "identity")) {
            boolean always = c.textOf(c.position() - 3, c.position()).lowerText().startsWith("always");
            if (c.isPunct('(')) {
                c.skipParenthesized();
            }
            return new ColumnConstraint.Identity(name, always);
        }
        c.expectKeywords("always", "as");
        SqlText expr = c.parenthesized();
        boolean stored = c.acceptKeyword("stored");
        c.acceptKeyword("virtual");
        return new ColumnConstraint.Generated(name, expr, stored);
    }

    /** DEFERRABLE, INITIALLY ..., NOT VALID handled by callers, ENFORCED (PG 18). */
    private static boolean constraintAttribute(TokenCursor c) {
        if (c.acceptKeyword("deferrable") || c.acceptKeywords("not", "deferrable")
                || c.acceptKeyword("enforced") || c.acceptKeywords("not", "enforced")
                || c.acceptKeywords("no", "inherit")) {
            return true;
        }
        if (c.acceptKeyword("initially")) {
            c.next();
            return true;
        }
        return false;
    }

    private static boolean atColumnClause(TokenCursor c) {
        return c.isKeyword("constraint") || c.isKeywords("not", "null") || c.isKeyword("null")
                || c.isKeyword("check") || c.isKeyword("unique") || c.isKeywords("primary", "key")
                || c.isKeyword("references") || c.isKeyword("generated") || c.isKeyword("collate")
                || c.isKeyword("deferrable") || c.isKeyword("initially") || c.isKeywords("not", "deferrable")
                || c.isKeyword("default");
    }

    /** NULLS [NOT] DISTINCT, INCLUDE (...), WITH (...), USING INDEX TABLESPACE x. */
    private static void indexParameters(TokenCursor c) {
        while (true) {
            if (c.acceptKeywords("nulls", "not", "distinct") || c.acceptKeywords("nulls", "distinct")) {
                continue;
            }
            if (c.acceptKeyword("include") || c.acceptKeyword("with")) {
                c.skipParenthesized();
                continue;
            }
            if (c.acceptKeywords("using", "index", "tablespace")) {
                c.identifier();
                continue;
            }
            return;
        }
    }

    /** MATCH ..., ON DELETE ..., ON UPDATE ... */
    private static void referentialActions(TokenCursor c) {
        while (true) {
            if (c.acceptKeyword("match")) {
                c.next();
            } else if (c.acceptKeywords("on", "delete") || c.acceptKeywords("on", "update")) {
                if (c.acceptKeywords("no", "action") || c.acceptKeyword("restrict") || c.acceptKeyword("cascade")) {
                    continue;
                }
                if (c.acceptKeyword("set")) {
                    c.acceptAnyKeyword("null", "default");
                    if (c.isPunct('(')) {
                        c.skipParenthesized();
                    }
                    continue;
                }
                throw c.error("expected a referential action");
            } else {
                return;
            }
        }
    }

    /** A table constraint with its trailing attributes; the cursor is at CONSTRAINT or the constraint kind. */
    static TableConstraint tableConstraint(TokenCursor c) {
        String name = null;
        if (c.acceptKeyword("constraint")) {
            name = c.identifier();
        }
        TableConstraint constraint;
        if (c.acceptKeyword("check")) {
            SqlText expr = c.parenthesized();
            constraint = new TableConstraint.Check(name, expr, trailingNotValid(c));
        } else if (c.acceptKeyword("unique") || c.isKeywords("primary", "key")) {
            boolean primary = c.acceptKeywords("primary", "key");
            constraint = uniqueBody(c, name, primary);
        } else if (c.acceptKeywords("foreign", "key")) {
            List<String> columns = c.identifierList();
            c.expectKeywords("references");
            QualifiedName table = c.qualifiedName();
            List<String> refColumns = c.isPunct('(') ? c.identifierList() : List.of();
            referentialActions(c);
            constraint = new TableConstraint.ForeignKey(name, columns, table, refColumns, trailingNotValid(c));
        } else if (c.acceptKeyword("exclude")) {
            while (!c.atEnd() && !c.isPunct(',') && !c.isPunct(')')) {
                if (c.isPunct('(')) {
                    c.skipParenthesized();
                } else {
                    c.next();
                }
            }
            constraint = new TableConstraint.Exclusion(name);
        } else if (c.acceptKeywords("not", "null")) {
            String column = c.identifier();
            constraint = new TableConstraint.NotNull(name, column, trailingNotValid(c));
        } else {
            throw c.error("expected a constraint");
        }
        while (constraintAttribute(c)) {
            // attributes after NOT VALID are accepted too
        }
        return constraint;
    }

    private static TableConstraint uniqueBody(TokenCursor c, String name, boolean primary) {
        if (c.acceptKeywords("using", "index")) {
            String index = c.identifier();
            trailingNotValid(c);
            return new TableConstraint.Unique(name, primary, List.of(), index);
        }
        if (c.acceptKeywords("nulls", "not", "distinct") || c.acceptKeywords("nulls", "distinct")) {
            // PG 15 option; no bearing on locking
        }
        List<String> columns = indexColumns(c);
        indexParameters(c);
        trailingNotValid(c);
        return new TableConstraint.Unique(name, primary, columns, null);
    }

    /** {@code (a, b WITHOUT OVERLAPS)}: the leading names of each element. */
    private static List<String> indexColumns(TokenCursor c) {
        c.expectPunct('(');
        List<String> columns = new ArrayList<>();
        do {
            columns.add(c.identifier());
            while (!c.isPunct(',') && !c.isPunct(')')) {
                c.next();
            }
        } while (c.acceptPunct(','));
        c.expectPunct(')');
        return columns;
    }

    /** Consumes constraint attributes and reports whether NOT VALID was among them. */
    private static boolean trailingNotValid(TokenCursor c) {
        boolean notValid = false;
        while (true) {
            if (c.acceptKeywords("not", "valid")) {
                notValid = true;
            } else if (!constraintAttribute(c)) {
                return notValid;
            }
        }
    }
}
