package dev.pgsafety.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import dev.pgsafety.core.analysis.StatementContext;
import dev.pgsafety.core.lexer.Lexer;
import dev.pgsafety.core.lexer.Token;
import dev.pgsafety.core.lexer.TokenKind;
import dev.pgsafety.core.model.QualifiedName;
import dev.pgsafety.core.model.Statement;

/**
 * Builds the text of fixes for the lock and transaction rules: how to run a migration outside a transaction,
 * the user's own ALTER TABLE subcommands cut out of the statement (so referential actions, NO INHERIT and the
 * like survive into the fix), and small SQL pieces. Never throws; when the statement text does not line up
 * with the model, callers fall back to SQL generated from the model.
 */
final class FixText {

    static final String MIGRATION_1 = "-- migration 1 (runs in a transaction):";
    static final String MIGRATION_2 = "-- migration 2 (separate transaction, after migration 1 has committed):";

    static final String ONLY_THIS_SUBCOMMAND =
            "-- (the safe form of this subcommand only; run the other subcommands of the ALTER TABLE separately)";

    /** Key words that start a new column clause: the end of the clause before them. */
    private static final List<String> COLUMN_CLAUSE_STARTS = List.of("constraint", "null", "default", "check", "unique",
            "primary", "references", "generated", "collate", "compression", "storage");

    private FixText() {
    }

    /** How to make a migration run outside a transaction, for Flyway and Liquibase. */
    static String howToRunOutsideTransaction(StatementContext context) {
        String name = context.migration().name();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        String file = name.substring(slash + 1);
        String conf = file.endsWith(".sql") ? "`" + file + ".conf`" : "a `V<version>__<description>.sql.conf` file";
        dev.pgsafety.core.model.Statement s = context.statement();
        boolean flywayMissesIt = s instanceof dev.pgsafety.core.model.Statement.Reindex
                || s instanceof dev.pgsafety.core.model.Statement.AlterTable;
        String flyway = flywayMissesIt
                // Flyway's parser does not recognise these as non-transactional: only the .conf works.
                ? "Flyway does not recognise this statement as one that must run outside a transaction: add " + conf
                  + " next to the script with executeInTransaction=false"
                : "Flyway runs a script outside a transaction when every statement in it is a CREATE/DROP INDEX"
                  + " CONCURRENTLY (or another statement PostgreSQL refuses inside a transaction block), or when " + conf
                  + " next to it says executeInTransaction=false";
        return flyway + "; Liquibase needs runInTransaction=\"false\" on the changeSet.";
    }

    /** The SQL comment that heads a fix which must run in a non-transactional migration of its own. */
    static String ownNonTransactionalMigration() {
        return "-- a migration of its own that runs outside a transaction (Flyway: only concurrent statements in the"
                + " script, or executeInTransaction=false in its .sql.conf; Liquibase: runInTransaction=\"false\"):";
    }

    /** {@code ALTER TABLE t <subcommand>;}. */
    static String alterTable(QualifiedName table, String subcommand) {
        return statement("ALTER TABLE " + table.sql() + " " + subcommand.strip());
    }

    /** {@code ALTER TABLE t VALIDATE CONSTRAINT c;}. */
    static String validate(QualifiedName table, String constraint) {
        return "ALTER TABLE " + table.sql() + " VALIDATE CONSTRAINT " + ident(constraint) + ";";
    }

    /**
     * An {@code ADD [CONSTRAINT c] ...} subcommand with the constraint named {@code name}: a fix that validates
     * later must know the name PostgreSQL will give it.
     */
    static String named(String addSubcommand, String writtenName, String name) {
        if (writtenName != null) {
            return addSubcommand;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?is)^add\\s+").matcher(addSubcommand);
        return m.find() ? "ADD CONSTRAINT " + ident(name) + " " + addSubcommand.substring(m.end()) : addSubcommand;
    }

    /** A list of column names as SQL. */
    static String columns(List<String> columns) {
        return columns.stream().map(QualifiedName.Identifiers::quote).collect(Collectors.joining(", "));
    }

    static String ident(String name) {
        return QualifiedName.Identifiers.quote(name);
    }

    /** The statement text with a semicolon, without trailing blanks. */
    static String statement(String text) {
        return endsInLineComment(text) ? text.stripTrailing() + "\n;" : text.strip() + ";";
    }

    /** {@code text} followed by NOT VALID, safe even when the text ends in a line comment. */
    static String withNotValid(String text) {
        return text.stripTrailing() + (endsInLineComment(text) ? "\n" : " ") + "NOT VALID";
    }

    private static boolean endsInLineComment(String text) {
        List<Token> tokens = Lexer.tokenize(text);
        for (int i = tokens.size() - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (t.kind() != TokenKind.WHITESPACE) {
                return t.kind() == TokenKind.LINE_COMMENT;
            }
        }
        return false;
    }

