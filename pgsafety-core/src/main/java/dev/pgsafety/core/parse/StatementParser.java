package dev.pgsafety.core.parse;

import java.util.List;

import dev.pgsafety.core.lexer.Lexer;
import dev.pgsafety.core.lexer.Token;
import dev.pgsafety.core.model.Statement;
import dev.pgsafety.core.model.TypeName;

/**
 * Turns the significant tokens of one statement into the typed model. Never throws: a statement of a
 * modelled family that cannot be followed comes back as {@link Statement.Unparsed} with the reason.
 */
public final class StatementParser {

    private StatementParser() {
    }

    /**
     * @param tokens     the statement's significant tokens
     * @param text       the statement's text
     * @param textOffset absolute offset of the text's first char (the tokens' offsets are absolute)
     */
    public static Statement parse(List<Token> tokens, String text, int textOffset) {
        TokenCursor c = new TokenCursor(tokens, text, textOffset);
        try {
            return dispatch(c);
        } catch (ParseException e) {
            return new Statement.Unparsed(family(tokens, text, textOffset), e.getMessage());
        } catch (RuntimeException e) {
            // A parser bug must not take the analysis down; the statement is reported, not dropped.
            return new Statement.Unparsed(family(tokens, text, textOffset), "internal parser error: " + e);
        }
    }

