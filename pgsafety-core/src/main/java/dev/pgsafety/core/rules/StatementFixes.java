package dev.pgsafety.core.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import dev.pgsafety.core.analysis.Locks;
import dev.pgsafety.core.analysis.SqlStatement;
import dev.pgsafety.core.analysis.StatementContext;
import dev.pgsafety.core.lexer.Lexer;
import dev.pgsafety.core.lexer.Token;
import dev.pgsafety.core.lexer.TokenKind;
import dev.pgsafety.core.model.AlterTableAction;
import dev.pgsafety.core.model.ColumnDef;
import dev.pgsafety.core.model.QualifiedName;
import dev.pgsafety.core.model.Statement;
import dev.pgsafety.core.model.TableConstraint;
import dev.pgsafety.core.model.TypeName;

/**
 * Helpers that build fixes for the column-type rules (prefer-*) and the transaction rules (exclusive-lock-held,
 * multiple-exclusive-locks): which column types a statement declares, the statement with some of those types
 * replaced, and the earlier statement of the transaction that took a lock.
 */
final class StatementFixes {

    private StatementFixes() {
    }

    /** Where a column type is declared. */
    enum Place {
        CREATE_TABLE("CREATE TABLE"), ADD_COLUMN("ADD COLUMN"), ALTER_COLUMN_TYPE("ALTER COLUMN ... TYPE");

        final String sql;

        Place(String sql) {
            this.sql = sql;
        }
    }

    /**
     * A column type the statement declares.
     *
     * @param primaryKey the column is (part of) the primary key declared by the statement
     * @param foreignKey the column is (part of) a foreign key declared by the statement
     * @param identity   the column is declared GENERATED ... AS IDENTITY
     */
    record DeclaredColumn(QualifiedName table, String column, TypeName type, Place place, boolean primaryKey,
                          boolean foreignKey, boolean identity) {

        /** {@code table.column} for messages. */
        String qualified() {
            return table.sql() + "." + QualifiedName.Identifiers.quote(column);
        }
    }

    /**
     * Column types declared by CREATE TABLE (not temporary), ALTER TABLE ... ADD COLUMN and ALTER COLUMN ... TYPE;
     * computed once per statement for all the rules that ask.
     */
    static List<DeclaredColumn> declaredColumns(StatementContext context) {
        return context.derived(DECLARED_COLUMNS);
    }