    /**
     * The subcommands of one ALTER TABLE as written, cut out of the statement text on first use: most ALTER TABLE
     * statements produce no finding, and cutting means lexing the statement again.
     */
    static final class Subcommands {
        private final String text;
        private final Statement.AlterTable at;
        private List<String> parts;
        private boolean cut;

        Subcommands(String text, Statement.AlterTable at) {
            this.text = text;
            this.at = at;
        }

        /** Subcommand {@code i} as written, or null when the text does not split into the statement's actions. */
        String part(int i) {
            if (!cut) {
                parts = subcommands(text, at);
                cut = true;
            }
            return parts == null ? null : parts.get(i);
        }
    }

    /**
     * The text of each subcommand of an ALTER TABLE statement as written (e.g. {@code ADD CONSTRAINT c FOREIGN
     * KEY (a) REFERENCES b ON DELETE CASCADE}), or null when the text does not split into {@code at}'s actions.
     */
    static List<String> subcommands(String text, Statement.AlterTable at) {
        try {
            List<Token> tokens = significant(text);
            int i = 0;
            if (!keyword(tokens, i, "alter") || !keyword(tokens, i + 1, "table")) {
                return null;
            }
            i += 2;
            if (keyword(tokens, i, "if") && keyword(tokens, i + 1, "exists")) {
                i += 2;
            }
            if (keyword(tokens, i, "only")) {
                i++;
            }
            i++; // the table name
            while (i + 1 < tokens.size() && tokens.get(i).isPunctuation('.')) {
                i += 2;
            }
            if (i < tokens.size() && tokens.get(i).text().equals("*")) {
                i++;
            }
            List<String> parts = new ArrayList<>();
            int depth = 0;
            int start = i;
            for (int j = i; j <= tokens.size(); j++) {
                if (j == tokens.size() || (depth == 0 && tokens.get(j).isPunctuation(','))) {
                    if (j == start) {
                        return null;
                    }
                    parts.add(text.substring(tokens.get(start).start(), tokens.get(j - 1).end()));
                    start = j + 1;
                    continue;
                }
                Token t = tokens.get(j);
                if (t.isPunctuation('(') || t.isPunctuation('[')) {
                    depth++;
                } else if (t.isPunctuation(')') || t.isPunctuation(']')) {
                    depth--;
                }
            }
            return parts.size() == at.actions().size() ? parts : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * Splits an {@code ADD COLUMN} subcommand into the column without one inline clause, and that clause.
     *
     * @param addColumn the subcommand text
     * @param keyword   the clause's first key word: references, check, unique or primary
     * @return {column subcommand without the clause, the clause without its CONSTRAINT name}, or null
     */
    static String[] cutColumnClause(String addColumn, String keyword) {
        try {
            List<Token> tokens = significant(addColumn);
            int depth = 0;
            int at = -1;
            for (int i = 0; i < tokens.size() && at < 0; i++) {
                Token t = tokens.get(i);
                if (t.isPunctuation('(')) {
                    depth++;
                } else if (t.isPunctuation(')')) {
                    depth--;
                } else if (depth == 0 && i > 0 && t.isKeyword(keyword)) {
                    at = i;
                }
            }
            if (at < 0) {
                return null;
            }
            int from = at >= 2 && tokens.get(at - 2).isKeyword("constraint") ? at - 2 : at;
            int end = tokens.size();
            depth = 0;
            for (int i = at + 1; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.isPunctuation('(')) {
                    depth++;
                } else if (t.isPunctuation(')')) {
                    depth--;
                } else if (depth == 0 && startsColumnClause(tokens, i)) {
                    end = i;
                    break;
                }
            }
            String before = addColumn.substring(0, tokens.get(from).start()).strip();
            String after = end < tokens.size() ? addColumn.substring(tokens.get(end).start()).strip() : "";
            String clause = addColumn.substring(tokens.get(at).start(), tokens.get(end - 1).end());
            return new String[] {after.isEmpty() ? before : before + " " + after, clause};
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean startsColumnClause(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        boolean afterSet = i > 0 && tokens.get(i - 1).isKeyword("set");
        if (t.isKeyword("not")) {
            return keyword(tokens, i + 1, "null");
        }
        if (t.isKeyword("null") || t.isKeyword("default")) {
            return !afterSet;
        }
        for (String word : COLUMN_CLAUSE_STARTS) {
            if (t.isKeyword(word)) {
                return true;
            }
        }
        return false;
    }

    private static List<Token> significant(String text) {
        return Lexer.tokenize(text).stream().filter(Token::isSignificant).toList();
    }

    private static boolean keyword(List<Token> tokens, int i, String word) {
        return i < tokens.size() && tokens.get(i).isKeyword(word);
    }
}
