package dev.pgsafety.core.parse;

import java.util.ArrayList;
import java.util.List;

import dev.pgsafety.core.model.ColumnDef;
import dev.pgsafety.core.model.QualifiedName;
import dev.pgsafety.core.model.Statement;
import dev.pgsafety.core.model.TableConstraint;

/** CREATE TABLE: columns and constraints (for schema knowledge and the prefer-* rules). */
final class CreateTableParser {

    private CreateTableParser() {
    }

    /** Cursor after TABLE; {@code temporary} from the words before it. */
    static Statement parse(TokenCursor c, boolean temporary) {
        boolean ifNotExists = c.acceptKeywords("if", "not", "exists");
        QualifiedName table = c.qualifiedName();
        List<ColumnDef> columns = new ArrayList<>();
        List<TableConstraint> constraints = new ArrayList<>();
        QualifiedName partitionOf = null;
        if (c.acceptKeywords("partition", "of")) {
            partitionOf = c.qualifiedName();
        } else if (c.acceptKeyword("of")) {
            c.qualifiedName();
        }
        if (c.acceptPunct('(')) {
            if (!c.isPunct(')')) {
                do {
                    element(c, columns, constraints, partitionOf != null);
                } while (c.acceptPunct(','));
            }
            c.expectPunct(')');
        }
        boolean partitioned = false;
        boolean asQuery = false;
        while (!c.atEnd()) {
            if (c.acceptKeywords("partition", "by")) {
                partitioned = true;
                c.next();
                c.skipParenthesized();
            } else if (c.acceptKeyword("as")) {
                asQuery = true;
                c.skipRest();
            } else if (c.isPunct('(')) {
                c.skipParenthesized();
            } else {
                c.next();
            }
        }
        return new Statement.CreateTable(table, ifNotExists, temporary, columns, constraints, asQuery, partitionOf,
                partitioned);
    }

    private static void element(TokenCursor c, List<ColumnDef> columns, List<TableConstraint> constraints,
                                boolean partition) {
        if (DefinitionParser.atTableConstraint(c)) {
            constraints.add(DefinitionParser.tableConstraint(c));
        } else if (c.isKeyword("like")) {
            c.skipToCommaOrEnd();
        } else if (partition) {
            // PARTITION OF parent (col WITH OPTIONS ...): no types here
            c.skipToCommaOrEnd();
        } else {
            columns.add(DefinitionParser.column(c));
        }
    }
}