    /** The {@linkplain #declaredColumns(StatementContext) declared columns} that {@code flagged} accepts, in order. */
    static List<DeclaredColumn> declaredColumns(StatementContext context, Predicate<DeclaredColumn> flagged) {
        List<DeclaredColumn> out = new ArrayList<>(0);
        for (DeclaredColumn c : declaredColumns(context)) {
            if (flagged.test(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The key of {@link #declaredColumns(StatementContext)} in the statement's derived values. */
    private static final Function<Statement, List<DeclaredColumn>> DECLARED_COLUMNS = StatementFixes::declaredColumns;

    private static List<DeclaredColumn> declaredColumns(Statement statement) {
        if (!(statement instanceof Statement.CreateTable) && !(statement instanceof Statement.AlterTable)) {
            return List.of();
        }
        List<DeclaredColumn> out = new ArrayList<>();
        if (statement instanceof Statement.CreateTable ct && !ct.temporary()) {
            for (ColumnDef column : ct.columns()) {
                out.add(declared(ct.table(), column, Place.CREATE_TABLE, ct.constraints()));
            }
        } else if (statement instanceof Statement.AlterTable at) {
            List<TableConstraint> added = new ArrayList<>();
            for (AlterTableAction action : at.actions()) {
                if (action instanceof AlterTableAction.AddConstraint ac) {
                    added.add(ac.constraint());
                }
            }
            for (AlterTableAction action : at.actions()) {
                if (action instanceof AlterTableAction.AddColumn ac) {
                    out.add(declared(at.table(), ac.column(), Place.ADD_COLUMN, added));
                } else if (action instanceof AlterTableAction.AlterColumnType act) {
                    out.add(new DeclaredColumn(at.table(), act.column(), act.type(), Place.ALTER_COLUMN_TYPE, false,
                            false, false));
                }
            }
        }
        return Collections.unmodifiableList(out);
    }

    private static DeclaredColumn declared(QualifiedName table, ColumnDef column, Place place,
                                           List<TableConstraint> constraints) {
        boolean pk = column.primaryKey().isPresent();
        boolean fk = column.references().isPresent();
        for (TableConstraint c : constraints) {
            if (c instanceof TableConstraint.Unique u && u.primaryKey() && u.columns().contains(column.name())) {
                pk = true;
            } else if (c instanceof TableConstraint.ForeignKey f && f.columns().contains(column.name())) {
                fk = true;
            }
        }
        return new DeclaredColumn(table, column.name(), column.type(), place, pk, fk, column.identity().isPresent());
    }

    /** {@code name} with the modifiers and array dimensions of {@code like}: {@code timestamp(3)[]} to {@code timestamptz(3)[]}. */
    static String typeLike(String name, TypeName like, boolean keepModifiers) {
        StringBuilder out = new StringBuilder(name);
        if (keepModifiers && !like.modifiers().isEmpty()) {
            out.append('(').append(like.modifiers().stream().map(String::valueOf).collect(Collectors.joining(", ")))
                    .append(')');
        }
        out.append("[]".repeat(like.arrayDimensions()));
        return out.toString();
    }

    /** A type written in place of a declared one. */
    record TypeChange(DeclaredColumn column, String newType) {
    }

    /**
     * The statement text with each column's type as written replaced by the new one (and the semicolon added), or
     * empty when a declaration cannot be found in the text. Finds "column type" token pairs, also after
     * {@code TYPE} / {@code SET DATA TYPE}.
     */
    static Optional<String> withTypes(String statementText, List<TypeChange> changes) {
        try {
            return replaceTypes(statementText, changes);
        } catch (RuntimeException e) {
            return Optional.empty(); // a fix is a courtesy: never let it take the analysis down
        }
    }

    private static Optional<String> replaceTypes(String statementText, List<TypeChange> changes) {
        List<Token> tokens = new ArrayList<>();
        for (Token t : Lexer.tokenize(statementText)) {
            if (t.isSignificant()) {
                tokens.add(t);
            }
        }
        List<int[]> spans = new ArrayList<>();
        List<String> replacements = new ArrayList<>();
        for (TypeChange change : changes) {
            int at = typeOffset(statementText, tokens, change.column());
            if (at < 0) {
                return Optional.empty();
            }
            spans.add(new int[] {at, at + change.column().type().text().length(), replacements.size()});
            replacements.add(change.newType());
        }
        spans.sort(Comparator.comparingInt((int[] s) -> s[0]).reversed());
        StringBuilder out = new StringBuilder(statementText);
        for (int[] span : spans) {
            out.replace(span[0], span[1], replacements.get(span[2]));
        }
        return Optional.of(terminated(out.toString()));
    }

    private static int typeOffset(String text, List<Token> tokens, DeclaredColumn column) {
        String typeText = column.type().text();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            if ((t.kind() != TokenKind.IDENTIFIER && t.kind() != TokenKind.QUOTED_IDENTIFIER)
                    || !t.value().equals(column.column())) {
                continue;
            }
            int j = i + 1;
            if (column.place() == Place.ALTER_COLUMN_TYPE) {
                if (tokens.get(j).isKeyword("type")) {
                    j++;
                } else if (j + 2 < tokens.size() && tokens.get(j).isKeyword("set") && tokens.get(j + 1).isKeyword("data")
                        && tokens.get(j + 2).isKeyword("type")) {
                    j += 3;
                } else {
                    continue;
                }
            }
            if (j < tokens.size() && text.startsWith(typeText, tokens.get(j).start())) {
                return tokens.get(j).start();
            }
        }
        return -1;
    }

    /** The statement as written, ready to paste: trailing blanks dropped, one semicolon. */
    static String terminated(String statementText) {
        String s = statementText.strip();
        return s.endsWith(";") ? s : s + ";";
    }

    /**
     * The position among the earlier statements of the one that took ACCESS EXCLUSIVE on {@code table} in this
     * transaction, matched by the statement start the transaction state recorded for it; -1 if none matches.
     */
    private static int lockingStatement(StatementContext context, QualifiedName table) {
        String start = context.transaction().accessExclusiveTakenBy(table);
        List<SqlStatement> earlier = context.earlierStatements();
        List<Integer> candidates = context.earlierLockCandidatesStartingWith(start);
        for (int i = candidates.size() - 1; i >= 0; i--) {
            int position = candidates.get(i);
            for (QualifiedName locked : Locks.accessExclusiveTables(earlier.get(position).model(), context.schema())) {
                if (locked.sameObject(table)) {
                    return position;
                }
            }
        }
        return -1;
    }

    /** The earlier statements that took the ACCESS EXCLUSIVE locks on {@code tables}, once each, in order. */
    static List<String> lockingStatements(StatementContext context, List<QualifiedName> tables) {
        SortedSet<Integer> found = new TreeSet<>();
        for (QualifiedName table : tables) {
            int position = lockingStatement(context, table);
            if (position >= 0) {
                found.add(position);
            }
        }
        List<String> out = new ArrayList<>();
        for (int position : found) {
            out.add(terminated(context.earlierStatements().get(position).text()));
        }
        if (out.isEmpty()) {
            for (QualifiedName table : tables) {
                out.add("-- the statement that locked " + table.sql() + ": " + context.transaction().accessExclusiveTakenBy(table));
            }
        }
        return out;
    }

    /** {@code orders (taken by `ALTER TABLE orders ...`) and customers (taken by `...`)}: held locks for messages. */
    static String heldBy(StatementContext context, List<QualifiedName> tables) {
        List<String> parts = new ArrayList<>();
        for (QualifiedName table : tables) {
            String by = context.transaction().accessExclusiveTakenBy(table);
            parts.add(table.sql() + (by.isEmpty() ? "" : " (taken by `" + by + "`)"));
        }
        return and(parts);
    }

    private static String and(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    /** {@code a, b and c} from SQL names. */
    static String names(List<QualifiedName> tables) {
        List<String> sql = new ArrayList<>(tables.size());
        for (QualifiedName table : tables) {
            sql.add(table.sql());
        }
        return and(sql);
    }
}