    /**
     * Reads a type name written on its own, as the catalog's {@code format_type()} spells it
     * ({@code character varying(20)}, {@code numeric(10,2)}, {@code timestamp(3) with time zone},
     * {@code integer[]}), into the same canonical form column definitions get. Never throws.
     *
     * @return the type, or null when the text is not one type name
     */
    public static TypeName parseType(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            List<Token> tokens = Lexer.tokenize(text).stream().filter(Token::isSignificant).toList();
            TokenCursor c = new TokenCursor(tokens, text, 0);
            TypeName type = TypeNameParser.parse(c);
            return c.atEnd() ? type : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Statement dispatch(TokenCursor c) {
        if (c.atEnd()) {
            return new Statement.Other("");
        }
        Token first = c.next();
        if (first.kind() != dev.pgsafety.core.lexer.TokenKind.IDENTIFIER) {
            if (first.isPunctuation('(')) {
                return new Statement.Other("(");
            }
            throw c.error("a statement starts with a key word");
        }
        String word = first.value();
        return switch (word) {
            case "create" -> create(c);
            case "alter" -> alter(c);
            case "drop" -> drop(c);
            case "truncate" -> UtilityParser.truncate(c);
            case "reindex" -> UtilityParser.reindex(c);
            case "refresh" -> {
                c.expectKeywords("materialized", "view");
                yield UtilityParser.refresh(c);
            }
            case "vacuum" -> UtilityParser.vacuum(c);
            case "cluster" -> UtilityParser.cluster(c);
            case "lock" -> UtilityParser.lock(c);
            case "update" -> DmlParser.update(c);
            case "delete" -> DmlParser.delete(c);
            case "insert" -> DmlParser.insert(c);
            case "with" -> withQuery(c);
            case "set" -> UtilityParser.set(c);
            case "reset" -> UtilityParser.reset(c);
            case "begin", "start", "commit", "end", "rollback", "abort", "savepoint", "release" ->
                    UtilityParser.transaction(c, word);
            case "prepare" -> c.isKeyword("transaction") ? UtilityParser.transaction(c, word) : new Statement.Other("prepare");
            case "do" -> UtilityParser.doBlock(c);
            case "comment" -> {
                c.expectKeywords("on");
                yield new Statement.Comment(c.next().value());
            }
            case "grant" -> new Statement.Grant(false);
            case "revoke" -> new Statement.Grant(true);
            default -> new Statement.Other(word);
        };
    }

    private static Statement create(TokenCursor c) {
        boolean orReplace = c.acceptKeywords("or", "replace");
        if (c.acceptKeywords("unique", "index")) {
            return UtilityParser.createIndex(c, true);
        }
        if (c.acceptKeyword("index")) {
            return UtilityParser.createIndex(c, false);
        }
        boolean temporary = false;
        if (c.acceptKeyword("global") || c.acceptKeyword("local")) {
            temporary = true;
        }
        if (c.acceptKeyword("temp") || c.acceptKeyword("temporary")) {
            temporary = true;
        }
        c.acceptKeyword("unlogged");
        if (c.acceptKeyword("table")) {
            return CreateTableParser.parse(c, temporary);
        }
        c.acceptKeyword("recursive");
        if (c.acceptKeyword("view")) {
            return UtilityParser.createView(c, false);
        }
        if (c.acceptKeywords("materialized", "view")) {
            return UtilityParser.createView(c, true);
        }
        if (c.acceptKeyword("function")) {
            return UtilityParser.createFunction(c, false);
        }
        if (c.acceptKeyword("procedure")) {
            return UtilityParser.createFunction(c, true);
        }
        if (c.acceptKeyword("trigger") || c.acceptKeywords("constraint", "trigger")) {
            return UtilityParser.createTrigger(c);
        }
        return new Statement.Other("create " + (orReplace ? "or replace " : "") + (c.atEnd() ? "" : c.peek().value()));
    }

    private static Statement alter(TokenCursor c) {
        if (c.acceptKeyword("table")) {
            return AlterTableParser.parse(c);
        }
        if (c.acceptKeyword("type")) {
            return UtilityParser.alterType(c);
        }
        return new Statement.Other("alter " + (c.atEnd() ? "" : c.peek().value()));
    }

    private static Statement drop(TokenCursor c) {
        if (c.acceptKeyword("index")) {
            return UtilityParser.dropIndex(c);
        }
        if (c.acceptKeyword("table")) {
            return UtilityParser.dropTable(c);
        }
        if (c.acceptKeyword("schema")) {
            return UtilityParser.dropSchema(c);
        }
        if (c.acceptKeyword("database")) {
            return UtilityParser.dropDatabase(c);
        }
        return new Statement.Other("drop " + (c.atEnd() ? "" : c.peek().value()));
    }

    /** WITH ... followed by the statement that does the work. */
    private static Statement withQuery(TokenCursor c) {
        c.acceptKeyword("recursive");
        do {
            c.identifier();
            if (c.isPunct('(')) {
                c.skipParenthesized();
            }
            c.expectKeywords("as");
            c.acceptKeywords("not", "materialized");
            c.acceptKeyword("materialized");
            c.skipParenthesized();
        } while (c.acceptPunct(','));
        if (c.acceptKeyword("update")) {
            return DmlParser.update(c);
        }
        if (c.acceptKeyword("delete")) {
            return DmlParser.delete(c);
        }
        if (c.acceptKeyword("insert")) {
            return DmlParser.insert(c);
        }
        return new Statement.Other("with " + (c.atEnd() ? "" : c.peek().value()));
    }

    /**
     * The statement family, for reports on statements that could not be parsed ("alter table"); only then, as it
     * costs a string per statement.
     */
    private static String family(List<Token> tokens, String text, int textOffset) {
        TokenCursor c = new TokenCursor(tokens, text, textOffset);
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            Token t = c.peek(i);
            if (t == null || t.kind() != dev.pgsafety.core.lexer.TokenKind.IDENTIFIER) {
                break;
            }
            if (words.length() > 0) {
                words.append(' ');
            }
            words.append(t.value());
            if (i == 0 && !(t.isKeyword("create") || t.isKeyword("alter") || t.isKeyword("drop") || t.isKeyword("refresh"))) {
                break;
            }
            if (i == 1 && !(t.isKeyword("unique") || t.isKeyword("materialized") || t.isKeyword("or"))) {
                break;
            }
        }
        return words.toString();
    }
}
