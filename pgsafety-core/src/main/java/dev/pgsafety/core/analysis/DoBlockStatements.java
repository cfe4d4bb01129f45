package dev.pgsafety.core.analysis;

import java.util.ArrayList;
import java.util.List;

import dev.pgsafety.core.lexer.RawStatement;
import dev.pgsafety.core.lexer.StatementSplitter;
import dev.pgsafety.core.lexer.Token;
import dev.pgsafety.core.lexer.TokenKind;
import dev.pgsafety.core.model.Statement;
import dev.pgsafety.core.parse.StatementParser;

/**
 * The SQL statements inside a PL/pgSQL DO body, so they are analyzed like top-level ones. PL/pgSQL structure
 * (DECLARE, BEGIN/END, IF/LOOP headers, assignments, RAISE) is stepped over; {@code EXECUTE} becomes
 * {@code Other("execute")} (its SQL is built at run time and cannot be checked) and {@code PERFORM} is a query.
 */
final class DoBlockStatements {

    private DoBlockStatements() {
    }

    /**
     * @param body   the DO body's code
     * @param line   file line where the body starts
     * @param column file column where the body starts
     */
    static List<SqlStatement> extract(String body, int line, int column) {
        List<SqlStatement> out = new ArrayList<>();
        boolean inDeclare = false;
        for (RawStatement chunk : StatementSplitter.split(body).statements()) {
            List<Token> tokens = chunk.significantTokens();
            int i = 0;
            if (i < tokens.size() && tokens.get(i).isKeyword("declare")) {
                inDeclare = true;
                i++;
            }
            if (inDeclare) {
                int begin = indexOfKeyword(tokens, i, "begin");
                if (begin < 0) {
                    continue;
                }
                inDeclare = false;
                i = begin;
            }
            i = skipStructure(tokens, i);
            if (i >= tokens.size()) {
                continue;
            }
            Token first = tokens.get(i);
            Statement model;
            if (first.isKeyword("execute")) {
                model = new Statement.Other("execute");
            } else if (first.isKeyword("perform")) {
                model = new Statement.Other("perform");
            } else if (isPlpgsqlOnly(tokens, i)) {
                continue;
            } else {
                List<Token> sql = tokens.subList(i, tokens.size());
                model = StatementParser.parse(sql, body.substring(first.start(), sql.get(sql.size() - 1).end()), first.start());
            }
            Token last = tokens.get(tokens.size() - 1);
            int absLine = line + first.line() - 1;
            int absColumn = first.line() == 1 ? column + first.column() - 1 : first.column();
            out.add(new SqlStatement(model, body.substring(first.start(), last.end()), absLine, absColumn,
                    chunk.leadingComments(), true));
        }
        return out;
    }

    /** Skips block labels, BEGIN, IF/ELSIF/WHEN ... THEN, ELSE, loop headers; returns the first SQL token. */
    private static int skipStructure(List<Token> tokens, int i) {
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (t.kind() == TokenKind.OPERATOR && t.text().equals("<<")) {
                i = Math.min(tokens.size(), i + 3);
            } else if (t.isKeyword("begin") || t.isKeyword("else") || t.isKeyword("loop")) {
                i++;
            } else if (t.isKeyword("if") || t.isKeyword("elsif") || t.isKeyword("elseif") || t.isKeyword("when")
                    || t.isKeyword("exception")) {
                int then = indexOfKeyword(tokens, i, "then");
                i = then < 0 ? tokens.size() : then + 1;
            } else if (t.isKeyword("for") || t.isKeyword("while") || t.isKeyword("foreach")) {
                int loop = indexOfKeyword(tokens, i, "loop");
                i = loop < 0 ? tokens.size() : loop + 1;
            } else {
                return i;
            }
        }
        return i;
    }

    private static boolean isPlpgsqlOnly(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.isKeyword("end") || t.isKeyword("raise") || t.isKeyword("return") || t.isKeyword("null")
                || t.isKeyword("assert") || t.isKeyword("get") || t.isKeyword("exit") || t.isKeyword("continue")
                || t.isKeyword("open") || t.isKeyword("close") || t.isKeyword("fetch") || t.isKeyword("move")
                || t.isKeyword("case")) {
            return true;
        }
        // assignment: name := expr, name = expr, rec.field := expr, arr[i] := expr
        int j = i + 1;
        while (j < tokens.size()) {
            Token n = tokens.get(j);
            if (n.isPunctuation('.') && j + 1 < tokens.size()) {
                j += 2;
            } else if (n.isPunctuation('[')) {
                while (j < tokens.size() && !tokens.get(j).isPunctuation(']')) {
                    j++;
                }
                j++;
            } else {
                break;
            }
        }
        if (j < tokens.size()) {
            Token op = tokens.get(j);
            return op.kind() == TokenKind.OPERATOR && (op.text().equals(":=") || op.text().equals("="));
        }
        return false;
    }

    private static int indexOfKeyword(List<Token> tokens, int from, String word) {
        for (int j = from; j < tokens.size(); j++) {
            if (tokens.get(j).isKeyword(word)) {
                return j;
            }
        }
        return -1;
    }
}
